// SPDX-License-Identifier: Apache-2.0
// The one timestamp text format the store writes and reads back.
#include "helhed/store/clock.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace helhed::store {
namespace {

using ::helhed::testing::StatusIs;

TEST(ClockTest, TimestampTextRoundTrips) {
  const Timestamp t = StartOfDay(Date(2024, 2, 29)) + std::chrono::hours(23) + std::chrono::minutes(5) +
                      std::chrono::seconds(9);
  EXPECT_EQ(FormatTimestamp(t), "2024-02-29T23:05:09Z");
  ASSERT_OK_AND_ASSIGN(const Timestamp back, ParseTimestamp("2024-02-29T23:05:09Z"));
  EXPECT_EQ(back, t);
}

TEST(ClockTest, MalformedTimestampTextIsDamage) {
  for (const char* bad : {"", "2024-02-29 23:05:09Z", "2024-02-29T23:05:09", "2023-02-29T23:05:09Z",
                          "2024-02-29T24:00:00Z", "2024-02-29T23:60:00Z", "2024-02-29T23:05:60Z",
                          "+024-02-29T23:05:09Z", "2024-2-29T23:05:09Z ", "2024-02-29T23:05:09Zx"}) {
    EXPECT_THAT(ParseTimestamp(bad), StatusIs(StatusCode::kDataLoss)) << bad;
  }
}

}  // namespace
}  // namespace helhed::store
