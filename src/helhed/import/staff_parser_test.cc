// SPDX-License-Identifier: Apache-2.0
// Staff lines from the shared plans (templates.md §2 row 6, R5 units).
#include "helhed/import/staff_parser.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace helhed::import {
namespace {

struct StaffCase {
  const char* line;
  const char* function;
  const char* organisation;  // "" = none
  double amount;
  model::Unit unit;
};

TEST(StaffParserTest, ParsesEveryShapeInThePlans) {
  const StaffCase cases[] = {
      {"Fredericia Jobcenter: 37 timer ugentligt", "Fredericia Jobcenter", "", 37, model::Unit::kHoursPerWeek},
      {"Idræt i dagtimerne: 2,5 timer ugentligt", "Idræt i dagtimerne", "", 2.5, model::Unit::kHoursPerWeek},
      {"Fremskudt beskæftigelsesmedarbejder: 222 timer pr. uge fra Fredericia Jobcenter",
       "Fremskudt beskæftigelsesmedarbejder", "Fredericia Jobcenter", 222, model::Unit::kHoursPerWeek},
      {"37 timers boligsocial medarbejder", "boligsocial medarbejder", "", 37, model::Unit::kHoursPerWeek},
      {"8 timers medarbejder fra Fredericia Bibliotek", "medarbejder", "Fredericia Bibliotek", 8,
       model::Unit::kHoursPerWeek},
      {"Sundhedsområdet 5 timer", "Sundhedsområdet", "", 5, model::Unit::kHoursPerWeek},
      {"En 50 % boligsocial medarbejder", "boligsocial medarbejder", "", 50, model::Unit::kPercentOfPosition},
      {"Andel af projektlederressourcer: 10 %", "Andel af projektlederressourcer", "", 10,
       model::Unit::kPercentOfPosition},
  };
  for (const auto& c : cases) {
    const auto staff = ParseStaffLine(c.line);
    ASSERT_TRUE(staff.has_value()) << c.line;
    EXPECT_EQ(staff->function, c.function) << c.line;
    EXPECT_EQ(staff->organisation.value_or(""), c.organisation) << c.line;
    ASSERT_TRUE(staff->amount.has_value());
    EXPECT_EQ(staff->amount->value, c.amount) << c.line;
    EXPECT_EQ(staff->amount->unit, c.unit) << c.line;
  }
}

TEST(StaffParserTest, LinesWithoutAmountAreNotStaff) {
  EXPECT_FALSE(ParseStaffLine("Antal medarbejder timer om ugen:").has_value());
  EXPECT_FALSE(ParseStaffLine("Myndighedssagsbehandler (jobformidler) fra Jobcenter").has_value());
}

TEST(StaffParserTest, SplitsFlattenedAalborgStaff) {
  // aalborg-oest-2017-delaftale-kriminalpraeventiv.txt:212
  EXPECT_THAT(SplitFlattenedStaff("Projektmedarbejder 10 timer pr. uge Andel af projektlederressourcer: 10 %"),
              ::testing::ElementsAre("Projektmedarbejder 10 timer pr. uge", "Andel af projektlederressourcer: 10 %"));
}

}  // namespace
}  // namespace helhed::import
