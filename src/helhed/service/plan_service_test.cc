// SPDX-License-Identifier: Apache-2.0
// Plan use cases on the Fredericia example in an SQLite store: routing from
// the 2019-26 pack, conflicts, as-of, approval states and the Danish diff.
#include "helhed/service/plan_service.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/base/danish_number.h"
#include "helhed/planfile/plan_json.h"
#include "helhed/service/follow_up_service.h"
#include "helhed/service/local_data_service.h"
#include "helhed/service/plan_edit_service.h"
#include "helhed/store/open_store.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::service {
namespace {

using ::helhed::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::string Replace(std::string text, std::string_view from, std::string_view to) {
  const auto pos = text.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  if (pos != std::string::npos) text.replace(pos, from.size(), to);
  return text;
}

class PlanServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store::StoreOptions options;
    options.schema = store::SchemaMode::kCreate;
    options.clock = clock_;
    ASSERT_OK_AND_ASSIGN(store_, store::OpenStore("sqlite:" + (scratch_.path() / "helhed.db").string(), options));
    plan_ = testing::ReadFileOrDie(testing::SourceDir() / "examples" / "fredericia-2023.json");
  }

  std::filesystem::path data_dir_ = testing::SourceDir() / "data";
  testing::ScratchDir scratch_;
  std::shared_ptr<store::ManualClock> clock_ =
      std::make_shared<store::ManualClock>(store::StartOfDay(Date(2024, 3, 1)) + std::chrono::hours(9));
  std::unique_ptr<store::Store> store_;
  std::string plan_;
};

TEST_F(PlanServiceTest, NewPlanRoutesEveryPartByThePack) {
  ASSERT_OK_AND_ASSIGN(store::RevisionInfo info, AddPlan(*store_, data_dir_, plan_, "Anna", "Første version"));
  EXPECT_EQ(info.revision, 1);
  std::vector<std::string> routed;
  for (const auto& change : info.changes) {
    routed.push_back(change.part + "/" + change.focus_area + "/" + std::string(store::ApproverName(change.approver)));
  }
  EXPECT_THAT(routed, ElementsAre("strategic_agreement//lbf", "sub_agreement/Uddannelse og livschancer/board",
                                  "sub_agreement/Beskæftigelse/board", "sub_agreement/Kriminalitetsforebyggelse/board",
                                  "sub_agreement/Sammenhængskraft og medborgerskab/board",
                                  "terms_of_reference//lbf", "preparedness_plan//lbf"));
}

TEST_F(PlanServiceTest, InvalidPlanIsRefusedBeforeAnythingIsSaved) {
  EXPECT_THAT(AddPlan(*store_, data_dir_, R"({"format": "helhed/plan@1", "name": 3})", "Anna", "x"),
              StatusIs(StatusCode::kInvalidArgument, HasSubstr("Planen kan ikke gemmes: ")));
  ASSERT_OK_AND_ASSIGN(auto plans, store_->ListPlans());
  EXPECT_TRUE(plans.empty());
}

TEST_F(PlanServiceTest, BaselineChangeIsADelaftaleChangeForTheBoard) {
  ASSERT_OK(AddPlan(*store_, data_dir_, plan_, "Anna", "Første version").status());
  clock_->Advance(std::chrono::hours(24 * 30));
  ASSERT_OK_AND_ASSIGN(store::RevisionInfo info,
                       UpdatePlan(*store_, data_dir_, 1, 1, Replace(plan_, "\"value\": 42.6", "\"value\": 41.9"),
                                  "Mette Hansen", "Ny baseline"));
  EXPECT_THAT(info.changes,
              ElementsAre(store::PartChange{"sub_agreement", "Beskæftigelse", store::Approver::kBoard, false, false}));
  ASSERT_OK_AND_ASSIGN(auto lines, DiffRevisions(*store_, 1, 1, 2));
  EXPECT_THAT(lines, ElementsAre("Delaftale Beskæftigelse: delmål 5, baseline ændret fra 42,6 % til 41,9 %"));

  // Same text again: nothing to save.
  EXPECT_THAT(UpdatePlan(*store_, data_dir_, 1, 2, Replace(plan_, "\"value\": 42.6", "\"value\": 41.9"), "Mette", "x"),
              StatusIs(StatusCode::kFailedPrecondition));
  // A save based on revision 1 is now stale.
  EXPECT_THAT(UpdatePlan(*store_, data_dir_, 1, 1, Replace(plan_, "\"value\": 42.6", "\"value\": 40"), "Anna", "y"),
              StatusIs(StatusCode::kAborted, HasSubstr("revision 2 blev gemt af Mette Hansen 31.03.2024 kl. 09:00 "
                                                       "UTC og ændrede Delaftale Beskæftigelse (\"Ny baseline\")")));
}

