// SPDX-License-Identifier: Apache-2.0
#include "helhed/charts/internal/palette.h"

namespace helhed::charts::internal {

StyleLook LookOf(SeriesStyle style) {
  switch (style) {
    case SeriesStyle::kPrimary: return {"#1f4e79", "", "2.5"};
    case SeriesStyle::kSecond: return {"#a0450a", "7 4", "2"};
    case SeriesStyle::kThird: return {"#4d4d4d", "2 3", "2"};
  }
  return {"#1f4e79", "", "2.5"};
}

void DrawMarker(SvgWriter& svg, SeriesStyle style, double x, double y, const std::string& tooltip) {
  const StyleLook look = LookOf(style);
  switch (style) {
    case SeriesStyle::kPrimary:
      svg.WithTooltip("circle", {{"cx", Num(x)}, {"cy", Num(y)}, {"r", "4"}, {"fill", look.colour}}, tooltip);
      return;
    case SeriesStyle::kSecond:
      svg.WithTooltip("rect",
                      {{"x", Num(x - 3.5)}, {"y", Num(y - 3.5)}, {"width", "7"}, {"height", "7"}, {"fill", look.colour}},
                      tooltip);
      return;
    case SeriesStyle::kThird:
      svg.WithTooltip("path",
                      {{"d", "M" + Num(x) + " " + Num(y - 4.5) + "L" + Num(x + 4.5) + " " + Num(y + 3.5) + "L" +
                                 Num(x - 4.5) + " " + Num(y + 3.5) + "Z"},
                       {"fill", look.colour}},
                      tooltip);
      return;
  }
}

void DrawSuppressedMark(SvgWriter& svg, SeriesStyle style, double x, double y, const std::string& tooltip) {
  const StyleLook look = LookOf(style);
  svg.Open("g", {{"class", "suppressed"}});
  svg.Element("title", {}, tooltip);
  svg.Empty("circle", {{"cx", Num(x)}, {"cy", Num(y)}, {"r", "5"}, {"fill", "#ffffff"}, {"stroke", look.colour},
                       {"stroke-width", "1.5"}});
  svg.Empty("line", {{"x1", Num(x - 3.5)}, {"y1", Num(y + 3.5)}, {"x2", Num(x + 3.5)}, {"y2", Num(y - 3.5)},
                     {"stroke", look.colour}, {"stroke-width", "1.5"}});
  svg.Close("g");
}

void DrawBaselineMark(SvgWriter& svg, double x, double y, const std::string& tooltip) {
  svg.WithTooltip("path",
                  {{"d", "M" + Num(x) + " " + Num(y - 6) + "L" + Num(x + 6) + " " + Num(y) + "L" + Num(x) + " " +
                             Num(y + 6) + "L" + Num(x - 6) + " " + Num(y) + "Z"},
                   {"fill", "#ffffff"},
                   {"stroke", kBaselineColour},
                   {"stroke-width", "2"},
                   {"class", "baseline"}},
                  tooltip);
}

}  // namespace helhed::charts::internal
