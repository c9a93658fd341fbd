// SPDX-License-Identifier: Apache-2.0
#include "helhed/base/markup_escape.h"

#include <array>

namespace helhed {
namespace {

// Length of the valid UTF-8 sequence at text[pos], or 0 if it is not valid.
std::size_t Utf8Length(std::string_view text, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  std::size_t len = 0;
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) len = 2;
  else if (lead >= 0xE0 && lead <= 0xEF) len = 3;
  else if (lead >= 0xF0 && lead <= 0xF4) len = 4;
  else return 0;
  if (pos + len > text.size()) return 0;
  for (std::size_t i = 1; i < len; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) return 0;
  }
  // Overlong three- and four-byte forms, surrogates and values above U+10FFFF.
  if (lead == 0xE0 && byte(pos + 1) < 0xA0) return 0;
  if (lead == 0xED && byte(pos + 1) > 0x9F) return 0;
  if (lead == 0xF0 && byte(pos + 1) < 0x90) return 0;
  if (lead == 0xF4 && byte(pos + 1) > 0x8F) return 0;
  return len;
}

// Bytes that are copied as they are: printable ASCII other than the five
// escaped characters, and tab, newline and carriage return.
constexpr bool IsPlain(unsigned char c) {
  if (c == '\t' || c == '\n' || c == '\r') return true;
  if (c < 0x20 || c >= 0x80) return false;
  return c != '&' && c != '<' && c != '>' && c != '"' && c != '\'';
}

constexpr auto kPlain = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 256; ++c) table[static_cast<std::size_t>(c)] = IsPlain(static_cast<unsigned char>(c));
  return table;
}();

}  // namespace

std::string EscapeMarkup(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Pages are mostly runs of plain bytes: copied in one piece, not byte by
    // byte (escaping was 40 % of a page's instructions, docs/benchmarks.md).
    const std::size_t run = pos;
    while (pos < text.size() && kPlain[static_cast<unsigned char>(text[pos])]) ++pos;
    out.append(text.data() + run, pos - run);
    if (pos == text.size()) break;
    const char c = text[pos];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: {
        const std::size_t len = Utf8Length(text, pos);
        // Invalid UTF-8, and control characters other than tab, newline and
        // carriage return (a single non-plain byte), become U+FFFD.
        if (len <= 1) {
          out += "\xEF\xBF\xBD";
          ++pos;
        } else {
          out.append(text.data() + pos, len);
          pos += len;
        }
        continue;
      }
    }
    ++pos;
  }
  return out;
}

}  // namespace helhed
