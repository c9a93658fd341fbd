// SPDX-License-Identifier: Apache-2.0
// The system clock, the manual test clock and the one timestamp text format.
#include "helhed/store/clock.h"

#include <cstdio>

#include <fmt/format.h>

namespace helhed::store {
namespace {

class WallClock : public Clock {
 public:
  Timestamp Now() const override {
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  }
};

constexpr long kSecondsPerDay = 86400;

}  // namespace

std::shared_ptr<Clock> SystemClock() {
  static const auto clock = std::make_shared<WallClock>();
  return clock;
}

Timestamp ManualClock::Now() const {
  std::lock_guard lock(mu_);
  return now_;
}

void ManualClock::Set(Timestamp t) {
  std::lock_guard lock(mu_);
  now_ = t;
}

void ManualClock::Advance(std::chrono::seconds d) {
  std::lock_guard lock(mu_);
  now_ += d;
}

Date DateOf(Timestamp t) {
  const long secs = t.time_since_epoch().count();
  long days = secs / kSecondsPerDay;
  if (secs % kSecondsPerDay < 0) --days;
  return Date::FromDaysSinceEpoch(days);
}

Timestamp StartOfDay(const Date& date) {
  return Timestamp(std::chrono::seconds(date.DaysSinceEpoch() * kSecondsPerDay));
}

Timestamp EndOfDay(const Date& date) { return StartOfDay(date) + std::chrono::seconds(kSecondsPerDay - 1); }

std::string FormatTimestamp(Timestamp t) {
  const Date d = DateOf(t);
  const long in_day = (t - StartOfDay(d)).count();
  return fmt::format("{}T{:02}:{:02}:{:02}Z", d.ToIso(), in_day / 3600, in_day / 60 % 60, in_day % 60);
}

std::string FormatTimestampDanish(Timestamp t) {
  const Date d = DateOf(t);
  const long in_day = (t - StartOfDay(d)).count();
  return fmt::format("{} kl. {:02}:{:02} UTC", d.ToDanishNumeric(), in_day / 3600, in_day / 60 % 60);
}

StatusOr<Timestamp> ParseTimestamp(std::string_view text) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  char zone = 0;
  const std::string s(text);
  if (s.size() != 20 ||
      std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &year, &month, &day, &hour, &minute, &second, &zone) != 7 ||
      zone != 'Z' || !Date::IsValid(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    return DataLossError(fmt::format("ugyldigt tidsstempel i databasen: \"{}\"", s));
  }
  return StartOfDay(Date(year, month, day)) + std::chrono::seconds(hour * 3600 + minute * 60 + second);
}

}  // namespace helhed::store
