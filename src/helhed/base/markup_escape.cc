// SPDX-License-Identifier: Apache-2.0
#include "helhed/base/markup_escape.h"

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

}  // namespace

std::string EscapeMarkup(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t pos = 0;
  while (pos < text.size()) {
    const char c = text[pos];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: {
        const std::size_t len = Utf8Length(text, pos);
        if (len == 0) {
          out += "\xEF\xBF\xBD";
          ++pos;
          continue;
        }
        // Control characters other than tab and newline have no place in a page.
        if (len == 1 && static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r') {
          out += "\xEF\xBF\xBD";
        } else {
          out.append(text.substr(pos, len));
        }
        pos += len;
        continue;
      }
    }
    ++pos;
  }
  return out;
}


}  // namespace helhed
