// SPDX-License-Identifier: Apache-2.0
#include "helhed/base/date.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace helhed {
namespace {

using ::helhed::testing::StatusIs;

TEST(DateTest, ParsesIsoDates) {
  ASSERT_OK_AND_ASSIGN(Date d, ParseIsoDate("2026-12-31"));
  EXPECT_EQ(d, Date(2026, 12, 31));
  EXPECT_EQ(d.ToIso(), "2026-12-31");
  EXPECT_EQ(d.ToDanishLong(), "31. december 2026");
  EXPECT_EQ(d.ToDanishNumeric(), "31.12.2026");
}

TEST(DateTest, RejectsDanishSlashDatesWithAClearMessage) {
  auto d = ParseIsoDate("30/12/2026");
  EXPECT_THAT(d, StatusIs(StatusCode::kInvalidArgument,
                          ::testing::HasSubstr("\"30/12/2026\" er ikke en dato på formen ÅÅÅÅ-MM-DD")));
}

TEST(DateTest, RejectsImpossibleDates) {
  EXPECT_THAT(ParseIsoDate("2023-02-29"), StatusIs(StatusCode::kInvalidArgument));
  EXPECT_THAT(ParseIsoDate("2024-13-01"), StatusIs(StatusCode::kInvalidArgument));
  EXPECT_OK(ParseIsoDate("2024-02-29"));
  EXPECT_THAT(ParseIsoDate("2024-1-01"), StatusIs(StatusCode::kInvalidArgument));
  EXPECT_THAT(ParseIsoDate(""), StatusIs(StatusCode::kInvalidArgument));
}

TEST(DateTest, DayArithmeticRoundTrips) {
  const Date d(2023, 1, 1);
  EXPECT_EQ(d.AddDays(-1), Date(2022, 12, 31));
  EXPECT_EQ(Date(2026, 12, 31).DaysSinceEpoch() - Date(2026, 12, 30).DaysSinceEpoch(), 1);
  EXPECT_EQ(Date::FromDaysSinceEpoch(0), Date(1970, 1, 1));
  for (long day = -1000; day < 30000; day += 37) {
    EXPECT_EQ(Date::FromDaysSinceEpoch(day).DaysSinceEpoch(), day);
  }
}

TEST(DateTest, PlanOfFourYearsIsFourYears) {
  EXPECT_DOUBLE_EQ(YearsBetween(Date(2023, 1, 1), Date(2026, 12, 31)), 4.0);
  EXPECT_DOUBLE_EQ(YearsBetween(Date(2023, 1, 1), Date(2026, 12, 30)), 4.0);
  EXPECT_DOUBLE_EQ(YearsBetween(Date(2023, 1, 1), Date(2024, 12, 31)), 2.0);
}

}  // namespace
}  // namespace helhed
