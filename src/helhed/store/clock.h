// SPDX-License-Identifier: Apache-2.0
// Clock: where the store gets "now" for revision, approval, session and audit
// times. Tests inject a ManualClock so times (and as-of answers) are exact.
#pragma once

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "helhed/base/date.h"
#include "helhed/base/statusor.h"

namespace helhed::store {

// Seconds since the Unix epoch, UTC. The store keeps times as ISO 8601 text
// ("2026-11-23T20:41:54Z") so both backends sort and compare them alike.
using Timestamp = std::chrono::sys_seconds;

class Clock {
 public:
  virtual ~Clock() = default;
  // Thread-safe.
  virtual Timestamp Now() const = 0;
};

// The wall clock.
std::shared_ptr<Clock> SystemClock();

// A clock that stands still until told to move; thread-safe.
class ManualClock : public Clock {
 public:
  explicit ManualClock(Timestamp start) : now_(start) {}
  Timestamp Now() const override;
  void Set(Timestamp t);
  void Advance(std::chrono::seconds d);

 private:
  mutable std::mutex mu_;
  Timestamp now_;
};

// "2026-11-23T20:41:54Z".
std::string FormatTimestamp(Timestamp t);
// "23.11.2026 kl. 20:41 UTC", for messages people read.
std::string FormatTimestampDanish(Timestamp t);
// Parses FormatTimestamp's output; kDataLoss for anything else (it only ever
// reads what the store wrote).
StatusOr<Timestamp> ParseTimestamp(std::string_view text);
// Midnight UTC at the start of `date`.
Timestamp StartOfDay(const Date& date);
// The last second of `date` (UTC): the bound for "as it stood on that date".
Timestamp EndOfDay(const Date& date);
// The UTC calendar date of a time.
Date DateOf(Timestamp t);

}  // namespace helhed::store
