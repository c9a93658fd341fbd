// SPDX-License-Identifier: Apache-2.0
#include "helhed/charts/point.h"

#include "helhed/base/check.h"
#include "helhed/base/danish_number.h"

namespace helhed::charts {

Point Point::Value(int year, double value, std::optional<Band> interval, std::optional<int64_t> numerator,
                   std::optional<int64_t> denominator) {
  Point point(year, PointStatus::kValue);
  point.value_ = value;
  point.interval_ = interval;
  point.numerator_ = numerator;
  point.denominator_ = denominator;
  return point;
}

Point Point::Suppressed(int year) { return Point(year, PointStatus::kSuppressed); }

Point Point::Missing(int year) { return Point(year, PointStatus::kMissing); }

double Point::value() const {
  HELHED_DCHECK(has_value());  // a suppressed or missing point has no number to give
  return value_;
}

std::string ValueFormat::Format(double value) const { return FormatDanish(value, decimals) + suffix; }

}  // namespace helhed::charts
