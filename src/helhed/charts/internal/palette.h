// SPDX-License-Identifier: Apache-2.0
// Colours, dash patterns and marker shapes of the three series styles, and
// the fixed colours of baseline, target and suppressed marks. Every colour has
// at least 4.5:1 contrast against white.
#pragma once

#include <string>

#include "helhed/charts/internal/svg_writer.h"
#include "helhed/charts/series_style.h"

namespace helhed::charts::internal {

struct StyleLook {
  const char* colour;
  const char* dash;  // "" for solid
  const char* stroke_width;
};

StyleLook LookOf(SeriesStyle style);

inline constexpr const char* kAxisColour = "#333333";
inline constexpr const char* kGridColour = "#d9d9d9";
inline constexpr const char* kTargetColour = "#1b5e20";
inline constexpr const char* kBaselineColour = "#000000";
inline constexpr const char* kMutedTextColour = "#595959";

// The style's marker (circle, square, triangle) centred on (x, y), with a tooltip.
void DrawMarker(SvgWriter& svg, SeriesStyle style, double x, double y, const std::string& tooltip);

// The mark for a suppressed value: a hollow circle struck through, in the
// series' colour, centred on (x, y), with a tooltip that says "diskretioneret".
void DrawSuppressedMark(SvgWriter& svg, SeriesStyle style, double x, double y, const std::string& tooltip);

// The baseline mark: a diamond outlined in black.
void DrawBaselineMark(SvgWriter& svg, double x, double y, const std::string& tooltip);

}  // namespace helhed::charts::internal
