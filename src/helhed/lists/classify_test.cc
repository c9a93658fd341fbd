// SPDX-License-Identifier: Apache-2.0
#include "helhed/lists/classify.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/lists/rules_loader.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::lists {
namespace {

using ::helhed::testing::SourceDir;
using ::helhed::testing::StatusIs;
using ::testing::HasSubstr;

ShareInput Share(std::initializer_list<std::pair<int64_t, int64_t>> counts) {
  ShareInput share;
  int year = 2023;
  for (const auto& [count, population] : counts) share.years.push_back({year++, Rational::Integer(count), population});
  Rational sum;
  for (const auto& y : share.years) sum = sum + y.count / Rational::Integer(y.population);
  share.value = sum / Rational::Integer(static_cast<int64_t>(share.years.size()));
  return share;
}

IncomeInput Income(int64_t area_kr, int64_t area_persons, int64_t region_kr, int64_t region_persons) {
  IncomeInput income;
  income.ratio = Rational(area_kr, area_persons) / Rational(region_kr, region_persons);
  income.sums = IncomeInput::Sums{area_kr, area_persons, region_kr, region_persons};
  return income;
}

// 1.000 residents; outside work 45 % and only grundskole 65 % are met, the
// conviction share (1 %) and the income ratio (70 %) are not; 40 % non-Western.
AreaInput UdsatArea() {
  AreaInput area;
  area.area_id = "A1";
  area.area_name = "Testparken";
  area.list_year = 2024;
  area.residents = 1000;
  area.outside_work = Share({{270, 600}, {270, 600}});
  area.convicted = Share({{8, 800}, {8, 800}});
  area.basic_education = Share({{260, 400}});
  area.income = Income(14'000'000, 100, 200'000'000'000, 1'000'000);
  area.non_western = Share({{400, 1000}});
  area.national_convicted_share = Rational(75, 10000);
  return area;
}

class ClassifyTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto loaded = LoadListRules(SourceDir() / "data", 2024);
    ASSERT_TRUE(loaded.ok()) << loaded.status();
    rules_ = *loaded;
  }
  AreaResult Classify(const AreaInput& area, const std::vector<EarlierCategory>& earlier = {}) {
    auto result = ClassifyArea(area, rules_, earlier);
    EXPECT_TRUE(result.ok()) << result.status();
    return result.ok() ? *result : AreaResult{};
  }
  ListRules rules_;
};

TEST_F(ClassifyTest, TwoOfFourMakeAnUdsatArea) {
  // EVIDENCE-OF: almenboligloven § 61 a, stk. 1: "mindst 2 af følgende 4 kriterier er opfyldt"
  const AreaResult result = Classify(UdsatArea());
  EXPECT_EQ(result.category, Category::kVulnerable);
  EXPECT_EQ(result.category_name, "udsat boligområde");
  EXPECT_EQ(result.vulnerable_met, 2);
  // At the lower thresholds outside work (> 30 %) and education still count 2,
  // but an udsat area is not also a forebyggelsesområde by the 2024 rules.
  EXPECT_EQ(result.prevention_met, 2);
  EXPECT_FALSE(result.also_prevention);
  // 45 % over two years of 600: 30 persons in each year, 60 person-years.
  EXPECT_EQ(result.criteria[0].id, "outside_work");
  EXPECT_EQ(result.criteria[0].vulnerable.distance_persons, 60);
  EXPECT_EQ(result.criteria[0].vulnerable.explanation,
            "60 flere beboere i beskæftigelse eller uddannelse bringer andelen ned på højst 40,0 % "
            "(gennemsnit af 2023 og 2024)");
  // 260 of 400 only grundskole: 20 more with an education reach exactly 60 %.
  EXPECT_EQ(result.criteria[2].vulnerable.distance_persons, 20);
}

