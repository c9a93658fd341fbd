// SPDX-License-Identifier: Apache-2.0
// Date: a calendar date without time zone, as plans and registers use them.
// ISO 8601 (YYYY-MM-DD) is the only format in files helhed writes; Danish
// display forms ("31. december 2026", "31.12.2026") are for people.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

#include "helhed/base/statusor.h"

namespace helhed {

class Date {
 public:
  // REQUIRES: IsValid(year, month, day). Use ParseIsoDate for untrusted text.
  constexpr Date(int year, int month, int day) : year_(year), month_(month), day_(day) {}

  int year() const { return year_; }
  int month() const { return month_; }
  int day() const { return day_; }

  static bool IsValid(int year, int month, int day);
  static int DaysInMonth(int year, int month);

  // Days since 1970-01-01 (negative before); for differences and ordering.
  long DaysSinceEpoch() const;
  static Date FromDaysSinceEpoch(long days);
  Date AddDays(long days) const { return FromDaysSinceEpoch(DaysSinceEpoch() + days); }

  std::string ToIso() const;            // "2026-12-31"
  std::string ToDanishLong() const;     // "31. december 2026"
  std::string ToDanishNumeric() const;  // "31.12.2026"

  friend auto operator<=>(const Date&, const Date&) = default;

 private:
  int year_;
  int month_;
  int day_;
};

// Parses exactly "YYYY-MM-DD". kInvalidArgument with a Danish message that
// quotes the text, e.g. for "30/12/2026".
StatusOr<Date> ParseIsoDate(std::string_view text);

// Whole years between two dates, rounded to the nearest quarter year; used for
// plan durations ("about four years").
double YearsBetween(const Date& from, const Date& to);

}  // namespace helhed
