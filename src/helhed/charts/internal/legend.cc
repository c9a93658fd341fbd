// SPDX-License-Identifier: Apache-2.0
#include "helhed/charts/internal/legend.h"

#include <utility>

#include "helhed/charts/internal/palette.h"

namespace helhed::charts::internal {
namespace {

constexpr double kRowHeight = 20;
constexpr double kSymbolWidth = 26;
constexpr double kEntryGap = 18;

double EntryWidth(const LegendEntry& entry) { return kSymbolWidth + 6 + TextWidth(entry.text); }

// The x, y of each entry's top-left corner, wrapping rows at `width`.
std::vector<std::pair<double, double>> Layout(const std::vector<LegendEntry>& entries, double width) {
  std::vector<std::pair<double, double>> positions;
  double x = 0;
  double y = 0;
  for (const LegendEntry& entry : entries) {
    const double entry_width = EntryWidth(entry);
    if (x > 0 && x + entry_width > width) {
      x = 0;
      y += kRowHeight;
    }
    positions.emplace_back(x, y);
    x += entry_width + kEntryGap;
  }
  return positions;
}

void DrawSymbol(SvgWriter& svg, const LegendEntry& entry, double x, double mid) {
  const StyleLook look = LookOf(entry.style);
  const double right = x + kSymbolWidth;
  switch (entry.symbol) {
    case LegendSymbol::kLine:
      svg.Empty("line", {{"x1", Num(x)}, {"y1", Num(mid)}, {"x2", Num(right)}, {"y2", Num(mid)},
                         {"stroke", look.colour}, {"stroke-width", look.stroke_width}, {"stroke-dasharray", look.dash}});
      DrawMarker(svg, entry.style, x + kSymbolWidth / 2, mid, entry.text);
      return;
    case LegendSymbol::kBand:
      svg.Empty("rect", {{"x", Num(x)}, {"y", Num(mid - 6)}, {"width", Num(kSymbolWidth)}, {"height", "12"},
                         {"fill", look.colour}, {"fill-opacity", "0.2"}});
      return;
    case LegendSymbol::kWhisker:
      svg.Empty("path", {{"d", "M" + Num(x + 2) + " " + Num(mid - 4) + "v8M" + Num(x + 2) + " " + Num(mid) + "H" +
                                   Num(right - 2) + "M" + Num(right - 2) + " " + Num(mid - 4) + "v8"},
                         {"stroke", kAxisColour}, {"stroke-width", "1.5"}, {"fill", "none"}});
      return;
    case LegendSymbol::kBaseline:
      DrawBaselineMark(svg, x + kSymbolWidth / 2, mid, entry.text);
      return;
    case LegendSymbol::kTarget:
      svg.Empty("line", {{"x1", Num(x)}, {"y1", Num(mid)}, {"x2", Num(right)}, {"y2", Num(mid)},
                         {"stroke", kTargetColour}, {"stroke-width", "2"}, {"stroke-dasharray", "8 4"}});
      return;
    case LegendSymbol::kReference:
      svg.Empty("line", {{"x1", Num(x + kSymbolWidth / 2)}, {"y1", Num(mid - 8)}, {"x2", Num(x + kSymbolWidth / 2)},
                         {"y2", Num(mid + 8)}, {"stroke", look.colour}, {"stroke-width", "2"},
                         {"stroke-dasharray", look.dash}});
      return;
    case LegendSymbol::kSuppressed:
      DrawSuppressedMark(svg, entry.style, x + kSymbolWidth / 2, mid, entry.text);
      return;
    case LegendSymbol::kGap:
      svg.Empty("path", {{"d", "M" + Num(x) + " " + Num(mid) + "H" + Num(x + 9) + "M" + Num(right - 9) + " " +
                                   Num(mid) + "H" + Num(right)},
                         {"stroke", look.colour}, {"stroke-width", look.stroke_width}, {"fill", "none"}});
      return;
  }
}

}  // namespace

double TextWidth(std::string_view text) {
  int code_points = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++code_points;
  }
  return code_points * 6.6;
}

double LegendHeight(const std::vector<LegendEntry>& entries, double width) {
  if (entries.empty()) return 0;
  return Layout(entries, width).back().second + kRowHeight;
}

void DrawLegend(SvgWriter& svg, const std::vector<LegendEntry>& entries, double x, double y, double width) {
  const auto positions = Layout(entries, width);
  svg.Open("g", {{"class", "legend"}});
  for (size_t idx = 0; idx < entries.size(); ++idx) {
    const double left = x + positions[idx].first;
    const double mid = y + positions[idx].second + kRowHeight / 2;
    DrawSymbol(svg, entries[idx], left, mid);
    svg.Element("text", {{"x", Num(left + kSymbolWidth + 6)}, {"y", Num(mid + 4)}, {"fill", kAxisColour}},
                entries[idx].text);
  }
  svg.Close("g");
}

}  // namespace helhed::charts::internal