TEST_F(ClassifyTest, NineHundredNinetyNineResidentsAreTooFew) {
  // EVIDENCE-OF: almenboligloven § 61 a, stk. 1: "med mindst 1.000 beboere"
  AreaInput area = UdsatArea();
  area.residents = 999;
  const AreaResult small = Classify(area);
  EXPECT_EQ(small.category, Category::kNone);
  EXPECT_THAT(small.notes, ::testing::Contains(HasSubstr("999 beboere; listerne kræver mindst 1000")));
  area.residents = 1000;
  EXPECT_EQ(Classify(area).category, Category::kVulnerable);
}

TEST_F(ClassifyTest, ExactlyFortyPercentIsNotAboveFortyPercent) {
  // EVIDENCE-OF: almenboligloven § 61 a, stk. 1, nr. 1: "overstiger 40 pct."
  AreaInput area = UdsatArea();
  area.outside_work = Share({{240, 600}, {240, 600}});  // 40,0 % exactly
  const AreaResult result = Classify(area);
  EXPECT_EQ(result.criteria[0].vulnerable.met, false);
  EXPECT_EQ(result.criteria[0].vulnerable.distance_persons, 1);
  EXPECT_EQ(result.vulnerable_met, 1);
  // Still above 30 % with 40 % non-Western: a forebyggelsesområde (§ 61 b).
  EXPECT_EQ(result.category, Category::kPrevention);
  EXPECT_EQ(result.category_name, "forebyggelsesområde");
}

TEST_F(ClassifyTest, ExactlyThreeTimesTheNationalShareMeetsAtLeastThreeTimes) {
  // EVIDENCE-OF: almenboligloven § 61 a, stk. 1, nr. 2: "udgør mindst 3 gange landsgennemsnittet"
  AreaInput area = UdsatArea();
  area.basic_education = Share({{200, 400}});   // 50 %: not met
  area.convicted = Share({{18, 800}, {18, 800}});  // 2,25 % = 3 × 0,75 %
  const AreaResult result = Classify(area);
  EXPECT_EQ(result.criteria[1].vulnerable.threshold, Rational(225, 10000));
  EXPECT_EQ(result.criteria[1].vulnerable.met, true);
  EXPECT_EQ(result.category, Category::kVulnerable);
  area.convicted = Share({{17, 800}, {18, 800}});
  EXPECT_EQ(Classify(area).category, Category::kPrevention);
}

TEST_F(ClassifyTest, MoreThanHalfNonWesternMakesAParallelsamfund) {
  // EVIDENCE-OF: almenboligloven § 61 a, stk. 2: "overstiger 50 pct."
  AreaInput area = UdsatArea();
  area.non_western = Share({{500, 1000}});
  EXPECT_EQ(Classify(area).category, Category::kVulnerable);
  area.non_western = Share({{501, 1000}});
  EXPECT_EQ(Classify(area).category, Category::kParallel);
  area.non_western = Share({{502, 1000}});
  const AreaResult result = Classify(area);
  // 50,2 % of 1.000: 50 % lies well inside the 95 % interval (47,1-53,3 %).
  EXPECT_EQ(result.criteria[4].vulnerable.within_uncertainty, true);
  EXPECT_EQ(result.criteria[4].vulnerable.explanation,
            "2 beboere færre med ikke-vestlig baggrund bringer andelen ned på højst 50,0 %; grænsen ligger inden for "
            "den statistiske usikkerhed");
}

TEST_F(ClassifyTest, FiveListsInARowMakeAnOmdannelsesomraade) {
  // EVIDENCE-OF: almenboligloven § 61 a, stk. 4 (shared/domain/indicators.md §5): "a parallelsamfund in each of the last 5 years"
  AreaInput area = UdsatArea();
  area.non_western = Share({{600, 1000}});
  const std::vector<EarlierCategory> four = {{2020, Category::kParallel, "ghettoområde"},
                                             {2021, Category::kParallel, "parallelsamfund"},
                                             {2022, Category::kParallel, "parallelsamfund"},
                                             {2023, Category::kTransformation, "omdannelsesområde"}};
  EXPECT_EQ(Classify(area, four).category, Category::kTransformation);
  std::vector<EarlierCategory> gap = four;
  gap[0].category = Category::kVulnerable;
  EXPECT_EQ(Classify(area, gap).category, Category::kParallel);
  // Unknown history: stays parallelsamfund and says why.
  const AreaResult unknown = Classify(area, {four[2], four[3]});
  EXPECT_EQ(unknown.category, Category::kParallel);
  EXPECT_THAT(unknown.notes, ::testing::Contains(HasSubstr("4 foregående listeår")));
}

