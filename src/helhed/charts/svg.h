// SPDX-License-Identifier: Apache-2.0
// Svg: markup made by this module only (the constructor is private), with
// every text escaped, so a page may embed it as trusted markup.
#pragma once

#include <string>

#include "helhed/charts/data_table.h"

namespace helhed::charts {

namespace internal {
class SvgWriter;
}

class Svg {
 public:
  const std::string& markup() const { return markup_; }

 private:
  friend class internal::SvgWriter;
  explicit Svg(std::string markup) : markup_(std::move(markup)) {}
  std::string markup_;
};

// A rendered chart: the picture and the same numbers as a table.
struct Chart {
  Svg svg;
  DataTable table;
};

}  // namespace helhed::charts
