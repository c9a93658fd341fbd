// SPDX-License-Identifier: Apache-2.0
// Indicator keys on the Fredericia example: a new plan's keys are positions,
// a revision's indicators keep the keys of the ones they continue whatever
// moves around them, and a new indicator never gets an old key.
#include "helhed/service/indicator_keys.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>

#include "helhed/planfile/plan_json.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::service {
namespace {

using ::helhed::testing::StatusIs;
using ::testing::HasSubstr;

model::Plan Fredericia() {
  StatusOr<model::Plan> plan = planfile::ParsePlanJson(
      testing::ReadFileOrDie(testing::SourceDir() / "examples" / "fredericia-2023.json"));
  EXPECT_TRUE(plan.ok()) << plan.status().message();
  return *plan;
}

// key -> where the indicator now sits
std::map<std::string, std::string> KeysByPlace(const model::Plan& plan) {
  std::map<std::string, std::string> out;
  ForEachIndicator(plan, [&](const model::Indicator& indicator, const IndicatorPlace& place) {
    out[indicator.key.value_or("(ingen)")] = PositionalIndicatorKey(place);
  });
  return out;
}

model::Goal NewGoal(std::string text, std::string indicator_name) {
  model::Goal goal;
  goal.text = std::move(text);
  model::Indicator indicator;
  indicator.name = std::move(indicator_name);
  goal.indicators = std::vector<model::Indicator>{indicator};
  return goal;
}

std::vector<model::Goal>& Delmaal(model::Plan& plan, std::size_t sub) { return *(*plan.sub_agreements)[sub].goals; }

TEST(IndicatorKeysTest, ANewPlansIndicatorsAreKeyedByTheirPlace) {
  model::Plan plan = Fredericia();
  ASSERT_OK(AssignIndicatorKeys(nullptr, 1, plan));
  const auto keys = KeysByPlace(plan);
  EXPECT_EQ(keys.size(), 26u);  // 9 under the overall goals, 17 in the delaftaler
  for (const auto& [key, place] : keys) EXPECT_EQ(key, place);
}

TEST(IndicatorKeysTest, InsertingADelmaalLeavesEveryKeyWithItsIndicator) {
  model::Plan base = Fredericia();  // saved before keys: positions are the keys
  model::Plan next = base;
  auto& goals = Delmaal(next, 1);
  goals.insert(goals.begin() + 2, NewGoal("Flere unge i fritidsjob", "Antal unge i fritidsjob"));
  goals.erase(goals.begin());  // and delmål 1 goes
  ASSERT_OK(AssignIndicatorKeys(&base, 2, next));

  const auto keys = KeysByPlace(next);
  EXPECT_EQ(keys.at("d2m3i1"), "d2m3i1");  // one delmål out before it and one in: third again
  EXPECT_EQ(keys.at("d2m3i2"), "d2m3i2");
  EXPECT_EQ(keys.at("d2m2i1"), "d2m1i1");
  EXPECT_EQ(keys.at("d2m4i1"), "d2m4i1");
  EXPECT_EQ(keys.at("r2i1"), "d2m2i1");  // the new delmål's indicator
  EXPECT_FALSE(keys.contains("d2m1i1"));  // removed with its delmål, not handed on
  EXPECT_EQ(keys.at("d4m3i1"), "d4m3i1");

  // The next revision inserts again before them: the keys stay.
  model::Plan third = next;
  Delmaal(third, 1).insert(Delmaal(third, 1).begin(), NewGoal("Flere i praktik", "Antal i praktik"));
  ASSERT_OK(AssignIndicatorKeys(&next, 3, third));
  const auto later = KeysByPlace(third);
  EXPECT_EQ(later.at("d2m3i1"), "d2m4i1");
  EXPECT_EQ(later.at("r2i1"), "d2m3i1");
  EXPECT_EQ(later.at("r3i1"), "d2m1i1");
}

TEST(IndicatorKeysTest, AnEditedGoalTextKeepsItsIndicatorsKeys) {
  model::Plan base = Fredericia();
  model::Plan next = base;
  Delmaal(next, 0)[1].text = "Karaktergennemsnittet i 9. klasse stiger";
  Delmaal(next, 0)[2].indicators->at(0).name = "Antal uddannelsesparate unge";  // renamed: a new indicator
  ASSERT_OK(AssignIndicatorKeys(&base, 2, next));
  const auto keys = KeysByPlace(next);
  EXPECT_EQ(keys.at("d1m2i1"), "d1m2i1");
  EXPECT_EQ(keys.at("r2i1"), "d1m3i1");
  EXPECT_FALSE(keys.contains("d1m3i1"));
}

TEST(IndicatorKeysTest, KeysWrittenInTheFileAreKeptAndChecked) {
  model::Plan plan = Fredericia();
  Delmaal(plan, 2)[0].indicators->at(0).key = "sigtede";
  ASSERT_OK(AssignIndicatorKeys(nullptr, 1, plan));
  EXPECT_EQ(KeysByPlace(plan).at("sigtede"), "d3m1i1");

  model::Plan twice = Fredericia();
  Delmaal(twice, 0)[0].indicators->at(0).key = "fravaer";
  Delmaal(twice, 3)[2].indicators->at(0).key = "fravaer";
  EXPECT_THAT(AssignIndicatorKeys(nullptr, 1, twice),
              StatusIs(StatusCode::kInvalidArgument,
                       HasSubstr("Indikatornøglen »fravaer« bruges af flere indikatorer (igen ved delaftale 4, "
                                 "delmål 3, indikator 1)")));

  for (const char* bad : {"Fravaer", "2a", "fravær", "a-b", "", "abcdefghijklmnopqrstuvwxy"}) {
    model::Plan plan_with_bad = Fredericia();
    Delmaal(plan_with_bad, 0)[0].indicators->at(0).key = bad;
    EXPECT_THAT(AssignIndicatorKeys(nullptr, 1, plan_with_bad),
                StatusIs(StatusCode::kInvalidArgument, HasSubstr("er ugyldig"))) << bad;
  }
}

TEST(IndicatorKeysTest, AWrittenKeyTakesPrecedenceOverMatchingByName) {
  model::Plan base = Fredericia();
  ASSERT_OK(AssignIndicatorKeys(nullptr, 1, base));
  model::Plan next = Fredericia();  // re-imported: no keys
  Delmaal(next, 1)[3].indicators->at(0).key = "d2m5i1";  // the user says: this one continues d2m5i1
  ASSERT_OK(AssignIndicatorKeys(&base, 2, next));
  const auto keys = KeysByPlace(next);
  EXPECT_EQ(keys.at("d2m5i1"), "d2m4i1");
  // The indicator d2m5i1 was is then new, and d2m4i1 goes unused.
  EXPECT_EQ(keys.at("r2i1"), "d2m5i1");
  EXPECT_FALSE(keys.contains("d2m4i1"));
}

}  // namespace
}  // namespace helhed::service
