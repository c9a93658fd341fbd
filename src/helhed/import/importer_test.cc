// SPDX-License-Identifier: Apache-2.0
// End-to-end recognition of the three shared plans (copied to
// tests/golden/import/plans/) and refusal of input that is not a plan.
#include "helhed/import/importer.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/import/source_text.h"
#include "helhed/import/test_labels.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::import {
namespace {

using ::helhed::testing::StatusIs;
using ::testing::HasSubstr;

ImportResult ImportPlan(const std::string& name) {
  const std::string text =
      helhed::testing::ReadFileOrDie(helhed::testing::SourceDir() / "tests/golden/import/plans" / name);
  auto result = ImportBytes(text, name, RepoLabels());
  EXPECT_TRUE(result.ok()) << result.status();
  return result.ok() ? std::move(*result) : ImportResult{};
}

TEST(ImporterTest, VejleDelaftale) {
  const ImportResult r = ImportPlan("vejle-2026-delaftale-kriminalitetsforebyggelse.txt");
  ASSERT_TRUE(r.plan.sub_agreements.has_value());
  ASSERT_EQ(r.plan.sub_agreements->size(), 1u);
  const model::SubAgreement& sub = r.plan.sub_agreements->front();
  EXPECT_EQ(r.plan.grant_frame, "2019-26");
  EXPECT_EQ(sub.focus_area, "Kriminalitetsforebyggelse");
  EXPECT_EQ(sub.plan_name, "Vejle 2026-2029_En bydækkende indsats");
  EXPECT_EQ(sub.period->start, Date(2026, 1, 1));
  EXPECT_EQ(sub.period->end, Date(2029, 12, 31));
  ASSERT_EQ(sub.goals->size(), 2u);
  EXPECT_EQ((*sub.goals)[0].text, "Flere bliver tilknyttet arbejdsmarkedet");
  ASSERT_EQ((*sub.goals)[0].indicators->size(), 2u);
  const auto& v3 = (*sub.goals)[1].indicators->front();
  EXPECT_EQ(v3.name, "Andel 15-29-årige, som er sigtet mindst én gang");
  ASSERT_EQ(v3.baselines->size(), 7u);
  EXPECT_EQ((*v3.baselines)[5].value.status, model::ValueStatus::kNotAvailable);
  EXPECT_EQ((*v3.baselines)[6].area, "Zone 7");
  EXPECT_EQ((*v3.baselines)[6].value.value, 0.8);
  ASSERT_EQ(sub.staff->size(), 1u);
  EXPECT_EQ(sub.staff->front().amount->value, 50);
  EXPECT_EQ(sub.staff->front().amount->unit, model::Unit::kPercentOfPosition);
  ASSERT_EQ(sub.activities->size(), 2u);
  EXPECT_EQ((*sub.activities)[1].name, "Foreningsrettet (herunder samarbejde med Tjansen)");
  EXPECT_EQ((*sub.activities)[1].target_groups, "Unge 15 – 29 år");
  // Vejle's revision field is empty: missing, not invented.
  EXPECT_FALSE(sub.revision_note.has_value());
  bool revision_missing = false;
  for (const auto& m : r.report.missing) revision_missing |= m.path == "/sub_agreements/0/revision_note";
  EXPECT_TRUE(revision_missing);
}

TEST(ImporterTest, FredericiaPackage) {
  const ImportResult r = ImportPlan("fredericia-2023-helhedsplan.txt");
  EXPECT_EQ(r.plan.name, "Bydækkende Boligsocial Helhedsplan, Fredericia");
  EXPECT_EQ(r.plan.period->start, Date(2023, 1, 1));
  EXPECT_EQ(r.plan.period->end, Date(2026, 12, 31));
  ASSERT_EQ(r.plan.parties->size(), 3u);
  ASSERT_EQ(r.plan.overall_goals->size(), 4u);
  std::vector<std::string> ids;
  for (const auto& goal : *r.plan.overall_goals) {
    for (const auto& indicator : *goal.indicators) ids.push_back(indicator.indicator_id.value_or("?"));
  }
  EXPECT_THAT(ids, ::testing::ElementsAre("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9"));
  ASSERT_EQ(r.plan.focus_areas->size(), 4u);
  ASSERT_EQ(r.plan.sub_agreements->size(), 4u);
  const auto& subs = *r.plan.sub_agreements;
  EXPECT_EQ(subs[0].period->end, Date(2026, 12, 30));  // the R1 typo, kept
  EXPECT_EQ(subs[2].period->as_written, "2023-2026");
  EXPECT_FALSE(subs[2].period->start.has_value());
  // 1279: the italic remark after the two bullets is not an activity.
  EXPECT_THAT(*subs[1].activity_list,
              ::testing::ElementsAre("Fremskudt beskæftigelsesindsats",
                                     "Job og Uddannelse for ledige over 30 år (herefter kaldet: Job og Uddannelse 30+)"));
  EXPECT_TRUE(std::any_of(r.report.unrecognised.begin(), r.report.unrecognised.end(),
                          [](const auto& u) { return u.line == 1279 && u.text.starts_with("Uddannelses- og"); }));
  EXPECT_EQ(subs[0].activities->size(), 4u);
  EXPECT_EQ(subs[0].activities->front().name, "Lektiecaféer");
  EXPECT_EQ(subs[3].focus_area, "Sammenhængskraft og medborgerskab");
  ASSERT_TRUE(subs[3].activities.has_value());
  EXPECT_EQ(subs[3].activities->back().name, "Økonomisk vejledning til forebyggelse af udsættelser");
  ASSERT_TRUE(r.plan.terms_of_reference.has_value());
  EXPECT_EQ(r.plan.terms_of_reference->meetings_per_year, 4);
  ASSERT_TRUE(r.plan.preparedness_plan.has_value());
  EXPECT_EQ(r.plan.preparedness_plan->paths->size(), 2u);
  // The five outreach targets (2330-2334).
  ASSERT_TRUE(r.plan.preparedness_plan->outreach_targets.has_value());
  EXPECT_EQ(r.plan.preparedness_plan->outreach_targets->front(), "Varmemestrene og driftschefer");
  EXPECT_EQ(r.plan.preparedness_plan->outreach_targets->size(), 5u);
  // Section 3: board, area secretariat, two steering groups, joint forum.
  ASSERT_TRUE(r.plan.organisation.has_value());
  const auto& bodies = *r.plan.organisation->bodies;
  ASSERT_EQ(bodies.size(), 5u);
  EXPECT_EQ(bodies[0].kind, model::BodyKind::kBoard);
  EXPECT_EQ(bodies[0].meetings_per_year, 4);
  ASSERT_EQ(bodies[0].members->size(), 5u);
  EXPECT_EQ(bodies[0].members->at(2), (model::Member{"Erhvervsdirektør", "Business Fredericia", {}, {}}));
  EXPECT_EQ(bodies[2].name, "Styregruppen for Beskæftigelse samt sammenhængskraft og medborgerskab");
  EXPECT_EQ(bodies[2].meetings_per_year, 2);
  EXPECT_EQ(bodies[3].members->size(), 5u);
  EXPECT_EQ(bodies[4].kind, model::BodyKind::kForum);
  EXPECT_EQ(bodies[4].meetings_per_year, 4);  // "en gang hvert kvartal"
  // Kommissorium: six seats, the project manager without a vote, the chair.
  const auto& members = *r.plan.terms_of_reference->members;
  ASSERT_EQ(members.size(), 6u);
  EXPECT_EQ(members[0], (model::Member{"Direktør", "Boligkontoret Fredericia", {}, true}));
  EXPECT_EQ(members[1], (model::Member{"Projektchef", "Den Boligsociale Helhedsplan", false, {}}));
  // Attachments named but not held: checklist (48, 50, 54) and captions.
  ASSERT_TRUE(r.plan.attachments.has_value());
  ASSERT_EQ(r.plan.attachments->size(), 5u);
  EXPECT_EQ(r.plan.attachments->at(0).kind, model::AttachmentKind::kBudget);
  EXPECT_EQ(r.plan.attachments->at(4).kind, model::AttachmentKind::kOrganisationDiagram);
  EXPECT_EQ(r.plan.attachments->at(4).status, model::AttachmentStatus::kReferenced);
}

TEST(ImporterTest, AalborgOldLayout) {
  const ImportResult r = ImportPlan("aalborg-oest-2017-delaftale-kriminalpraeventiv.txt");
  EXPECT_EQ(r.plan.grant_frame, "2015-18");
  ASSERT_EQ(r.plan.sub_agreements->size(), 1u);
  const model::SubAgreement& sub = r.plan.sub_agreements->front();
  EXPECT_EQ(sub.focus_area, "Kriminalpræventiv indsats");
  EXPECT_EQ(sub.period->start, Date(2017, 2, 1));
  EXPECT_FALSE(sub.period->end.has_value());
  EXPECT_EQ(sub.period->as_written, "Delaftalen gælder fra: 01.02 2017");
  ASSERT_TRUE(sub.budget_share.has_value());
  EXPECT_EQ(sub.budget_share->lbf_dkk, 894000);
  EXPECT_EQ(sub.budget_share->local_dkk, 114000);
  ASSERT_EQ(sub.activities->size(), 3u);
  EXPECT_EQ(sub.activities->front().name, "Kriminalpræventive netværksmøder");
  ASSERT_EQ(sub.parties->size(), 6u);
  // "Formål og lokalt opstillede målinger" (210-212): the purpose with its
  // three measures, before the three goals of "Mål for indsatsen er:".
  ASSERT_EQ(sub.goals->size(), 4u);
  const model::Goal& purpose = sub.goals->front();
  EXPECT_TRUE(purpose.text.starts_with("Det overordnede formål med indsatsområdet"));
  ASSERT_EQ(purpose.indicators->size(), 3u);
  const model::Indicator& share = purpose.indicators->at(0);
  EXPECT_EQ(share.baseline_year, "2015");
  EXPECT_EQ(share.baselines->at(0).value.value, 4.2);
  EXPECT_EQ(share.baselines->at(0).value.numerator, 24);
  EXPECT_EQ(share.other_baselines->at(0).value.value, 0.8);
  EXPECT_EQ(share.target->direction, model::TargetDirection::kDecrease);
  EXPECT_EQ(share.source, "Boligsociale Data Indikatorer, punkt 6.");
  const model::Indicator& cases = purpose.indicators->at(1);
  EXPECT_FALSE(cases.baseline_year.has_value());
  EXPECT_EQ(cases.other_baselines->at(0).value.status, model::ValueStatus::kPending);
  EXPECT_EQ(cases.other_baselines->at(0).value.until, Date(2017, 2, 1));
  EXPECT_EQ(cases.source, "SSP-sekretariatet.");
  EXPECT_EQ(purpose.indicators->at(2).source, "Helhedsplanen i samarbejde med Center for Tværfaglig Forebyggelse.");
  ASSERT_TRUE(sub.conflict_handling.has_value());
  EXPECT_TRUE(sub.conflict_handling->starts_with("Konflikthåndtering: Konflikter løses"));
}

TEST(ImporterTest, BodiesUnderAPluralHeadingAndTheFuzzSeed) {
  // fuzz/corpus/text/organisation-measures.txt: a steering group as a list
  // item "… består af:" under "Styregrupper", which is only a heading.
  const std::string text =
      helhed::testing::ReadFileOrDie(helhed::testing::SourceDir() / "fuzz/corpus/text/organisation-measures.txt");
  auto result = ImportBytes(text, "organisation-measures.txt", RepoLabels());
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_TRUE(result->plan.organisation.has_value());
  const auto& bodies = *result->plan.organisation->bodies;
  ASSERT_EQ(bodies.size(), 2u);
  EXPECT_EQ(bodies[1].name, "Styregruppen for Beskæftigelse");
  EXPECT_EQ(bodies[1].kind, model::BodyKind::kSteeringGroup);
  EXPECT_EQ(bodies[1].meetings_per_year, 2);
  ASSERT_EQ(bodies[1].members->size(), 2u);
  EXPECT_EQ(bodies[1].members->at(0).organisation, "Fredericia Kommune");
  EXPECT_EQ(result->plan.terms_of_reference->members->at(0).chair, true);
  EXPECT_EQ(result->plan.terms_of_reference->secretariat, "- Forberedelse af bestyrelsesmøder\n- Præsentation af status");
}

TEST(ImporterTest, HandMadeDocxWithMergedCells) {
  // tests/golden/import/handmade/merged-delmaal.docx (make_handmade_docx.py):
  // the first delmål cell is vertically merged over two indicator rows.
  const std::string bytes =
      helhed::testing::ReadFileOrDie(helhed::testing::SourceDir() / "tests/golden/import/handmade/merged-delmaal.docx");
  auto result = ImportBytes(bytes, "merged-delmaal.docx", RepoLabels());
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(result->report.format, "docx");
  const model::SubAgreement& sub = result->plan.sub_agreements->front();
  EXPECT_EQ(sub.focus_area, "Beskæftigelse");
  EXPECT_EQ(sub.plan_name, "Testby Helhedsplan 2024-2027");
  EXPECT_EQ(sub.period->start, Date(2024, 1, 1));
  EXPECT_EQ(sub.period->end, Date(2027, 12, 31));
  ASSERT_EQ(sub.parties->size(), 2u);
  EXPECT_EQ((*sub.parties)[1].name, "Testby Kommune");
  ASSERT_EQ(sub.goals->size(), 2u);
  EXPECT_EQ((*sub.goals)[0].text, "Flere unge i uddannelse eller job");
  ASSERT_EQ((*sub.goals)[0].indicators->size(), 2u);
  const auto& first = (*sub.goals)[0].indicators->at(0);
  ASSERT_EQ(first.baselines->size(), 2u);
  EXPECT_EQ((*first.baselines)[1].area, "Zone 2");
  EXPECT_EQ((*first.baselines)[1].value.value, 18.0);
  const auto& second = (*sub.goals)[0].indicators->at(1);
  EXPECT_EQ(second.name, "Antal unge i fritidsjob");
  EXPECT_EQ(second.baseline_year, "2022/2023");
  ASSERT_EQ(second.baselines->size(), 2u);
  EXPECT_EQ((*second.baselines)[0].value.value, 14);
  EXPECT_EQ((*second.baselines)[0].value.unit, model::Unit::kCount);
  EXPECT_EQ((*second.baselines)[1].value.status, model::ValueStatus::kNotAvailable);
  EXPECT_EQ((*sub.goals)[1].indicators->at(0).baselines->at(0).value.status, model::ValueStatus::kNotAvailable);
  ASSERT_EQ(sub.staff->size(), 1u);
  EXPECT_EQ(sub.staff->front().amount->value, 20);
  ASSERT_EQ(sub.activities->size(), 1u);
  EXPECT_EQ(sub.activities->front().responsibilities, "Jobcentret leder caféen.");
}

TEST(ImporterTest, RefusesInputThatIsNotAPlan) {
  EXPECT_THAT(ImportBytes("", "tom.txt", RepoLabels()), StatusIs(StatusCode::kInvalidArgument, HasSubstr("tom")));
  EXPECT_THAT(ImportBytes("  \n\n \t\n", "blank.txt", RepoLabels()),
              StatusIs(StatusCode::kInvalidArgument, HasSubstr("tom")));
  EXPECT_THAT(ImportBytes(std::string("\x7f" "ELF\0\0\x01\xff", 8), "prog.bin", RepoLabels()),
              StatusIs(StatusCode::kInvalidArgument, HasSubstr("ikke en tekstfil")));
  EXPECT_THAT(ImportBytes("Indkøbsliste\n\nMælk\nBrød\n", "liste.txt", RepoLabels()),
              StatusIs(StatusCode::kInvalidArgument, HasSubstr("ligner ikke en boligsocial helhedsplan")));
  EXPECT_THAT(ImportBytes("PK\x03\x04garbage", "plan.docx", RepoLabels()),
              StatusIs(StatusCode::kInvalidArgument, HasSubstr("zip")));
  EXPECT_THAT(ImportBytes(std::string(kMaxImportBytes + 1, 'a'), "stor.txt", RepoLabels()),
              StatusIs(StatusCode::kInvalidArgument, HasSubstr("for stor")));
}

}  // namespace
}  // namespace helhed::import
