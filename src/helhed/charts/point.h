// SPDX-License-Identifier: Apache-2.0
// Point: one published value of a unit in a year, as a chart receives it
// after disclosure control. A suppressed point carries no number at all, so
// no chart, table or tooltip can print one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace helhed::charts {

enum class PointStatus {
  kValue,       // a published number
  kSuppressed,  // hidden by disclosure control: drawn as a marked gap, never as a number
  kMissing,     // no data for the year: a plain gap
};

// A 95 % interval in the chart's display unit (percent for shares).
struct Band {
  double low = 0;
  double high = 0;
};

class Point {
 public:
  // A published value in the chart's display unit (e.g. 22.3 for 22,3 %).
  // `numerator`/`denominator` are the counts behind a share (or the number of
  // persons behind a mean) for the numbers table; either may be absent.
  static Point Value(int year, double value, std::optional<Band> interval = std::nullopt,
                     std::optional<int64_t> numerator = std::nullopt,
                     std::optional<int64_t> denominator = std::nullopt);
  static Point Suppressed(int year);
  static Point Missing(int year);

  int year() const { return year_; }
  PointStatus status() const { return status_; }
  bool has_value() const { return status_ == PointStatus::kValue; }
  // REQUIRES: has_value().
  double value() const;
  const std::optional<Band>& interval() const { return interval_; }
  const std::optional<int64_t>& numerator() const { return numerator_; }
  const std::optional<int64_t>& denominator() const { return denominator_; }

 private:
  Point(int year, PointStatus status) : year_(year), status_(status) {}

  int year_ = 0;
  PointStatus status_ = PointStatus::kMissing;
  double value_ = 0;
  std::optional<Band> interval_;
  std::optional<int64_t> numerator_;
  std::optional<int64_t> denominator_;
};

// How values read: FormatDanish(value, decimals) + suffix, e.g. "22,3 %",
// "5,4" (a grade), "4.158".
struct ValueFormat {
  int decimals = 1;
  std::string suffix;  // " %" for shares, "" for grades and counts, " kr." for income

  std::string Format(double value) const;
  static ValueFormat Percent(int decimals = 1) { return {decimals, " %"}; }
  static ValueFormat Number(int decimals = 1) { return {decimals, ""}; }
};

}  // namespace helhed::charts
