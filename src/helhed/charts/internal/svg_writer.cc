// SPDX-License-Identifier: Apache-2.0
#include "helhed/charts/internal/svg_writer.h"

#include <cmath>

#include <fmt/format.h>

#include "helhed/base/markup_escape.h"

namespace helhed::charts::internal {

std::string Num(double value) {
  double rounded = std::round(value * 10.0) / 10.0;
  if (rounded == 0.0 || !std::isfinite(rounded)) rounded = 0.0;  // no "-0.0", no "nan"
  return fmt::format("{:.1f}", rounded);
}

std::string SanitizeId(std::string_view id) {
  std::string out;
  for (char c : id) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-') out += c;
  }
  if (out.empty()) return "chart";
  if (out[0] >= '0' && out[0] <= '9') out.insert(0, "c");  // an XML id must not start with a digit
  return out;
}

SvgWriter::SvgWriter(std::string_view id, double width, double height, std::string_view title,
                     std::string_view description) {
  const std::string safe_id = SanitizeId(id);
  out_ += "<svg";
  WriteAttrs({{"xmlns", "http://www.w3.org/2000/svg"},
              {"viewBox", "0 0 " + Num(width) + " " + Num(height)},
              {"width", Num(width)},
              {"height", Num(height)},
              {"role", "img"},
              {"aria-labelledby", safe_id + "-title " + safe_id + "-desc"},
              {"font-family", "DejaVu Sans, Arial, sans-serif"},
              {"font-size", "12"}});
  out_ += ">";
  Element("title", {{"id", safe_id + "-title"}}, title);
  Element("desc", {{"id", safe_id + "-desc"}}, description);
  // A white background keeps the chart readable when a document or a PNG has a dark page.
  Empty("rect", {{"x", "0"}, {"y", "0"}, {"width", Num(width)}, {"height", Num(height)}, {"fill", "#ffffff"}});
}

void SvgWriter::WriteAttrs(std::initializer_list<Attr> attrs) {
  for (const Attr& attr : attrs) {
    if (attr.value.empty()) continue;  // lets a caller pass an optional attribute (a solid line's dash)
    out_ += ' ';
    out_ += attr.name;
    out_ += "=\"";
    out_ += EscapeMarkup(attr.value);
    out_ += '"';
  }
}

void SvgWriter::Open(std::string_view tag, std::initializer_list<Attr> attrs) {
  out_ += '<';
  out_ += tag;
  WriteAttrs(attrs);
  out_ += '>';
}

void SvgWriter::Close(std::string_view tag) {
  out_ += "</";
  out_ += tag;
  out_ += '>';
}

void SvgWriter::Empty(std::string_view tag, std::initializer_list<Attr> attrs) {
  out_ += '<';
  out_ += tag;
  WriteAttrs(attrs);
  out_ += "/>";
}

void SvgWriter::Element(std::string_view tag, std::initializer_list<Attr> attrs, std::string_view text) {
  Open(tag, attrs);
  out_ += EscapeMarkup(text);
  Close(tag);
}

void SvgWriter::WithTooltip(std::string_view tag, std::initializer_list<Attr> attrs, std::string_view tooltip) {
  Open(tag, attrs);
  Element("title", {}, tooltip);
  Close(tag);
}

Svg SvgWriter::Finish() && {
  out_ += "</svg>";
  return Svg(std::move(out_));
}

}  // namespace helhed::charts::internal
