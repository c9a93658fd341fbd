// SPDX-License-Identifier: Apache-2.0
#include "helhed/lists/distance.h"

#include <gtest/gtest.h>

namespace helhed::lists {
namespace {

std::vector<YearCount> Years(std::initializer_list<std::pair<int64_t, int64_t>> counts) {
  std::vector<YearCount> years;
  int year = 2023;
  for (const auto& [count, population] : counts) years.push_back({year++, Rational::Integer(count), population});
  return years;
}

const Rational kForty(2, 5);

TEST(DistanceTest, ExactlyFortyPercentIsNotAboveAndOnePersonTipsIt) {
  // EVIDENCE-OF: almenboligloven § 61 a, stk. 1, nr. 1: "overstiger 40 pct."
  const auto years = Years({{400, 1000}});
  EXPECT_EQ(CombineYears(years, TwoYearMethod::kMeanOfShares), kForty);
  EXPECT_FALSE(Meets(kForty, Comparison::kAbove, kForty));
  EXPECT_EQ(PersonsToFlip(years, TwoYearMethod::kMeanOfShares, Comparison::kAbove, kForty, false), 1);
  // 401 of 1000 is above; one person into work brings it back to exactly 40 %.
  EXPECT_EQ(PersonsToFlip(Years({{401, 1000}}), TwoYearMethod::kMeanOfShares, Comparison::kAbove, kForty, true), 1);
}

TEST(DistanceTest, TwoYearMeanOfSharesEqualPopulations) {
  // EVIDENCE-OF: almenboligloven § 61 a, stk. 1, nr. 1: "opgjort som gennemsnit over de seneste 2 år"
  const auto years = Years({{450, 1000}, {430, 1000}});
  EXPECT_EQ(CombineYears(years, TwoYearMethod::kMeanOfShares), Rational(44, 100));
  // (370 + 430) / 2000 = 40,0 %: 80 person-years, no fewer.
  EXPECT_EQ(PersonsToFlip(years, TwoYearMethod::kMeanOfShares, Comparison::kAbove, kForty, true), 80);
}

TEST(DistanceTest, ChangesGoFirstToTheSmallerYear) {
  // 60/100 and 400/1000: mean of shares 50 %. One person in the small year
  // moves the mean ten times as much: 20 changes there give 40/100 and 40 %.
  const auto years = Years({{60, 100}, {400, 1000}});
  EXPECT_EQ(CombineYears(years, TwoYearMethod::kMeanOfShares), Rational(1, 2));
  EXPECT_EQ(PersonsToFlip(years, TwoYearMethod::kMeanOfShares, Comparison::kAbove, kForty, true), 20);
}

TEST(DistanceTest, SpillsIntoTheOtherYearWhenTheSmallYearIsUsedUp) {
  // 10/100 and 900/1000 (mean 50 %): all 10 in the small year (-5 points),
  // then 100 in the large one: 0/100 and 800/1000 give exactly 40 %.
  const auto years = Years({{10, 100}, {900, 1000}});
  EXPECT_EQ(PersonsToFlip(years, TwoYearMethod::kMeanOfShares, Comparison::kAbove, kForty, true), 110);
}

TEST(DistanceTest, PooledMethodUsesSummedCounts) {
  const auto years = Years({{60, 100}, {400, 1000}});
  EXPECT_EQ(CombineYears(years, TwoYearMethod::kPooled), Rational(460, 1100));
  EXPECT_EQ(PersonsToFlip(years, TwoYearMethod::kPooled, Comparison::kAbove, kForty, true), 20);
}

TEST(DistanceTest, ExactlyThreeTimesNationalIsAtLeastThreeTimes) {
  // EVIDENCE-OF: almenboligloven § 61 a, stk. 1, nr. 2: "udgør mindst 3 gange landsgennemsnittet"
  const Rational threshold = Rational::Integer(3) * Rational(76, 10000);  // 3 × 0,76 % = 2,28 %
  const auto at = Years({{114, 5000}, {114, 5000}});
  EXPECT_EQ(CombineYears(at, TwoYearMethod::kMeanOfShares), threshold);
  EXPECT_TRUE(Meets(threshold, Comparison::kAtLeast, threshold));
  // One convicted person fewer takes it strictly below.
  EXPECT_EQ(PersonsToFlip(at, TwoYearMethod::kMeanOfShares, Comparison::kAtLeast, threshold, true), 1);
  // 113 and 114 of 5000: 2,27 %; one more reaches 2,28 %.
  const auto below = Years({{113, 5000}, {114, 5000}});
  EXPECT_EQ(PersonsToFlip(below, TwoYearMethod::kMeanOfShares, Comparison::kAtLeast, threshold, false), 1);
  // 100 and 100 of 5000 (2,00 %): 28 more person-years reach 228/10000.
  const auto far = Years({{100, 5000}, {100, 5000}});
  EXPECT_EQ(PersonsToFlip(far, TwoYearMethod::kMeanOfShares, Comparison::kAtLeast, threshold, false), 28);
}

TEST(DistanceTest, UnreachableThresholdHasNoDistance) {
  EXPECT_EQ(PersonsToFlip(Years({{0, 10}}), TwoYearMethod::kMeanOfShares, Comparison::kAbove, Rational::Integer(1),
                          false),
            std::nullopt);
}

TEST(DistanceTest, WilsonMatchesTheDomainExamples) {
  // shared/domain/indicators.md §7: 15 of 700 = 1,3-3,5 %; 300 of 700 = 39,2-46,6 %; 24 of 571 = 2,8-6,2 %.
  const Interval a = WilsonInterval(15, 700);
  EXPECT_NEAR(a.low, 0.013, 0.0005);
  EXPECT_NEAR(a.high, 0.035, 0.0005);
  const Interval b = WilsonInterval(300, 700);
  EXPECT_NEAR(b.low, 0.392, 0.0005);
  EXPECT_NEAR(b.high, 0.466, 0.0005);
  const Interval c = WilsonInterval(24, 571);
  EXPECT_NEAR(c.low, 0.028, 0.0005);
  EXPECT_NEAR(c.high, 0.062, 0.0005);
}

}  // namespace
}  // namespace helhed::lists
