// SPDX-License-Identifier: Apache-2.0
// RFC 4648 base64 encoder.
#include "helhed/document/base64.h"

namespace helhed::document {

std::string Base64(std::string_view bytes) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t idx = 0;
  for (; idx + 2 < bytes.size(); idx += 3) {
    const unsigned value = (static_cast<unsigned char>(bytes[idx]) << 16) |
                           (static_cast<unsigned char>(bytes[idx + 1]) << 8) | static_cast<unsigned char>(bytes[idx + 2]);
    out += kAlphabet[(value >> 18) & 63];
    out += kAlphabet[(value >> 12) & 63];
    out += kAlphabet[(value >> 6) & 63];
    out += kAlphabet[value & 63];
  }
  const std::size_t left = bytes.size() - idx;
  if (left > 0) {
    unsigned value = static_cast<unsigned char>(bytes[idx]) << 16;
    if (left == 2) value |= static_cast<unsigned char>(bytes[idx + 1]) << 8;
    out += kAlphabet[(value >> 18) & 63];
    out += kAlphabet[(value >> 12) & 63];
    out += left == 2 ? kAlphabet[(value >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

}  // namespace helhed::document
