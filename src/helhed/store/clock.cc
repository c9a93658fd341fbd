// SPDX-License-Identifier: Apache-2.0
// The system clock, the manual test clock and the one timestamp text format.
#include "helhed/store/clock.h"

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

// Read on every row the store returns (sessions, plans, revisions), so it
// reads the fixed layout "YYYY-MM-DDTHH:MM:SSZ" digit by digit.
StatusOr<Timestamp> ParseTimestamp(std::string_view text) {
  const auto digits = [&](std::size_t pos, std::size_t count, int& value) {
    value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
      value = value * 10 + (text[i] - '0');
    }
    return true;
  };
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  const bool ok = text.size() == 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' &&
                  text[16] == ':' && text[19] == 'Z' && digits(0, 4, year) && digits(5, 2, month) &&
                  digits(8, 2, day) && digits(11, 2, hour) && digits(14, 2, minute) && digits(17, 2, second) &&
                  Date::IsValid(year, month, day) && hour <= 23 && minute <= 59 && second <= 59;
  if (!ok) return DataLossError(fmt::format("ugyldigt tidsstempel i databasen: \"{}\"", text));
  return StartOfDay(Date(year, month, day)) + std::chrono::seconds(hour * 3600 + minute * 60 + second);
}

}  // namespace helhed::store
