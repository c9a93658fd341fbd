// SPDX-License-Identifier: Apache-2.0
// Tests that every model enum has exactly the file names of
// docs/plan-format.md and that ToString and ParseEnum are inverse.
#include "helhed/model/enum_names.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "testing/status_matchers.h"

namespace helhed::model {
namespace {

using ::helhed::testing::StatusIs;

// Names in declaration order, copied from docs/plan-format.md.
template <typename E>
void ExpectNames(const std::vector<std::string>& expected) {
  std::span<const EnumName<E>> table = EnumNames<E>();
  ASSERT_EQ(table.size(), expected.size());
  for (size_t idx = 0; idx < expected.size(); ++idx) {
    const E value = static_cast<E>(idx);
    EXPECT_EQ(table[idx].value, value) << expected[idx];
    EXPECT_EQ(ToString(value), expected[idx]);
    StatusOr<E> parsed = ParseEnum<E>(expected[idx]);
    ASSERT_TRUE(parsed.ok()) << parsed.status();
    EXPECT_EQ(*parsed, value) << expected[idx];
  }
}

TEST(EnumNamesTest, EveryEnumMatchesTheFormat) {
  ExpectNames<Unit>({"share", "grade", "count", "case_count", "rate_per_100", "rate_per_1000",
                     "amount_dkk", "hours_per_week", "percent_of_position", "fte", "number"});
  ExpectNames<ValueStatus>(
      {"not_available", "suppressed", "not_measured", "pending", "not_applicable"});
  ExpectNames<PartyKind>({"housing_org", "municipality", "police", "jobcenter", "ssp", "ngo",
                          "business", "other"});
  ExpectNames<HousingAreaKind>({"boligomraade", "zone"});
  ExpectNames<BodyKind>(
      {"board", "secretariat", "steering_group", "working_group", "forum", "other"});
  ExpectNames<BaselineScope>({"plan", "boligomraade", "zone", "afdeling", "target_group",
                              "school", "kommune", "politikreds", "region", "land",
                              "population"});
  ExpectNames<ElectionType>({"kommunalvalg", "folketingsvalg"});
  ExpectNames<TargetDirection>({"increase", "decrease", "hold"});
  ExpectNames<ChangeKind>({"relative", "absolute"});
  ExpectNames<Financing>({"lbf", "local", "local_in_kind", "third_party"});
  ExpectNames<BudgetCategory>({"staff", "activities", "secretariat", "evaluation", "other"});
  ExpectNames<MilestoneStatus>({"planned", "done", "delayed", "cancelled"});
  ExpectNames<PathKind>({"with_police_case", "without_police_case"});
  ExpectNames<Audience>({"medier", "beboere", "samarbejdspartnere"});
  ExpectNames<AttachmentKind>({"reporting_form", "organisation_diagram", "map", "budget",
                               "milestone_plan", "other"});
  ExpectNames<AttachmentStatus>({"present", "referenced"});
}

TEST(EnumNamesTest, UnknownNameListsTheAllowedOnes) {
  EXPECT_THAT(ParseEnum<ChangeKind>("procent"),
              StatusIs(StatusCode::kInvalidArgument,
                       "ukendt værdi \"procent\"; tilladte værdier: relative, absolute"));
}

TEST(EnumNamesTest, ParsingIsCaseSensitive) {
  EXPECT_THAT(ParseEnum<Unit>("Share"), StatusIs(StatusCode::kInvalidArgument));
  EXPECT_THAT(ParseEnum<Unit>(""), StatusIs(StatusCode::kInvalidArgument));
}

}  // namespace
}  // namespace helhed::model
