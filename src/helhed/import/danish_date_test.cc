// SPDX-License-Identifier: Apache-2.0
// Every date form in validation-rules.md R25, and periods that stay as
// written when the source gives no full dates.
#include "helhed/import/danish_date.h"

#include <gtest/gtest.h>

namespace helhed::import {
namespace {

struct DateCase {
  const char* text;
  int year, month, day;
};

TEST(DanishDateTest, ParsesEveryFormInR25) {
  const DateCase cases[] = {
      {"1. januar 2023", 2023, 1, 1},   {"31. december 2026", 2026, 12, 31}, {"01/01/2023", 2023, 1, 1},
      {"01.01.2023", 2023, 1, 1},       {"1.6.2022", 2022, 6, 1},            {"1.1.2023", 2023, 1, 1},
      {"01.02 2017", 2017, 2, 1},       {"1/2 2017", 2017, 2, 1},
  };
  for (const auto& c : cases) {
    auto date = ParseDanishDate(c.text);
    ASSERT_TRUE(date.has_value()) << c.text;
    EXPECT_EQ(*date, Date(c.year, c.month, c.day)) << c.text;
  }
}

TEST(DanishDateTest, RefusesYearsRangesAndImpossibleDates) {
  EXPECT_FALSE(ParseDanishDate("2023-2026").has_value());
  EXPECT_FALSE(ParseDanishDate("2020/2021").has_value());
  EXPECT_FALSE(ParseDanishDate("31/02/2023").has_value());
  EXPECT_FALSE(ParseDanishDate("1. smarts 2023").has_value());
}

TEST(DanishDateTest, PeriodWithTwoDates) {
  const model::Period period = ParsePeriod("1. januar 2023 – 31. december 2026");
  EXPECT_EQ(period.start, Date(2023, 1, 1));
  EXPECT_EQ(period.end, Date(2026, 12, 31));
  EXPECT_FALSE(period.as_written.has_value());
  // R1: the U&L delaftale ends one day early; the importer keeps it.
  EXPECT_EQ(ParsePeriod("01/01/2023 – 30/12/2026").end, Date(2026, 12, 30));
}

TEST(DanishDateTest, YearRangeIsKeptAsWrittenOnly) {
  const model::Period period = ParsePeriod("2023-2026");
  EXPECT_FALSE(period.start.has_value());
  EXPECT_FALSE(period.end.has_value());
  EXPECT_EQ(period.as_written, "2023-2026");
}

TEST(DanishDateTest, StartOnlyKeepsTheLabel) {
  const model::Period period = ParsePeriod("01.02 2017", "Delaftalen gælder fra:");
  EXPECT_EQ(period.start, Date(2017, 2, 1));
  EXPECT_FALSE(period.end.has_value());
  EXPECT_EQ(period.as_written, "Delaftalen gælder fra: 01.02 2017");
}

}  // namespace
}  // namespace helhed::import