TEST_F(PlanServiceTest, ApprovedVersionAndAsOf) {
  ASSERT_OK(AddPlan(*store_, data_dir_, plan_, "Anna", "Første version").status());
  EXPECT_THAT(ApproveRevision(*store_, 1, 1, store::Approver::kBoard, Date(2024, 3, 14), "", "Anna"),
              StatusIs(StatusCode::kInvalidArgument));
  ASSERT_OK(ApproveRevision(*store_, 1, 1, store::Approver::kBoard, Date(2024, 3, 14), "Møde 1", "Anna"));
  ASSERT_OK(ApproveRevision(*store_, 1, 1, store::Approver::kLbf, Date(2024, 4, 2), "LBF 117", "Anna"));
  EXPECT_THAT(ApproveRevision(*store_, 1, 1, store::Approver::kLbf, Date(2024, 4, 3), "LBF 118", "Anna"),
              StatusIs(StatusCode::kFailedPrecondition, "Intet i revision 1 af plan 1 afventer LBF's godkendelse."));
  clock_->Set(store::StartOfDay(Date(2024, 5, 1)) + std::chrono::hours(9));
  ASSERT_OK(UpdatePlan(*store_, data_dir_, 1, 1, Replace(plan_, "\"value\": 42.6", "\"value\": 41.9"), "Mette",
                       "Ny baseline")
                .status());

  ASSERT_OK_AND_ASSIGN(PlanSnapshot now, ShowPlan(*store_, 1, std::nullopt, false));
  EXPECT_EQ(now.revision.info.revision, 2);
  EXPECT_EQ(now.approval.latest_approved, 1);
  ASSERT_OK_AND_ASSIGN(PlanSnapshot approved, ShowPlan(*store_, 1, std::nullopt, true));
  EXPECT_EQ(approved.revision.info.revision, 1);
  ASSERT_OK_AND_ASSIGN(PlanSnapshot april, ShowPlan(*store_, 1, Date(2024, 4, 30), false));
  EXPECT_EQ(april.revision.info.revision, 1);
  EXPECT_THAT(ShowPlan(*store_, 1, Date(2024, 3, 20), true),
              StatusIs(StatusCode::kNotFound, "Plan 1 havde ingen godkendt version pr. 20.03.2024."));
  EXPECT_THAT(ShowPlan(*store_, 1, Date(2024, 2, 1), false), StatusIs(StatusCode::kNotFound));

  EXPECT_EQ(FormatPlanSnapshot(now),
            "Plan 1: Bydækkende Boligsocial Helhedsplan, Fredericia\n"
            "Pulje: 2019-26\n"
            "Viser den seneste revision: revision 2, gemt 01.05.2024 kl. 09:00 UTC af Mette (\"Ny baseline\")\n"
            "Godkendt version: revision 1\n"
            "Afventer (1):\n"
            "  - Delaftale Beskæftigelse (revision 2): afventer bestyrelsens godkendelse\n"
            "Delaftaler:\n"
            "  - Uddannelse og livschancer\n"
            "  - Beskæftigelse\n"
            "  - Kriminalitetsforebyggelse\n"
            "  - Sammenhængskraft og medborgerskab\n");
  ASSERT_OK(ApproveRevision(*store_, 1, 2, store::Approver::kBoard, Date(2024, 5, 20), "Møde 2", "Anna"));
  ASSERT_OK_AND_ASSIGN(std::string history, PlanHistoryText(*store_, 1));
  EXPECT_THAT(history, HasSubstr("Revision 2 [seneste godkendte version]\n"
                                 "  Gemt 01.05.2024 kl. 09:00 UTC af Mette: \"Ny baseline\"\n"
                                 "  Delaftale Beskæftigelse: godkendt af bestyrelsen 20.05.2024 (Møde 2)\n"
                                 "  Beslutning: Bestyrelsen godkendte revision 2 den 20.05.2024 (Møde 2); "
                                 "registreret af Anna\n"));
  EXPECT_THAT(history, HasSubstr("\nGodkendt version: revision 2\nAfventer: intet\n"));
}

