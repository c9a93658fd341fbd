// SPDX-License-Identifier: Apache-2.0
// CheckPlan on plans built in code: severities follow the plan's frame, a
// partial or empty plan never crashes, and the order of findings is stable.
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/rules/check.h"
#include "helhed/rules/pack_loader.h"
#include "helhed/rules/text_util.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::rules {
namespace {

using ::helhed::testing::SourceDir;

GrantFramePack Pack(const char* frame) {
  StatusOr<GrantFramePack> pack = LoadGrantFramePack(SourceDir() / "data", frame);
  EXPECT_TRUE(pack.ok()) << pack.status();
  return pack.ok() ? *pack : GrantFramePack{};
}

// Aalborg's 2015-18 delaftale: "Delaftalen gælder fra: 01.02 2017", no end.
model::Plan StartOnlyDelaftale(const char* frame, const char* area) {
  model::Plan plan;
  plan.name = "Helhedsplan i Aalborg Øst";
  plan.grant_frame = frame;
  model::SubAgreement sub;
  sub.focus_area = area;
  sub.period = model::Period{Date(2017, 2, 1), std::nullopt, "Delaftalen gælder fra: 01.02 2017"};
  plan.sub_agreements = std::vector<model::SubAgreement>{sub};
  return plan;
}

const Finding* Find(const std::vector<Finding>& findings, std::string_view code) {
  for (const Finding& finding : findings) {
    if (finding.code == code) return &finding;
  }
  return nullptr;
}

TEST(CheckPlanTest, StartOnlyPeriodIsWarningIn2015AndErrorIn2019) {
  // EVIDENCE-OF: validation-rules.md R1: "Year-only and start-only periods are errors for 2019-26 and warnings for 2015-18 imports."
  const auto old_findings = CheckPlan(StartOnlyDelaftale("2015-18", "Kriminalpræventiv indsats"), Pack("2015-18"));
  const Finding* old_finding = Find(old_findings, "R1.period_incomplete");
  ASSERT_NE(old_finding, nullptr);
  EXPECT_EQ(old_finding->severity, Severity::kWarning);
  EXPECT_EQ(old_finding->pointer, "/sub_agreements/0/period/end");
  EXPECT_EQ(old_finding->message,
            "Delaftalen for \"Kriminalpræventiv indsats\" har ingen fuld slutdato (Delaftalen gælder fra - til); der står "
            "kun \"Delaftalen gælder fra: 01.02 2017\". Uden slutdato kan det ikke tjekkes, at den ligger inden for "
            "tilskuddets periode.");
  const auto new_findings = CheckPlan(StartOnlyDelaftale("2019-26", "Kriminalitetsforebyggelse"), Pack("2019-26"));
  const Finding* new_finding = Find(new_findings, "R1.period_incomplete");
  ASSERT_NE(new_finding, nullptr);
  EXPECT_EQ(new_finding->severity, Severity::kError);
}

TEST(CheckPlanTest, AreaNameOf2015IsValidOnlyIn2015) {
  // EVIDENCE-OF: validation-rules.md R2: ""Kriminalpræventiv indsats" ... is valid only for 2015-18."
  EXPECT_EQ(Find(CheckPlan(StartOnlyDelaftale("2015-18", "Kriminalpræventiv indsats"), Pack("2015-18")),
                 "R2.focus_area_other_frame"),
            nullptr);
  EXPECT_NE(Find(CheckPlan(StartOnlyDelaftale("2019-26", "Kriminalpræventiv indsats"), Pack("2019-26")),
                 "R2.focus_area_other_frame"),
            nullptr);
}

TEST(CheckPlanTest, DelaftaleOnlyFileIsPartialNotAnError) {
  // EVIDENCE-OF: validation-rules.md: "A single delaftale imported without its strategic agreement ... gets "cannot check: parent missing" (INFO), not an error."
  const auto findings = CheckPlan(StartOnlyDelaftale("2019-26", "Kriminalitetsforebyggelse"), Pack("2019-26"));
  const Finding* partial = Find(findings, "PARTIAL.parent_missing");
  ASSERT_NE(partial, nullptr);
  EXPECT_EQ(partial->severity, Severity::kInfo);
  EXPECT_EQ(Find(findings, "R3.document_missing"), nullptr);
}

TEST(CheckPlanTest, PlansWithEmptyPartsDoNotCrash) {
  model::Plan plan;
  plan.name = "";
  plan.grant_frame = "2019-26";
  plan.period = model::Period{};
  plan.overall_goals = std::vector<model::OverallGoal>{model::OverallGoal{}};
  (*plan.overall_goals)[0].indicators = std::vector<model::Indicator>{model::Indicator{}};
  model::SubAgreement sub;
  sub.goals = std::vector<model::Goal>{model::Goal{}};
  sub.activities = std::vector<model::Activity>{model::Activity{}};
  sub.staff = std::vector<model::Staff>{model::Staff{}};
  sub.budget_share = model::BudgetShare{0, 0};
  plan.sub_agreements = std::vector<model::SubAgreement>{sub, sub};
  plan.budget = model::Budget{std::vector<model::BudgetLine>{model::BudgetLine{}}, 0};
  plan.preparedness_plan = model::PreparednessPlan{};
  plan.terms_of_reference = model::TermsOfReference{};
  plan.organisation = model::Organisation{std::vector<model::Body>{model::Body{}}};
  plan.housing_areas = std::vector<model::HousingArea>{model::HousingArea{}};
  const auto first = CheckPlan(plan, Pack("2019-26"));
  EXPECT_FALSE(first.empty());
  EXPECT_EQ(CheckPlan(plan, Pack("2019-26")), first);  // stable order
}

// A whole plan with one delaftale per given plan_name, all in one area.
model::Plan PlanWithSubNames(const std::vector<std::string>& sub_names) {
  model::Plan plan;
  plan.name = "Bydækkende Boligsocial Helhedsplan, Fredericia";
  plan.grant_frame = "2019-26";
  plan.period = model::Period{Date(2023, 1, 1), Date(2026, 12, 31), std::nullopt};
  plan.sub_agreements = std::vector<model::SubAgreement>{};
  for (const std::string& name : sub_names) {
    model::SubAgreement sub;
    sub.focus_area = "Beskæftigelse";
    sub.plan_name = name;
    plan.sub_agreements->push_back(sub);
  }
  return plan;
}

TEST(CheckPlanTest, PlanNameVariantsPassButAreaNameDoesNot) {
  // EVIDENCE-OF: validation-rules.md R21: "fredericia-2023-helhedsplan.txt:6 vs 814, 1233, 1854 (variants, OK); 1533 "Kriminalitetsforebyggelse" is the area name, not the plan"
  const auto findings = CheckPlan(PlanWithSubNames({"Bydækkende Boligsocial helhedsplan Fredericia",
                                                    "Den Bydækkende Boligsociale Helhedsplan, i Fredericia 2023-2026",
                                                    "Kriminalitetsforebyggelse"}),
                                  Pack("2019-26"));
  std::vector<std::string> pointers;
  for (const Finding& finding : findings) {
    if (finding.code == "R21.plan_name_differs") pointers.push_back(finding.pointer);
  }
  EXPECT_THAT(pointers, ::testing::ElementsAre("/sub_agreements/2/plan_name"));
}

TEST(CheckPlanTest, FocusAreaAliasesResolve) {
  // EVIDENCE-OF: validation-rules.md R2: "Aliases to resolve: "Medborgerskab og sammenhængskraft" (163) and "Uddannelseslivschancer" (1279)."
  model::Plan plan = PlanWithSubNames({"x", "y"});
  (*plan.sub_agreements)[0].focus_area = "Uddannelseslivschancer";
  (*plan.sub_agreements)[1].focus_area = "Medborgerskab og sammenhængskraft";
  const auto findings = CheckPlan(plan, Pack("2019-26"));
  int aliases = 0;
  for (const Finding& finding : findings) {
    EXPECT_NE(finding.code, "R2.focus_area_unknown");
    if (finding.code == "R2.focus_area_alias") ++aliases;
  }
  EXPECT_EQ(aliases, 2);
}

// A delaftale whose only staff line is one function with `hours` per week.
model::Plan OneStaffLine(double hours, std::optional<int> persons) {
  model::Plan plan = StartOnlyDelaftale("2019-26", "Beskæftigelse");
  model::Staff staff;
  staff.function = "Fremskudt beskæftigelsesmedarbejder";
  staff.organisation = "Fredericia Jobcenter";
  staff.amount = model::Value{};
  staff.amount->unit = model::Unit::kHoursPerWeek;
  staff.amount->value = hours;
  staff.persons = persons;
  staff.financing = model::Financing::kLocalInKind;
  (*plan.sub_agreements)[0].staff = std::vector<model::Staff>{staff};
  return plan;
}

TEST(CheckPlanTest, StaffPoolAsksForPersonsAndIsCheckedPerPerson) {
  // EVIDENCE-OF: validation-rules.md R12: "Fredericia hours per week: ... Besk 266,5 including "222 timer pr. uge fra Fredericia Jobcenter" (1281)"
  const GrantFramePack pack = Pack("2019-26");
  const auto unstated = CheckPlan(OneStaffLine(222, std::nullopt), pack);
  const Finding* ask = Find(unstated, "R12.staff_persons_missing");
  ASSERT_NE(ask, nullptr);
  EXPECT_EQ(ask->severity, Severity::kWarning);
  EXPECT_EQ(ask->pointer, "/sub_agreements/0/staff/0/amount");
  EXPECT_THAT(ask->message, ::testing::HasSubstr("svarende til 6 fuldtidsstillinger"));
  EXPECT_EQ(Find(unstated, "R12.staff_over_allocated"), nullptr);

  // Six people can hold 222 hours (6 x 37); five cannot.
  EXPECT_EQ(Find(CheckPlan(OneStaffLine(222, 6), pack), "R12.staff_over_allocated"), nullptr);
  EXPECT_EQ(Find(CheckPlan(OneStaffLine(222, 6), pack), "R12.staff_persons_missing"), nullptr);
  const auto five = CheckPlan(OneStaffLine(222, 5), pack);
  const Finding* over = Find(five, "R12.staff_over_allocated");
  ASSERT_NE(over, nullptr);
  EXPECT_THAT(over->message, ::testing::HasSubstr("5 personer, hver højst 100 % (37 timer/uge)"));
}

TEST(TextUtilTest, NormalisesNamesAsPeopleTypeThem) {
  EXPECT_EQ(internal::Normalise("**Lommepenge- og Fritidsjob**"), "lommepenge og fritidsjob");
  EXPECT_EQ(internal::Normalise("SAMMENHÆNGSKRAFT og Medborgerskab"), "sammenhængskraft og medborgerskab");
  EXPECT_EQ(internal::NormaliseName("Foreningsrettet (herunder samarbejde med Tjansen)"), "foreningsrettet");
  EXPECT_EQ(internal::EditDistance("lommepenge", "lommepege"), 1);
  EXPECT_EQ(internal::EditDistance("æøå", "aoa"), 3);
  EXPECT_TRUE(internal::IsBlank(std::string(" - • ")));
  EXPECT_FALSE(internal::IsBlank(std::string("- Lektiecafé")));
}

}  // namespace
}  // namespace helhed::rules
