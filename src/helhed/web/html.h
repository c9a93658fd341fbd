// SPDX-License-Identifier: Apache-2.0
// Html: markup that is safe by construction. Only string constants written in
// our source (checked at compile time) and text passed through Text(), which
// escapes it, can become Html; there is no way to turn a runtime string into
// markup unescaped. Every page of the web application is built from it.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

namespace helhed::charts {
class Svg;
}

namespace helhed::web {

// A compile-time constant string: markup we wrote, never user data.
class Literal {
 public:
  // consteval: a runtime string (a request value, a plan field) does not compile.
  consteval Literal(const char* text) : text_(text) {}  // NOLINT(google-explicit-constructor)
  const char* text() const { return text_; }

 private:
  const char* text_;
};

class Html {
 public:
  Html() = default;
  Html(Literal markup) : markup_(markup.text()) {}  // NOLINT(google-explicit-constructor)

  const std::string& str() const { return markup_; }
  bool empty() const { return markup_.empty(); }

  Html& operator+=(const Html& other) {
    markup_ += other.markup_;
    return *this;
  }
  friend Html operator+(Html a, const Html& b) { return a += b; }

 private:
  friend Html Text(std::string_view text);
  friend Html Format(Literal pattern, std::initializer_list<Html> args);
  friend Html EmbedSvg(const charts::Svg& svg);
  struct Trusted {};
  Html(Trusted, std::string markup) : markup_(std::move(markup)) {}

  std::string markup_;
};

// Escapes & < > " ' so the result is safe in element content and in quoted
// attribute values. Invalid UTF-8 bytes are replaced by U+FFFD.
Html Text(std::string_view text);
Html Text(std::int64_t number);

// A chart made by helhed::charts, whose writer escapes every text and
// attribute (charts/internal/svg_writer.h); charts::Svg cannot be made from
// any other string.
Html EmbedSvg(const charts::Svg& svg);

// Replaces each "{}" in `pattern` by the next argument, in order.
// REQUIRES: as many "{}" as arguments (checked with HELHED_DCHECK).
Html Format(Literal pattern, std::initializer_list<Html> args);

}  // namespace helhed::web
