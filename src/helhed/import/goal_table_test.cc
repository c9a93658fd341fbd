// SPDX-License-Identifier: Apache-2.0
// The goal tables rebuilt from rows broken across pages (templates.md A4):
// carry-down of merged goal cells, a goal cell cut by a page, orphan rows.
#include "helhed/import/goal_table.h"

#include <gtest/gtest.h>

#include "helhed/base/statusor.h"
#include "helhed/import/source_text.h"
#include "helhed/import/test_labels.h"

namespace helhed::import {
namespace {

std::vector<Block> Blocks(const std::string& text) {
  auto blocks = BlocksFromText(text);
  EXPECT_TRUE(blocks.ok());
  return blocks.ok() ? *blocks : std::vector<Block>{};
}

TEST(GoalTableTest, CarriesGoalDownAndJoinsGoalCutByPage) {
  // fredericia-2023-helhedsplan.txt:281-293, shortened.
  const std::string text =
      "Mål\tIndikator\tBaseline boligområde\tBaseline kommune (evt. andet)\tBaseline år\tDatakilde\n"
      "Flere bliver tilknyttet arbejdsmarkedet\tAndel 15-29-årige, der hverken er i gang med en uddannelse eller er i "
      "beskæftigelse (restgruppen)\t22,3%\t14,8%\t2021\tBoligsocial data\n"
      "\tAndel 18-64-årige, der er uden tilknytning til arbejdsmarked og uddannelse\t35,7%\t17,6%\t2021\tBoligsocial data\n"
      "Børn og unge skal støttes i et liv uden\tAndel 15-29-årige, som er sigtet mindst én gang\t3,1%\t2,6%\t2021\tBoligsocial data\n"
      "\n\n\n"
      "kriminalitet, og områderne skal opleves trygge\tAndel beboere over 18 år, der føler sig grundlæggende trygge i "
      "boligområdet\t74,2% Korskærparken\t84,2%\t\tPolitiets tryghedsundersøgelse\n";
  std::vector<Block> leftover;
  const GoalTable table = ReadGoalTable(Blocks(text), &leftover);
  ASSERT_EQ(table.goal_texts.size(), 2u);
  EXPECT_EQ(table.goal_texts[0], "Flere bliver tilknyttet arbejdsmarkedet");
  EXPECT_EQ(table.goal_texts[1], "Børn og unge skal støttes i et liv uden kriminalitet, og områderne skal opleves trygge");
  ASSERT_EQ(table.rows.size(), 4u);
  EXPECT_EQ(table.rows[1].goal_index, 0u);
  EXPECT_EQ(table.rows[3].goal_index, 1u);
  EXPECT_EQ(table.rows[3].line, 8);

  ImportReport report;
  RecogniseContext ctx{RepoLabels(), report};
  const auto goals = OverallGoalsFromTable(table, "/overall_goals", ctx);
  ASSERT_EQ(goals.size(), 2u);
  EXPECT_EQ(goals[0].goal_id, "G2");
  ASSERT_EQ(goals[0].indicators->size(), 2u);
  EXPECT_EQ((*goals[0].indicators)[0].indicator_id, "F4");
  EXPECT_EQ((*goals[0].indicators)[1].indicator_id, "F5");
  EXPECT_EQ((*goals[1].indicators)[1].indicator_id, "F7");
  // F7 has no Baseline år: reported missing, not invented (R4).
  EXPECT_FALSE((*goals[1].indicators)[1].baseline_year.has_value());
  bool missing_year = false;
  for (const auto& m : report.missing) missing_year |= m.path == "/overall_goals/1/indicators/1/baseline_year";
  EXPECT_TRUE(missing_year);
}

TEST(GoalTableTest, OrphanRowsMergeIntoThePreviousRow) {
  // vejle-2026-delaftale-kriminalitetsforebyggelse.txt:73-78.
  const std::string text =
      "Delmål\tIndikator\tBaseline boligområde/ målgruppe\tEvt. anden baseline\tBaseline år\tDatakilde\n"
      "Flere bliver tilknyttet arbejdsmarkedet\tAndel 15-29-årige (restgruppen)\tNørremarken 18,5 % Løget Høj\t15,0 %\t2023\tLBF\n"
      "\n\n\n"
      "\t\t21,1 % Søndermarken 25,2 %\t\t\t\n";
  std::vector<Block> leftover;
  const GoalTable table = ReadGoalTable(Blocks(text), &leftover);
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(table.rows[0].cells[2], "Nørremarken 18,5 % Løget Høj 21,1 % Søndermarken 25,2 %");
  ImportReport report;
  RecogniseContext ctx{RepoLabels(), report};
  const auto goals = GoalsFromTable(table, "/g", ctx);
  ASSERT_EQ(goals.size(), 1u);
  const auto& indicator = (*goals[0].indicators)[0];
  ASSERT_EQ(indicator.baselines->size(), 3u);
  EXPECT_EQ((*indicator.baselines)[1].area, "Løget Høj");
  EXPECT_EQ((*indicator.baselines)[1].value.value, 21.1);
  EXPECT_EQ(indicator.baseline_year, "2023");
  EXPECT_EQ(indicator.source, "LBF");
  ASSERT_EQ(indicator.other_baselines->size(), 1u);
  EXPECT_EQ((*indicator.other_baselines)[0].scope, model::BaselineScope::kKommune);
}

TEST(GoalTableTest, ElectionYearFromBaselineYearCell) {
  // fredericia 1888: "Kommunalvalg 2017" (R7).
  const std::string text =
      "Delmål\tIndikator\tBaseline boligområde/ målgruppe\tEvt. anden baseline\tBaseline år\tDatakilde\n"
      "Øgning af valgdeltagelse\tValgdeltagelsestal\t58,8 % valgdeltagelse – alle zoner\t\tKommunalvalg 2017\tLBF beboerdata\n";
  std::vector<Block> leftover;
  ImportReport report;
  RecogniseContext ctx{RepoLabels(), report};
  const auto goals = GoalsFromTable(ReadGoalTable(Blocks(text), &leftover), "/g", ctx);
  const auto& indicator = (*goals[0].indicators)[0];
  ASSERT_TRUE(indicator.election.has_value());
  EXPECT_EQ(indicator.election->type, model::ElectionType::kKommunalvalg);
  EXPECT_EQ(indicator.election->year, 2017);
  EXPECT_EQ(indicator.baseline_year, "2017");
}

TEST(GoalTableTest, ListedIndicatorsInOneCellBecomeOneIndicatorEach) {
  // fredericia-2023-helhedsplan.txt:1270 (shortened): two target groups,
  // fused by the export, with four zone counts each.
  const std::string text =
      "Delmål\tIndikator\tBaseline boligområde/ målgruppe\tEvt. anden baseline\tBaseline år\tDatakilde\n"
      "<p>Færre ledige, der er langt fra arbejdsmarked</p>\t<p>antallet af ledige i målgrupperne:</p> "
      "<ul style=\"list-style-type: none\">6.3 Aktivitetsparate kontanthjælpsmodtager6.8 Rehabiliter\t"
      "<p>Faktisk antal aktivitetsparate pr. 1.6.2022:</p> <p>Zone 1: 79</p> <p>Zone 2: 49</p> "
      "<p>Faktisk antal rehabiliter pr. 1.6.2022:</p> <p>Zone 1: 25</p> <p>Zone 2: 26</p>\t\t2022\tJobcenter\n"
      // A list whose values do not divide stays one indicator, as written.
      "Andet delmål\t• Antal A. • Antal B.\t• 58 A • 70 B • 12 C\t\t2022\tJobcenter\n";
  std::vector<Block> leftover;
  const GoalTable table = ReadGoalTable(Blocks(text), &leftover);
  ImportReport report;
  RecogniseContext ctx{RepoLabels(), report};
  const auto goals = GoalsFromTable(table, "/sub_agreements/0/goals", ctx);
  ASSERT_EQ(goals.size(), 2u);
  ASSERT_EQ(goals[0].indicators->size(), 2u);
  const model::Indicator& first = (*goals[0].indicators)[0];
  const model::Indicator& second = (*goals[0].indicators)[1];
  EXPECT_EQ(first.name, "antallet af ledige i målgrupperne: 6.3 Aktivitetsparate kontanthjælpsmodtager");
  EXPECT_EQ(second.name, "antallet af ledige i målgrupperne: 6.8 Rehabiliter");
  ASSERT_EQ(first.baselines->size(), 2u);
  ASSERT_EQ(second.baselines->size(), 2u);
  EXPECT_EQ(first.baselines->at(0).value.value, 79);
  EXPECT_EQ(second.baselines->at(1).value.value, 26);
  EXPECT_EQ(second.baseline_year, "2022");
  ASSERT_EQ(goals[1].indicators->size(), 1u);
  EXPECT_EQ(goals[1].indicators->at(0).name, "Antal A. Antal B.");
}

}  // namespace
}  // namespace helhed::import
