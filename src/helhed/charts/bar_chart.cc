// SPDX-License-Identifier: Apache-2.0
#include "helhed/charts/bar_chart.h"

#include <algorithm>
#include <limits>

#include "helhed/charts/internal/description.h"
#include "helhed/charts/internal/legend.h"
#include "helhed/charts/internal/palette.h"
#include "helhed/charts/internal/scale.h"
#include "helhed/charts/internal/svg_writer.h"
#include "helhed/charts/internal/table_cells.h"

namespace helhed::charts {
namespace {

using internal::Num;

constexpr double kWidth = 640;
constexpr double kTop = 16;
constexpr double kRowHeight = 26;
constexpr double kBarHeight = 14;
constexpr double kValueRoom = 76;  // right of the plot, for the value text
constexpr double kMaxLabelWidth = 200;

// A label that fits `width`, cut with "…" (the full label stays in the table and the tooltip).
std::string FitLabel(const std::string& label, double width) {
  if (internal::TextWidth(label) <= width) return label;
  std::string out;
  for (size_t pos = 0; pos < label.size();) {
    size_t len = 1;
    while (pos + len < label.size() && (static_cast<unsigned char>(label[pos + len]) & 0xC0) == 0x80) ++len;
    if (internal::TextWidth(out + label.substr(pos, len) + "\u2026") > width) break;
    out += label.substr(pos, len);
    pos += len;
  }
  return out + "\u2026";
}

std::optional<std::pair<double, double>> ValueRange(const BarChartSpec& spec) {
  double low = std::numeric_limits<double>::infinity();
  double high = -low;
  bool any = false;
  auto add_point = [&](const Point& point, bool with_interval) {
    if (!point.has_value()) return;
    any = true;
    low = std::min(low, point.value());
    high = std::max(high, point.value());
    if (with_interval && point.interval()) {
      low = std::min(low, point.interval()->low);
      high = std::max(high, point.interval()->high);
    }
  };
  for (const Bar& bar : spec.bars) add_point(bar.point, true);
  for (const Bar& reference : spec.references) add_point(reference.point, false);
  if (!any) return std::nullopt;
  if (spec.x_floor) {
    low = std::min(low, *spec.x_floor);
    high = std::max(high, *spec.x_floor);
  }
  return std::make_pair(low, high);
}

int CountSuppressed(const BarChartSpec& spec) {
  int count = 0;
  for (const Bar& bar : spec.bars) count += bar.point.status() == PointStatus::kSuppressed ? 1 : 0;
  for (const Bar& bar : spec.references) count += bar.point.status() == PointStatus::kSuppressed ? 1 : 0;
  return count;
}

std::string ReferenceText(const Bar& reference, const ValueFormat& format) {
  switch (reference.point.status()) {
    case PointStatus::kValue: return reference.label + ": " + format.Format(reference.point.value());
    case PointStatus::kSuppressed: return reference.label + ": diskretioneret";
    case PointStatus::kMissing: return reference.label + ": ingen data";
  }
  return reference.label;
}

std::string Describe(const BarChartSpec& spec, int suppressed) {
  std::string text = "Søjlediagram for " + std::to_string(spec.year) + " med " + std::to_string(spec.bars.size()) +
                     (spec.bars.size() == 1 ? " enhed." : " enheder.");
  for (const Bar& reference : spec.references) text += " " + ReferenceText(reference, spec.format) + ".";
  return text + internal::DescriptionTail(suppressed, spec.description);
}

DataTable MakeTable(const BarChartSpec& spec) {
  internal::ColumnNeeds needs;
  for (const Bar& bar : spec.bars) needs.Add(bar.point);
  for (const Bar& bar : spec.references) needs.Add(bar.point);
  DataTable table;
  table.caption = spec.title + " (" + std::to_string(spec.year) + ")";
  table.columns = {"Enhed", "Værdi"};
  if (needs.interval) table.columns.push_back("95 %-interval");
  if (needs.numerator) table.columns.push_back(spec.counts.numerator);
  if (needs.denominator) table.columns.push_back(spec.counts.denominator);
  auto add_row = [&](const Bar& bar) {
    std::vector<TableCell> row = {{bar.label}, internal::ValueCell(bar.point, spec.format)};
    if (needs.interval) row.push_back(internal::IntervalCell(bar.point, spec.format));
    if (needs.numerator) row.push_back(internal::NumeratorCell(bar.point));
    if (needs.denominator) row.push_back(internal::DenominatorCell(bar.point));
    table.rows.push_back(std::move(row));
  };
  for (const Bar& bar : spec.bars) add_row(bar);
  for (const Bar& bar : spec.references) add_row(bar);
  if (CountSuppressed(spec) > 0) table.notes.push_back(kSuppressedExplanation);
  return table;
}

std::vector<internal::LegendEntry> MakeLegend(const BarChartSpec& spec) {
  using internal::LegendEntry;
  using internal::LegendSymbol;
  std::vector<LegendEntry> entries;
  bool any_interval = false;
  for (const Bar& bar : spec.bars) any_interval = any_interval || (bar.point.has_value() && bar.point.interval());
  if (any_interval) entries.push_back({LegendSymbol::kWhisker, SeriesStyle::kPrimary, "95 %-interval"});
  for (const Bar& reference : spec.references) {
    entries.push_back({LegendSymbol::kReference, reference.style, ReferenceText(reference, spec.format)});
  }
  if (CountSuppressed(spec) > 0) {
    entries.push_back({LegendSymbol::kSuppressed, SeriesStyle::kThird,
                       "Diskretioneret: for få personer til at vise tallet"});
  }
  return entries;
}

}  // namespace

Chart RenderBarChart(const BarChartSpec& spec) {
  double label_width = 0;
  for (const Bar& bar : spec.bars) label_width = std::max(label_width, internal::TextWidth(bar.label));
  label_width = std::min(label_width, kMaxLabelWidth);
  const double left = 12 + label_width + 8;
  const double right = kWidth - kValueRoom;
  const double plot_bottom = kTop + kRowHeight * std::max<size_t>(spec.bars.size(), 1);
  const auto legend = MakeLegend(spec);
  const double legend_top = plot_bottom + 40;
  const double height = legend_top + internal::LegendHeight(legend, kWidth - 24) + 10;
  const int suppressed = CountSuppressed(spec);

  internal::SvgWriter svg(spec.id, kWidth, height, spec.title, Describe(spec, suppressed));

  const auto range = ValueRange(spec);
  const internal::Axis axis = range ? internal::NiceAxis(range->first, range->second) : internal::NiceAxis(0, 100);
  const internal::LinearScale x(axis.min, axis.max, left, right);
  const int tick_decimals = internal::TickDecimals(axis);
  // Bars grow from zero when zero is on the axis (shares), else from the axis start (grades can be negative).
  const double origin = std::clamp(0.0, axis.min, axis.max);

  svg.Open("g", {{"class", "grid"}});
  for (double tick : axis.ticks) {
    svg.Empty("line", {{"x1", Num(x(tick))}, {"y1", Num(kTop)}, {"x2", Num(x(tick))}, {"y2", Num(plot_bottom)},
                       {"stroke", internal::kGridColour}, {"stroke-width", "1"}});
    svg.Element("text", {{"x", Num(x(tick))}, {"y", Num(plot_bottom + 16)}, {"text-anchor", "middle"},
                         {"fill", internal::kAxisColour}},
                ValueFormat{tick_decimals, ""}.Format(tick));
  }
  svg.Close("g");
  if (!spec.x_label.empty()) {
    svg.Element("text", {{"x", Num((left + right) / 2)}, {"y", Num(plot_bottom + 32)}, {"text-anchor", "middle"},
                         {"fill", internal::kAxisColour}},
                spec.x_label);
  }

  const internal::StyleLook look = internal::LookOf(SeriesStyle::kPrimary);
  for (size_t idx = 0; idx < spec.bars.size(); ++idx) {
    const Bar& bar = spec.bars[idx];
    const double row_top = kTop + kRowHeight * idx;
    const double mid = row_top + kRowHeight / 2;
    const std::string tooltip = internal::PointTooltip(bar.label, bar.point, spec.format);
    svg.Open("g", {{"class", bar.point.status() == PointStatus::kSuppressed ? "bar suppressed" : "bar"}});
    svg.Element("text", {{"x", Num(left - 8)}, {"y", Num(mid + 4)}, {"text-anchor", "end"},
                         {"fill", internal::kAxisColour}},
                FitLabel(bar.label, label_width));
    if (bar.point.has_value()) {
      const double value = bar.point.value();
      const double x0 = x(std::min(origin, value));
      const double x1 = x(std::max(origin, value));
      svg.WithTooltip("rect", {{"x", Num(x0)}, {"y", Num(mid - kBarHeight / 2)}, {"width", Num(x1 - x0)},
                               {"height", Num(kBarHeight)}, {"fill", look.colour}},
                      tooltip);
      double text_x = x(value);
      if (const auto& band = bar.point.interval()) {
        const double lo = x(band->low);
        const double hi = x(band->high);
        svg.Empty("path", {{"d", "M" + Num(lo) + " " + Num(mid - 5) + "v10M" + Num(lo) + " " + Num(mid) + "H" +
                                     Num(hi) + "M" + Num(hi) + " " + Num(mid - 5) + "v10"},
                           {"stroke", internal::kAxisColour}, {"stroke-width", "1.5"}, {"fill", "none"},
                           {"class", "whisker"}});
        text_x = std::max(text_x, hi);
      }
      svg.Element("text", {{"x", Num(std::max(text_x, x(origin)) + 6)}, {"y", Num(mid + 4)},
                           {"fill", internal::kAxisColour}},
                  spec.format.Format(value));
    } else if (bar.point.status() == PointStatus::kSuppressed) {
      internal::DrawSuppressedMark(svg, SeriesStyle::kThird, x(origin) + 8, mid, tooltip);
      svg.Element("text", {{"x", Num(x(origin) + 20)}, {"y", Num(mid + 4)}, {"fill", internal::kMutedTextColour},
                           {"font-style", "italic"}},
                  kSuppressedText);
    } else {
      svg.Element("text", {{"x", Num(x(origin) + 6)}, {"y", Num(mid + 4)}, {"fill", internal::kMutedTextColour},
                           {"font-style", "italic"}},
                  kMissingText);
    }
    svg.Close("g");
  }

  for (const Bar& reference : spec.references) {
    if (!reference.point.has_value()) continue;
    const internal::StyleLook ref_look = internal::LookOf(reference.style);
    const double rx = x(reference.point.value());
    svg.WithTooltip("line", {{"x1", Num(rx)}, {"y1", Num(kTop - 6)}, {"x2", Num(rx)}, {"y2", Num(plot_bottom)},
                             {"stroke", ref_look.colour}, {"stroke-width", "2"}, {"stroke-dasharray", ref_look.dash},
                             {"class", "reference"}},
                    ReferenceText(reference, spec.format));
  }

  svg.Empty("path", {{"d", "M" + Num(left) + " " + Num(kTop) + "V" + Num(plot_bottom) + "H" + Num(right)},
                     {"fill", "none"}, {"stroke", internal::kAxisColour}, {"stroke-width", "1"}});
  internal::DrawLegend(svg, legend, 12, legend_top, kWidth - 24);
  return Chart{std::move(svg).Finish(), MakeTable(spec)};
}

}  // namespace helhed::charts
