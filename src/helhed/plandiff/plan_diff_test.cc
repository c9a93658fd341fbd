// SPDX-License-Identifier: Apache-2.0
// The Danish diff sentences, exactly as a secretariat worker will read them.
#include "helhed/plandiff/plan_diff.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace helhed::plandiff {
namespace {

using ::helhed::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Two delmål; the second has one indicator with one baseline (the shape of
// the Fredericia Beskæftigelse delaftale).
std::string Plan(std::string_view baseline, std::string_view activity2, std::string_view lbf) {
  return std::string(R"({"format": "helhed/plan@1", "name": "Den Bydækkende Helhedsplan",
  "sub_agreements": [{"focus_area": "Beskæftigelse",
    "goals": [
      {"text": "Flere i job", "indicators": []},
      {"text": "Flere i uddannelse", "indicators": [{"name": "Andel i beskæftigelse", "unit": "share",
        "baselines": [{"scope": "plan", "value": {"unit": "share", "value": )") +
         std::string(baseline) + R"(}}]}]}],
    "activities": [{"name": "Jobcafé", "purpose": "Job"})" + std::string(activity2) + R"(]}],
  "budget": {"lines": [{"year": 2024, "label": "Projektleder", "category": "staff", "lbf_dkk": )" +
         std::string(lbf) + R"(, "local_dkk": 100000}]}})";
}

TEST(DiffPlansTest, BaselineChangeInDanish) {
  const std::string before = Plan("42.6", "", "450000");
  const std::string after = Plan("41.9", "", "450000");
  ASSERT_OK_AND_ASSIGN(auto lines, DiffPlans(before, after));
  EXPECT_THAT(lines, ElementsAre("Delaftale Beskæftigelse: delmål 2, baseline ændret fra 42,6 % til 41,9 %"));
}

TEST(DiffPlansTest, AddedActivityAndBudgetAmount) {
  const std::string before = Plan("42.6", "", "450000");
  const std::string after = Plan("42.6", R"(, {"name": "Lektiecafé"})", "1250000");
  ASSERT_OK_AND_ASSIGN(auto lines, DiffPlans(before, after));
  EXPECT_THAT(lines, ElementsAre("Delaftale Beskæftigelse: aktivitet «Lektiecafé» tilføjet",
                                 "Budget: budgetlinje «Projektleder, 2024», LBF-finansiering ændret fra "
                                 "450.000 kr. til 1.250.000 kr."));
}

TEST(DiffPlansTest, RemovedActivityAndChangedText) {
  const std::string before = Plan("42.6", R"(, {"name": "Lektiecafé"})", "450000");
  std::string after = Plan("42.6", "", "450000");
  after.replace(after.find("Flere i job"), 11, "Flere i arbejde");
  ASSERT_OK_AND_ASSIGN(auto lines, DiffPlans(before, after));
  EXPECT_THAT(lines, ElementsAre("Delaftale Beskæftigelse: delmål 1, tekst ændret fra «Flere i job» til "
                                 "«Flere i arbejde»",
                                 "Delaftale Beskæftigelse: aktivitet «Lektiecafé» fjernet"));
}

TEST(DiffPlansTest, TopLevelKeysAndStatusValues) {
  const std::string before = R"({"name": "A", "vision": "Kort", "overall_goals": [{"goal_id": "G1",
    "indicators": [{"indicator_id": "F1", "name": "Karakter", "baselines": [
      {"scope": "plan", "value": {"unit": "grade", "value": 5.4}},
      {"scope": "kommune", "value": {"unit": "grade", "value": 6}}]}]}]})";
  const std::string after = R"({"name": "B", "overall_goals": [{"goal_id": "G1",
    "indicators": [{"indicator_id": "F1", "name": "Karakter", "baselines": [
      {"scope": "plan", "value": {"unit": "grade", "status": "suppressed"}},
      {"scope": "kommune", "value": {"unit": "grade", "value": 6}}]}]}],
    "local_evaluation": "Årlig"})";
  ASSERT_OK_AND_ASSIGN(auto lines, DiffPlans(before, after));
  EXPECT_THAT(lines, ElementsAre("Navn ændret fra «A» til «B»",
                                 "Overordnet mål G1: baseline 1 ændret fra 5,4 til diskretioneret",
                                 "Lokal evaluering tilføjet: «Årlig»", "Vision for boligområdet fjernet (var «Kort»)"));
}

TEST(DiffPlansTest, BaselinesAreNamedByArea) {
  auto plan = [](std::string_view zone2) {
    return std::string(R"({"sub_agreements": [{"focus_area": "Beskæftigelse", "goals": [{"text": "Job",
      "indicators": [{"name": "Ledige", "baselines": [
        {"scope": "zone", "area": "Zone 1", "value": {"unit": "share", "value": 22.1, "numerator": 306}},
        {"scope": "zone", "area": "Zone 2", "value": {"unit": "share", "value": )") +
           std::string(zone2) + "}}]}]}]}]}";
  };
  ASSERT_OK_AND_ASSIGN(auto lines, DiffPlans(plan("22.8"), plan("23")));
  EXPECT_THAT(lines, ElementsAre("Delaftale Beskæftigelse: delmål 1, baseline Zone 2 ændret fra 22,8 % til 23 %"));
}

// Delaftale Beskæftigelse with keyed indicators: `goals` is the JSON of the
// delmål list.
std::string Keyed(std::string_view goals) {
  return std::string(R"({"format": "helhed/plan@1", "name": "P", "sub_agreements": [{"focus_area": "Beskæftigelse",
    "goals": )") + std::string(goals) + "}]}";
}

TEST(DiffPlansTest, KeyedRevisionsMatchDelmaalByTheirIndicators) {
  const std::string before = Keyed(R"([
      {"text": "Flere i job", "indicators": [{"key": "d1m1i1", "name": "Andel i job"}]},
      {"text": "Færre ledige", "indicators": [{"key": "d1m2i1", "name": "Antal ledige"},
                                             {"key": "d1m2i2", "name": "Antal langtidsledige"}]}])");
  // A delmål inserted first, and an indicator renamed in what is now delmål 3.
  const std::string after = Keyed(R"([
      {"text": "Flere i fritidsjob", "indicators": [{"key": "r2i1", "name": "Antal i fritidsjob"}]},
      {"text": "Flere i job", "indicators": [{"key": "d1m1i1", "name": "Andel i job"}]},
      {"text": "Færre ledige", "indicators": [{"key": "d1m2i1", "name": "Antal ledige i alt"},
                                             {"key": "d1m2i2", "name": "Antal langtidsledige"}]}])");
  ASSERT_OK_AND_ASSIGN(auto lines, DiffPlans(before, after));
  EXPECT_THAT(lines, ElementsAre("Delaftale Beskæftigelse: delmål 1 tilføjet",
                                 "Delaftale Beskæftigelse: delmål 3, indikator Antal ledige i alt, navn ændret fra "
                                 "«Antal ledige» til «Antal ledige i alt»"));
}

TEST(DiffPlansTest, KeysAloneAreNoChange) {
  const std::string unkeyed = Keyed(R"([{"text": "Flere i job", "indicators": [{"name": "Andel i job"}]}])");
  const std::string keyed = Keyed(R"([{"text": "Flere i job", "indicators": [{"key": "d1m1i1", "name": "Andel i job"}]}])");
  ASSERT_OK_AND_ASSIGN(auto lines, DiffPlans(unkeyed, keyed));
  EXPECT_THAT(lines, IsEmpty());
}

TEST(DiffPlansTest, EqualPlansHaveNoLines) {
  const std::string plan = Plan("42.6", "", "450000");
  ASSERT_OK_AND_ASSIGN(auto lines, DiffPlans(plan, plan));
  EXPECT_THAT(lines, IsEmpty());
}

TEST(DiffPlansTest, RejectsInvalidJson) {
  EXPECT_THAT(DiffPlans("{", "{}"), StatusIs(StatusCode::kInvalidArgument));
}

}  // namespace
}  // namespace helhed::plandiff
