// SPDX-License-Identifier: Apache-2.0
// Rational: an exact fraction of two 64-bit integers, compared through
// 128-bit cross products. List criteria are counts over counts, and the law's
// edges ("above 40 %", "at least 3 times") must be decided exactly, never by
// floating point.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "helhed/base/statusor.h"

namespace helhed::lists {

__extension__ typedef __int128 Int128;

class Rational {
 public:
  // 0/1.
  Rational() = default;
  // REQUIRES: denominator > 0.
  Rational(int64_t numerator, int64_t denominator);
  static Rational Integer(int64_t value) { return Rational(value, 1); }

  int64_t numerator() const { return numerator_; }
  int64_t denominator() const { return denominator_; }
  double ToDouble() const { return static_cast<double>(numerator_) / static_cast<double>(denominator_); }

  // Exact arithmetic; the result is reduced. REQUIRES: no 64-bit overflow
  // after reduction (list inputs are far below that) and, for Div, a
  // non-zero divisor.
  Rational operator+(const Rational& other) const;
  Rational operator-(const Rational& other) const;
  Rational operator*(const Rational& other) const;
  Rational operator/(const Rational& other) const;

  // Smallest integer >= value, largest integer <= value.
  int64_t Ceil() const;
  int64_t Floor() const;

  friend int Compare(const Rational& a, const Rational& b);
  friend bool operator==(const Rational& a, const Rational& b) { return Compare(a, b) == 0; }
  friend bool operator<(const Rational& a, const Rational& b) { return Compare(a, b) < 0; }
  friend bool operator<=(const Rational& a, const Rational& b) { return Compare(a, b) <= 0; }
  friend bool operator>(const Rational& a, const Rational& b) { return Compare(a, b) > 0; }
  friend bool operator>=(const Rational& a, const Rational& b) { return Compare(a, b) >= 0; }

 private:
  static Rational FromWide(Int128 numerator, Int128 denominator);
  int64_t numerator_ = 0;
  int64_t denominator_ = 1;
};

// -1, 0 or 1 as a <, ==, > b.
int Compare(const Rational& a, const Rational& b);

// Reads a Danish decimal exactly: "41,5" is 83/2, "41,5 %" and "41,5%" are
// also 83/2 (the percent sign is the unit, not a division). kInvalidArgument
// with a Danish message for text that base/danish_number.h refuses, and for
// "-" (missing; the caller decides what that means).
StatusOr<Rational> ParseDanishDecimal(std::string_view text);

// A percentage as a share: 41,5 -> 0,415.
inline Rational PercentToShare(const Rational& percent) { return percent / Rational::Integer(100); }

// "41,5 %" from a share, rounded half away from zero to `decimals` digits.
std::string FormatSharePercent(const Rational& share, int decimals);

}  // namespace helhed::lists
