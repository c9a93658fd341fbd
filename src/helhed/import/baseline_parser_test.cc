// SPDX-License-Identifier: Apache-2.0
// Baseline cells from the shared plans, with exact values, areas, scopes and
// statuses (templates.md A4, validation-rules.md R5-R7).
#include "helhed/import/baseline_parser.h"

#include <gtest/gtest.h>

#include "helhed/import/test_labels.h"

namespace helhed::import {
namespace {

using model::BaselineScope;
using model::Unit;
using model::ValueStatus;

TEST(BaselineParserTest, SharePerZoneWithCountsAndDate) {
  // fredericia-2023-helhedsplan.txt:1262
  BaselineCellOptions options;
  options.unit = Unit::kShare;
  const auto baselines = ParseBaselineCell(
      "1.6.2022: Kendskabsgrad / faktisk antal ledige: Zone 1: 22,1 / 306 Zone 2: 22,8 / 296 Zone 3: 22,4 / 253 "
      "Zone 4: 21,9 / 282",
      options, RepoLabels());
  ASSERT_EQ(baselines.size(), 4u);
  EXPECT_EQ(baselines[0].area, "Zone 1");
  EXPECT_EQ(baselines[0].scope, BaselineScope::kZone);
  EXPECT_EQ(baselines[0].value.unit, Unit::kShare);
  EXPECT_EQ(baselines[0].value.value, 22.1);
  EXPECT_EQ(baselines[0].value.numerator, 306);
  EXPECT_EQ(baselines[0].date, Date(2022, 6, 1));
  EXPECT_EQ(baselines[3].area, "Zone 4");
  EXPECT_EQ(baselines[3].value.value, 21.9);
  EXPECT_EQ(baselines[3].value.numerator, 282);
}

TEST(BaselineParserTest, VejleNamesPairWithTheValueThatFollows) {
  // vejle-2026-delaftale-kriminalitetsforebyggelse.txt:80-89 after merging.
  BaselineCellOptions options;
  options.unit = Unit::kShare;
  options.named_scope = BaselineScope::kBoligomraade;
  const auto baselines = ParseBaselineCell(
      "Nørremarken 4,2 % Løget Høj 5,8 % Søndermarken 2,6 % Vestbyen 2,6 % Midtbyen 2,9 % Centrum SV Ingen data "
      "Zone 7 0,8 %",
      options, RepoLabels());
  ASSERT_EQ(baselines.size(), 7u);
  EXPECT_EQ(baselines[0].area, "Nørremarken");
  EXPECT_EQ(baselines[0].value.value, 4.2);
  EXPECT_EQ(baselines[0].scope, BaselineScope::kBoligomraade);
  EXPECT_EQ(baselines[1].area, "Løget Høj");
  EXPECT_EQ(baselines[1].value.value, 5.8);
  EXPECT_EQ(baselines[5].area, "Centrum SV");
  EXPECT_FALSE(baselines[5].value.value.has_value());
  EXPECT_EQ(baselines[5].value.status, ValueStatus::kNotAvailable);
  EXPECT_EQ(baselines[5].value.note, "Ingen data");
  EXPECT_EQ(baselines[6].area, "Zone 7");
  EXPECT_EQ(baselines[6].scope, BaselineScope::kZone);
  EXPECT_EQ(baselines[6].value.value, 0.8);
}

TEST(BaselineParserTest, NameAfterALoneValue) {
  // F7 "74,2% Korskærparken" and F8 "17% Hele befolkningen" (fredericia 291-292).
  BaselineCellOptions options;
  options.unit = Unit::kShare;
  auto baselines = ParseBaselineCell("74,2% Korskærparken", options, RepoLabels());
  ASSERT_EQ(baselines.size(), 1u);
  EXPECT_EQ(baselines[0].area, "Korskærparken");
  EXPECT_EQ(baselines[0].scope, BaselineScope::kBoligomraade);
  EXPECT_EQ(baselines[0].value.value, 74.2);
  options.default_scope = BaselineScope::kKommune;
  options.named_scope = BaselineScope::kKommune;
  baselines = ParseBaselineCell("17% Hele befolkningen", options, RepoLabels());
  ASSERT_EQ(baselines.size(), 1u);
  EXPECT_EQ(baselines[0].scope, BaselineScope::kPopulation);
  EXPECT_EQ(baselines[0].value.value, 17);
}

TEST(BaselineParserTest, DashAndIngenDataAreNotAvailable) {
  BaselineCellOptions options;
  options.unit = Unit::kCount;
  auto baselines = ParseBaselineCell("-", options, RepoLabels());
  ASSERT_EQ(baselines.size(), 1u);
  EXPECT_EQ(baselines[0].value.status, ValueStatus::kNotAvailable);
  EXPECT_EQ(baselines[0].value.unit, Unit::kCount);
  baselines = ParseBaselineCell("Ingen data", options, RepoLabels());
  ASSERT_EQ(baselines.size(), 1u);
  EXPECT_EQ(baselines[0].value.status, ValueStatus::kNotAvailable);
}

TEST(BaselineParserTest, PendingUntilTheStatedDate) {
  // aalborg-oest-2017-delaftale-kriminalpraeventiv.txt:210 (R6).
  BaselineCellOptions options;
  options.unit = Unit::kCaseCount;
  const auto baselines = ParseBaselineCell("Baseline kan tidligst etableres 1/2 2017", options, RepoLabels());
  ASSERT_EQ(baselines.size(), 1u);
  EXPECT_EQ(baselines[0].value.status, ValueStatus::kPending);
  EXPECT_EQ(baselines[0].value.until, Date(2017, 2, 1));
  EXPECT_EQ(baselines[0].value.note, "Baseline kan tidligst etableres 1/2 2017");
}

TEST(BaselineParserTest, SchoolYearIsARemarkAndScopesComeFromWords) {
  // fredericia 845 and 1569.
  BaselineCellOptions options;
  options.unit = Unit::kShare;
  auto baselines = ParseBaselineCell("Kirstinebjergdistrikt: Indre Ringvej: 3,7% i 2019/2020*", options, RepoLabels());
  ASSERT_EQ(baselines.size(), 1u);
  EXPECT_EQ(baselines[0].area, "Indre Ringvej");
  EXPECT_EQ(baselines[0].value.value, 3.7);
  baselines = ParseBaselineCell("<i>Fredericia Kommune: 83,9% Sydøstjyllands politikreds: 87,7</i>", options,
                                RepoLabels());
  ASSERT_EQ(baselines.size(), 2u);
  EXPECT_EQ(baselines[0].scope, BaselineScope::kKommune);
  EXPECT_EQ(baselines[0].value.value, 83.9);
  EXPECT_EQ(baselines[1].scope, BaselineScope::kPolitikreds);
  EXPECT_EQ(baselines[1].value.value, 87.7);
}

TEST(BaselineParserTest, ThousandsSeparatorAndNoInventedNumbers) {
  BaselineCellOptions options;
  options.unit = Unit::kShare;
  const auto baselines = ParseBaselineCell("Fredericia: 13,0 / 4.158", options, RepoLabels());
  ASSERT_EQ(baselines.size(), 1u);
  EXPECT_EQ(baselines[0].value.numerator, 4158);
  EXPECT_TRUE(ParseBaselineCell("", options, RepoLabels()).empty());
  EXPECT_TRUE(ParseBaselineCell("Der skal måles efter tallene pr. 1.1.2023", options, RepoLabels()).empty());
}

TEST(BaselineParserTest, UnitFromIndicatorName) {
  EXPECT_EQ(UnitFromIndicatorName("Andel 15-29-årige, som er sigtet", RepoLabels()), Unit::kShare);
  EXPECT_EQ(UnitFromIndicatorName("Karaktergennemsnit på lokale skoler.", RepoLabels()), Unit::kGrade);
  EXPECT_EQ(UnitFromIndicatorName("Antal aktivitetsparate unge", RepoLabels()), Unit::kCount);
  // "valgdeltagelse" is a share word in data/import/labels-2019-26.json.
  EXPECT_EQ(UnitFromIndicatorName("Valgdeltagelsestal", RepoLabels()), Unit::kShare);
  EXPECT_FALSE(UnitFromIndicatorName("Elevfravær i folkeskolen", RepoLabels()).has_value());
}

TEST(BaselineParserTest, AValuesOwnYear) {
  // fredericia-2023-helhedsplan.txt:845, 849.
  BaselineCellOptions options;
  const auto baselines =
      ParseBaselineCell("Kirstinebjergdistrikt: Indre Ringvej: 3,7% i 2019/2020* <p>Høgevej: 6,2%</p>", options,
                        RepoLabels());
  ASSERT_EQ(baselines.size(), 2u);
  EXPECT_EQ(baselines[0].area, "Indre Ringvej");
  EXPECT_EQ(baselines[0].year, "2019/2020");
  EXPECT_FALSE(baselines[1].year.has_value());
}

}  // namespace
}  // namespace helhed::import
