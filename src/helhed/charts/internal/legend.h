// SPDX-License-Identifier: Apache-2.0
// The legend under a chart: entries laid out left to right, wrapping to new
// rows within the chart's width. Text widths are estimated from the number of
// characters, which is deterministic and close enough for 12 px sans-serif.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "helhed/charts/internal/svg_writer.h"
#include "helhed/charts/series_style.h"

namespace helhed::charts::internal {

enum class LegendSymbol {
  kLine,        // the style's line and marker
  kBand,        // a 95 % interval band in the style's colour
  kWhisker,     // a 95 % interval whisker
  kBaseline,    // the baseline diamond
  kTarget,      // the target line
  kReference,   // a vertical reference line in the style
  kSuppressed,  // the suppressed mark
  kGap,         // a line broken by a missing year
};

struct LegendEntry {
  LegendSymbol symbol;
  SeriesStyle style = SeriesStyle::kPrimary;
  std::string text;
};

// Estimated width in pixels of `text` at 12 px (UTF-8 code points × 6.6).
double TextWidth(std::string_view text);

// Height the legend needs when laid out in `width` pixels.
double LegendHeight(const std::vector<LegendEntry>& entries, double width);

// Draws the legend with its top-left corner at (x, y).
void DrawLegend(SvgWriter& svg, const std::vector<LegendEntry>& entries, double x, double y, double width);

}  // namespace helhed::charts::internal