TEST_F(ClassifyTest, MissingValueThatCouldDecideGivesUndetermined) {
  AreaInput area = UdsatArea();
  area.basic_education.reset();
  const AreaResult result = Classify(area);
  EXPECT_EQ(result.unknown, 1);
  EXPECT_EQ(result.category, Category::kUndetermined);
  // When two criteria are met anyway, a missing third does not matter.
  area = UdsatArea();
  area.income.reset();
  EXPECT_EQ(Classify(area).category, Category::kVulnerable);
}

TEST_F(ClassifyTest, IncomeExactlyFiftyFivePercentIsNotBelow) {
  // EVIDENCE-OF: almenboligloven § 61 a, stk. 1, nr. 4: "udgør mindre end 55 pct."
  AreaInput area = UdsatArea();
  area.income = Income(5'500'000, 100, 100'000'000, 1000);
  AreaResult result = Classify(area);
  EXPECT_EQ(result.criteria[3].vulnerable.met, false);
  EXPECT_EQ(result.criteria[3].vulnerable.distance_kr_total, 1);
  // 50.000 against 100.000: the area's total must rise by 529.101 kr.
  // (the region's total rises with it), 5.292 kr. per person.
  area.income = Income(5'000'000, 100, 100'000'000, 1000);
  result = Classify(area);
  EXPECT_EQ(result.criteria[3].vulnerable.met, true);
  EXPECT_EQ(result.criteria[3].vulnerable.distance_kr_total, 529101);
  EXPECT_EQ(result.criteria[3].vulnerable.distance_kr_per_person, 5292);
  EXPECT_EQ(result.criteria[3].vulnerable.explanation,
            "den gennemsnitlige bruttoindkomst skal stige med 5.292 kr. pr. person (529.101 kr. i alt) for at nå "
            "55,0 % af regionens gennemsnit");
  EXPECT_EQ(result.category, Category::kVulnerable);
}

TEST_F(ClassifyTest, UnknownNationalConvictedShareIsReported) {
  AreaInput area = UdsatArea();
  area.national_convicted_share.reset();
  EXPECT_THAT(ClassifyArea(area, rules_, {}),
              StatusIs(StatusCode::kFailedPrecondition, HasSubstr("--national-convicted")));
}

TEST_F(ClassifyTest, EarlierYearsAreClassifiedWithTheirOwnRules) {
  std::vector<AreaInput> inputs;
  for (int year = 2019; year <= 2024; ++year) {
    AreaInput area = UdsatArea();
    area.list_year = year;
    area.non_western = Share({{600, 1000}});
    inputs.push_back(area);
  }
  const auto rules_for = [](int year) { return LoadListRules(SourceDir() / "data", year); };
  ASSERT_OK_AND_ASSIGN(std::vector<AreaResult> results, ClassifyAreas(inputs, 2024, rules_for));
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].category, Category::kTransformation);
  ASSERT_EQ(results[0].earlier.size(), 5u);
  EXPECT_EQ(results[0].earlier[0].name, "ghettoområde");
  EXPECT_EQ(results[0].earlier[0].list_year, 2019);
  EXPECT_EQ(results[0].earlier[4].name, "omdannelsesområde");
  // Two rows for one year are refused.
  inputs.push_back(inputs.back());
  EXPECT_THAT(ClassifyAreas(inputs, 2024, rules_for), StatusIs(StatusCode::kInvalidArgument, HasSubstr("to rækker")));
}

}  // namespace
}  // namespace helhed::lists
