// SPDX-License-Identifier: Apache-2.0
#include "helhed/lists/rational.h"

#include <string>

#include "helhed/base/check.h"
#include "helhed/base/danish_number.h"
#include "helhed/base/status_macros.h"

namespace helhed::lists {
namespace {

Int128 Abs(Int128 v) { return v < 0 ? -v : v; }

Int128 Gcd(Int128 a, Int128 b) {
  a = Abs(a);
  b = Abs(b);
  while (b != 0) {
    const Int128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

// Floor division for a positive divisor (C++ truncates towards zero).
Int128 FloorDiv(Int128 num, Int128 den) {
  Int128 q = num / den;
  if ((num % den != 0) && (num < 0)) --q;
  return q;
}

}  // namespace

Rational::Rational(int64_t numerator, int64_t denominator) {
  HELHED_DCHECK(denominator > 0);
  *this = FromWide(numerator, denominator);
}

Rational Rational::FromWide(Int128 numerator, Int128 denominator) {
  HELHED_DCHECK(denominator != 0);
  if (denominator < 0) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const Int128 g = Gcd(numerator, denominator);
  if (g > 1) {
    numerator /= g;
    denominator /= g;
  }
  // Reduced values of list inputs stay far inside 64 bits; a breach is a bug.
  HELHED_DCHECK(Abs(numerator) <= INT64_MAX && denominator <= INT64_MAX);
  Rational r;
  r.numerator_ = static_cast<int64_t>(numerator);
  r.denominator_ = static_cast<int64_t>(denominator);
  return r;
}

Rational Rational::operator+(const Rational& o) const {
  return FromWide(Int128(numerator_) * o.denominator_ + Int128(o.numerator_) * denominator_,
                  Int128(denominator_) * o.denominator_);
}

Rational Rational::operator-(const Rational& o) const {
  return FromWide(Int128(numerator_) * o.denominator_ - Int128(o.numerator_) * denominator_,
                  Int128(denominator_) * o.denominator_);
}

Rational Rational::operator*(const Rational& o) const {
  return FromWide(Int128(numerator_) * o.numerator_, Int128(denominator_) * o.denominator_);
}

Rational Rational::operator/(const Rational& o) const {
  HELHED_DCHECK(o.numerator_ != 0);
  return FromWide(Int128(numerator_) * o.denominator_, Int128(denominator_) * o.numerator_);
}

int64_t Rational::Floor() const { return static_cast<int64_t>(FloorDiv(numerator_, denominator_)); }

int64_t Rational::Ceil() const { return static_cast<int64_t>(-FloorDiv(-Int128(numerator_), denominator_)); }

int Compare(const Rational& a, const Rational& b) {
  const Int128 left = Int128(a.numerator_) * b.denominator_;
  const Int128 right = Int128(b.numerator_) * a.denominator_;
  return left < right ? -1 : (left > right ? 1 : 0);
}

StatusOr<Rational> ParseDanishDecimal(std::string_view text) {
  // The shared parser decides what is a valid Danish number and words the error.
  HELHED_ASSIGN_OR_RETURN(const double checked, ParseDanishNumber(text));
  (void)checked;
  int64_t mantissa = 0;
  int64_t scale = 1;
  bool negative = false;
  bool after_comma = false;
  for (const char c : text) {
    if (c == '-') {
      negative = true;
    } else if (c == ',') {
      after_comma = true;
    } else if (c >= '0' && c <= '9') {
      if (mantissa > (INT64_MAX - 9) / 10 || scale > INT64_MAX / 10) {
        return InvalidArgumentError("\"" + std::string(text) + "\" har for mange cifre");
      }
      mantissa = mantissa * 10 + (c - '0');
      if (after_comma) scale *= 10;
    }
  }
  return Rational(negative ? -mantissa : mantissa, scale);
}

std::string FormatSharePercent(const Rational& share, int decimals) {
  int64_t scale = 1;
  for (int idx = 0; idx < decimals; ++idx) scale *= 10;
  // Round half away from zero in exact arithmetic, then format the integer.
  const Rational scaled = share * Rational::Integer(100 * scale);
  const Rational half(1, 2);
  const int64_t rounded =
      scaled.numerator() >= 0 ? (scaled + half).Floor() : -((Rational::Integer(0) - scaled) + half).Floor();
  return FormatDanishPercent(static_cast<double>(rounded) / static_cast<double>(scale), decimals);
}

}  // namespace helhed::lists
