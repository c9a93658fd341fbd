// SPDX-License-Identifier: Apache-2.0
// SeriesStyle: which of three looks a line or reference takes. They differ by
// colour, dash pattern and marker shape, so they stay apart in greyscale print
// and for readers who do not see colour.
#pragma once

namespace helhed::charts {

enum class SeriesStyle {
  kPrimary,  // the area: dark blue, solid, circles
  kSecond,   // e.g. the municipality: dark orange, dashed, squares
  kThird,    // e.g. the whole country: dark grey, dotted, triangles
};

}  // namespace helhed::charts