// A partner's value stays with its indicator when a later revision inserts a
// delmål before it, also for a plan saved before indicators had keys.
TEST_F(PlanServiceTest, LocalValueStaysWithItsIndicatorWhenADelmaalIsInserted) {
  ASSERT_OK_AND_ASSIGN(model::Plan old_plan, planfile::ParsePlanJson(plan_));
  // Revision 1 as a store from before keys has it: no keys in the text.
  ASSERT_OK(store_->CreatePlan(store::NewRevision{"Anna", "Første version", planfile::WritePlanJson(old_plan),
                                                  old_plan.name, old_plan.grant_frame, {}})
                .status());
  ASSERT_OK_AND_ASSIGN(LocalIndicator job, FindLocalIndicator(old_plan, data_dir_, "d2m3i1"));
  LocalEntryInput input;
  input.unit = "plan:1";
  input.period = "2023";
  input.value = "41";
  input.source = "Jobcenter Fredericia";
  ASSERT_OK_AND_ASSIGN(LocalEntryOutcome entered,
                       EnterLocalValue(*store_, old_plan, 1, job, input, "jobcenter", clock_->Now()));
  ASSERT_TRUE(entered.errors.empty()) << entered.errors.front().message;

  model::Plan next = old_plan;
  auto& goals = *(*next.sub_agreements)[1].goals;
  model::Goal inserted;
  inserted.text = "Flere unge får fritidsjob";
  inserted.indicators = std::vector<model::Indicator>{model::Indicator{.name = "Antal unge i fritidsjob"}};
  goals.insert(goals.begin(), inserted);
  clock_->Advance(std::chrono::hours(24));
  ASSERT_OK_AND_ASSIGN(store::RevisionInfo info, UpdatePlan(*store_, data_dir_, 1, 1, planfile::WritePlanJson(next),
                                                            "Mette", "Nyt delmål om fritidsjob"));
  // Keying the old revision's indicators is no change of its own: only the
  // delaftale with the new delmål goes to the board.
  EXPECT_THAT(info.changes,
              ElementsAre(store::PartChange{"sub_agreement", "Beskæftigelse", store::Approver::kBoard, false, false}));
  ASSERT_OK_AND_ASSIGN(auto lines, DiffRevisions(*store_, 1, 1, 2));
  for (const std::string& line : lines) EXPECT_THAT(line, ::testing::Not(HasSubstr("key"))) << line;

  ASSERT_OK_AND_ASSIGN(store::Revision saved, store_->GetRevision(1, 2));
  ASSERT_OK_AND_ASSIGN(model::Plan revised, planfile::ParsePlanJson(saved.plan_json));
  ASSERT_OK_AND_ASSIGN(LocalIndicator moved, FindLocalIndicator(revised, data_dir_, "d2m3i1"));
  EXPECT_EQ(moved.name, job.name);
  EXPECT_EQ(moved.follow_up, "opfoelgning/delaftaler/2/delmaal/4");

  FollowUpScope scope;
  scope.plan_id = 1;
  scope.draw_charts = false;
  ASSERT_OK_AND_ASSIGN(FollowUpSection fourth, SubGoalFollowUp(*store_, revised, 1, 3, data_dir_, scope));
  ASSERT_FALSE(fourth.indicators.empty());
  ASSERT_TRUE(fourth.indicators[0].by_year_data.has_value()) << fourth.indicators[0].no_data;
  bool shown = false;
  for (const auto& series : fourth.indicators[0].by_year_data->series) {
    for (const auto& point : series.points) shown |= point.year() == 2023 && point.has_value() && point.value() == 41;
  }
  EXPECT_TRUE(shown) << "the value entered for d2m3i1 is on the dashboard of delmål 4, where its indicator went";

  // The new delmål's indicator has a key of its own and no values.
  ASSERT_OK_AND_ASSIGN(FollowUpSection first, SubGoalFollowUp(*store_, revised, 1, 0, data_dir_, scope));
  ASSERT_EQ(first.indicators.size(), 1u);
  EXPECT_FALSE(first.indicators[0].by_year_data.has_value());
  EXPECT_EQ((*goals.front().indicators)[0].key, std::nullopt);
  EXPECT_EQ((*(*revised.sub_agreements)[1].goals->front().indicators)[0].key, "r2i1");
}

// Renaming an indicator in the delmål form keeps its key: the form edits the
// indicator in its place, also in a plan saved before keys existed.
TEST_F(PlanServiceTest, RenamingAnIndicatorInTheFormKeepsItsKey) {
  ASSERT_OK_AND_ASSIGN(model::Plan old_plan, planfile::ParsePlanJson(plan_));
  ASSERT_OK(store_->CreatePlan(store::NewRevision{"Anna", "Første version", planfile::WritePlanJson(old_plan),
                                                  old_plan.name, old_plan.grant_frame, {}})
                .status());
  const model::Goal& goal = (*(*old_plan.sub_agreements)[1].goals)[2];  // Beskæftigelse, delmål 3
  GoalEdit edit{goal.text, {}};
  for (const model::Indicator& indicator : *goal.indicators) {
    IndicatorEdit one{indicator.name, {}};
    for (const model::Baseline& baseline : indicator.baselines.value_or(std::vector<model::Baseline>{})) {
      one.baseline_values.push_back(baseline.value.value ? FormatDanish(*baseline.value.value, 6) : "");
    }
    edit.indicators.push_back(std::move(one));
  }
  edit.indicators[0].name = "Antal jobparate ledige i målgrupperne";
  ASSERT_OK(SaveGoalEdit(*store_, data_dir_, 1, 1, 1, 2, edit, "Mette").status());

  ASSERT_OK_AND_ASSIGN(store::Revision saved, store_->GetRevision(1, 2));
  ASSERT_OK_AND_ASSIGN(model::Plan revised, planfile::ParsePlanJson(saved.plan_json));
  ASSERT_OK_AND_ASSIGN(LocalIndicator renamed, FindLocalIndicator(revised, data_dir_, "d2m3i1"));
  EXPECT_EQ(renamed.name, "Antal jobparate ledige i målgrupperne");
  ASSERT_OK_AND_ASSIGN(auto lines, DiffRevisions(*store_, 1, 1, 2));
  // The diff names indicators by name (a rename reads as one added, one
  // removed) and only in delmål 3: keying the plan is no change.
  EXPECT_THAT(lines, ::testing::Each(HasSubstr("Delaftale Beskæftigelse: delmål 3, indikator ")));
}

}  // namespace
}  // namespace helhed::service
