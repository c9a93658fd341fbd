// SPDX-License-Identifier: Apache-2.0
#include "helhed/base/danish_number.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace helhed {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string FormatDanish(double value, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string plain(buf);
  if (plain == "-0" || plain.rfind("-0.", 0) == 0) {
    // "-0,0" reads as a negative figure to a board member; a rounded zero is zero.
    bool all_zero = plain.find_first_not_of("-0.") == std::string::npos;
    if (all_zero) plain.erase(0, 1);
  }
  const bool negative = !plain.empty() && plain[0] == '-';
  if (negative) plain.erase(0, 1);
  const size_t dot = plain.find('.');
  std::string integer = plain.substr(0, dot);
  std::string fraction = dot == std::string::npos ? "" : plain.substr(dot + 1);
  std::string grouped;
  for (size_t idx = 0; idx < integer.size(); ++idx) {
    if (idx > 0 && (integer.size() - idx) % 3 == 0) grouped += '.';
    grouped += integer[idx];
  }
  std::string out = negative ? "-" + grouped : grouped;
  if (!fraction.empty()) out += "," + fraction;
  return out;
}

std::string FormatDanishPercent(double percent, int decimals) {
  return FormatDanish(percent, decimals) + " %";
}

StatusOr<double> ParseDanishNumber(std::string_view raw) {
  std::string_view text = Trim(raw);
  if (!text.empty() && text.back() == '%') text = Trim(text.substr(0, text.size() - 1));
  auto bad = [&] {
    return InvalidArgumentError("\"" + std::string(raw) + "\" er ikke et tal (brug decimalkomma, fx 41,5)");
  };
  if (text.empty()) return bad();
  std::string normal;
  size_t idx = 0;
  if (text[0] == '-' || text[0] == '+') {
    normal += text[0];
    idx = 1;
  }
  bool seen_comma = false;
  bool seen_digit = false;
  for (; idx < text.size(); ++idx) {
    const char c = text[idx];
    if (c >= '0' && c <= '9') {
      normal += c;
      seen_digit = true;
    } else if (c == ',' && !seen_comma) {
      normal += '.';
      seen_comma = true;
    } else if (c == '.' && !seen_comma) {
      // Thousands separator: exactly three digits follow before the next separator.
      size_t digits = 0;
      while (idx + 1 + digits < text.size() && text[idx + 1 + digits] >= '0' &&
             text[idx + 1 + digits] <= '9') {
        ++digits;
      }
      const size_t after = idx + 1 + digits;
      const bool group_end = after == text.size() || text[after] == '.' || text[after] == ',';
      if (digits != 3 || !group_end || !seen_digit) return bad();
    } else {
      return bad();
    }
  }
  if (!seen_digit) return bad();
  char* end = nullptr;
  const double value = std::strtod(normal.c_str(), &end);
  if (end == nullptr || *end != '\0' || !std::isfinite(value)) return bad();
  return value;
}

}  // namespace helhed
