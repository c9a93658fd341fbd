// SPDX-License-Identifier: Apache-2.0
// SvgWriter: builds SVG text element by element. Every attribute value and
// every text node goes through EscapeMarkup, and coordinates are printed with
// one decimal, so output is safe and byte-for-byte deterministic.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

#include "helhed/charts/svg.h"

namespace helhed::charts::internal {

// One attribute; the value is escaped when written, and an empty value
// leaves the attribute out.
struct Attr {
  std::string_view name;  // our constant, never user text
  std::string value;
};

// A coordinate or length with one decimal and no "-0.0".
std::string Num(double value);

// Keeps [A-Za-z0-9-] so an id is safe in id="" and in url(#...); "chart" if nothing is left.
std::string SanitizeId(std::string_view id);

class SvgWriter {
 public:
  // Opens <svg> with the accessibility wiring: role="img",
  // aria-labelledby="<id>-title <id>-desc", <title> and <desc> first.
  SvgWriter(std::string_view id, double width, double height, std::string_view title,
            std::string_view description);

  void Open(std::string_view tag, std::initializer_list<Attr> attrs);
  void Close(std::string_view tag);
  void Empty(std::string_view tag, std::initializer_list<Attr> attrs);
  // <tag attrs>escaped text</tag>
  void Element(std::string_view tag, std::initializer_list<Attr> attrs, std::string_view text);
  // An empty element with a <title> child: a tooltip in browsers.
  void WithTooltip(std::string_view tag, std::initializer_list<Attr> attrs, std::string_view tooltip);

  // Closes <svg>; the writer must not be used afterwards.
  Svg Finish() &&;

 private:
  void WriteAttrs(std::initializer_list<Attr> attrs);
  std::string out_;
};

}  // namespace helhed::charts::internal
