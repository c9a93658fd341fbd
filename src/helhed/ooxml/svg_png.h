// SPDX-License-Identifier: Apache-2.0
// SvgToPng: renders an SVG chart to a PNG for formats that cannot hold SVG
// (Word's DrawingML). svg_png.cc is the only file that includes librsvg,
// which it loads on the first call (not at program start).
#pragma once

#include <string>
#include <string_view>

#include "helhed/base/statusor.h"

namespace helhed::ooxml {

struct PngImage {
  std::string bytes;
  int width_px = 0;   // rendered pixels (at `scale`)
  int height_px = 0;
  double width_css_px = 0;  // the SVG's own size in CSS pixels (96 per inch)
  double height_css_px = 0;
};

// Renders `svg` at `scale` times its intrinsic size (2 = sharp in print).
// kInvalidArgument (Danish) when the SVG cannot be read or has no size;
// kUnavailable (Danish) when librsvg cannot be loaded. Thread-safe.
StatusOr<PngImage> SvgToPng(std::string_view svg, double scale = 2.0);

}  // namespace helhed::ooxml
