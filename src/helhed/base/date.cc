// SPDX-License-Identifier: Apache-2.0
#include "helhed/base/date.h"

#include <array>
#include <cstdio>

namespace helhed {
namespace {

bool IsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

constexpr std::array<std::string_view, 12> kDanishMonths = {
    "januar", "februar", "marts",     "april",   "maj",      "juni",
    "juli",   "august",  "september", "oktober", "november", "december"};

}  // namespace

int Date::DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && IsLeap(year)) return 29;
  return kDays[month - 1];
}

bool Date::IsValid(int year, int month, int day) {
  return year >= 1900 && year <= 2200 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
long Date::DaysSinceEpoch() const {
  const int y = year_ - (month_ <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(month_ + (month_ > 2 ? -3 : 9));
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day_) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Date Date::FromDaysSinceEpoch(long days) {
  days += 719468;
  const long era = (days >= 0 ? days : days - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(days - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date(static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d));
}

std::string Date::ToIso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year_, month_, day_);
  return buf;
}

std::string Date::ToDanishLong() const {
  return std::to_string(day_) + ". " + std::string(kDanishMonths[month_ - 1]) + " " +
         std::to_string(year_);
}

std::string Date::ToDanishNumeric() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", day_, month_, year_);
  return buf;
}

StatusOr<Date> ParseIsoDate(std::string_view text) {
  auto bad = [&] {
    return InvalidArgumentError("\"" + std::string(text) +
                                "\" er ikke en dato på formen ÅÅÅÅ-MM-DD (fx 2026-12-31)");
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return bad();
  int parts[3] = {0, 0, 0};
  const int starts[3] = {0, 5, 8};
  const int lengths[3] = {4, 2, 2};
  for (int part_idx = 0; part_idx < 3; ++part_idx) {
    for (int char_idx = 0; char_idx < lengths[part_idx]; ++char_idx) {
      const char c = text[static_cast<size_t>(starts[part_idx] + char_idx)];
      if (c < '0' || c > '9') return bad();
      parts[part_idx] = parts[part_idx] * 10 + (c - '0');
    }
  }
  if (!Date::IsValid(parts[0], parts[1], parts[2])) {
    return InvalidArgumentError("\"" + std::string(text) + "\" er ikke en gyldig kalenderdato");
  }
  return Date(parts[0], parts[1], parts[2]);
}

double YearsBetween(const Date& from, const Date& to) {
  const double days = static_cast<double>(to.DaysSinceEpoch() - from.DaysSinceEpoch() + 1);
  const double years = days / 365.2425;
  return static_cast<double>(static_cast<long>(years * 4 + 0.5)) / 4.0;
}

}  // namespace helhed
