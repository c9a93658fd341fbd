// SPDX-License-Identifier: Apache-2.0
// See content_disposition.h.
#include "helhed/web/content_disposition.h"

#include "helhed/web/form.h"

namespace helhed::web {
namespace {

bool IsUnsafe(unsigned char c) { return c < 0x20 || c == 0x7f || c == '/' || c == '\\'; }

// attr-char of RFC 5987: letters, digits and !#$&+-.^_`|~ stay as they are.
bool IsAttrChar(unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
}

}  // namespace

std::string AttachmentDisposition(std::string_view file_name) {
  std::string name;
  for (const char ch : file_name) name += IsUnsafe(static_cast<unsigned char>(ch)) ? '_' : ch;
  if (!IsValidUtf8(name)) {
    std::string ascii;
    for (const char ch : name) {
      if (static_cast<unsigned char>(ch) < 0x80) ascii += ch;
    }
    name = ascii;
  }
  std::string fallback;
  std::string encoded;
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (const char ch : name) {
    const auto c = static_cast<unsigned char>(ch);
    fallback += (c >= 0x80 || c == '"' || c == '%' || c == ';') ? '_' : ch;
    if (IsAttrChar(c)) {
      encoded += ch;
    } else {
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 0x0f];
    }
  }
  return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace helhed::web
