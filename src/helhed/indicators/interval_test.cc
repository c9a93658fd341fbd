// SPDX-License-Identifier: Apache-2.0
// Interval formulas against values worked out by hand from the formulas in
// shared/domain/indicators.md §7.
#include "helhed/indicators/interval.h"

#include <cmath>

#include <gtest/gtest.h>

namespace helhed::indicators {
namespace {

// EVIDENCE-OF: shared/domain/indicators.md §7: "15 of 700 = 2,1 % (1,3-3,5 %)"
// and "300 of 700 = 42,9 % (39,2-46,6 %)".
TEST(IntervalTest, WilsonMatchesWorkedExamples) {
  const auto a = WilsonInterval(15, 700);
  ASSERT_TRUE(a.has_value());
  // Rounded to one decimal of a percent, as the notes print them.
  EXPECT_EQ(std::round(a->low * 1000), 13);
  EXPECT_EQ(std::round(a->high * 1000), 35);
  const auto b = WilsonInterval(300, 700);
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(std::round(b->low * 1000), 392);
  EXPECT_EQ(std::round(b->high * 1000), 466);
  // Unrounded, from the formula: 0.392399 and 0.465524.
  EXPECT_NEAR(b->low, 0.3923988, 1e-6);
  EXPECT_NEAR(b->high, 0.4655238, 1e-6);
}

// EVIDENCE-OF: shared/domain/indicators.md §7, Aalborg AK1: 24 of ≈571 gives
// "2,8-6,2 %".
TEST(IntervalTest, WilsonMatchesAalborgExample) {
  const auto i = WilsonInterval(24, 571);
  ASSERT_TRUE(i.has_value());
  EXPECT_NEAR(i->low * 100, 2.8, 0.05);
  EXPECT_NEAR(i->high * 100, 6.2, 0.05);
}

TEST(IntervalTest, WilsonExactValuesFromFormula) {
  // k=0, n=10: centre = (0 + 0.19208)/1.38416 = 0.1387701; half = 1.96/1.38416 *
  // sqrt(0.0096040) = 0.1387701: the interval is [0, 0.2775402].
  const auto i = WilsonInterval(0, 10);
  ASSERT_TRUE(i.has_value());
  EXPECT_NEAR(i->low, 0.0, 1e-12);
  EXPECT_NEAR(i->high, 0.2775402, 1e-6);
  // k=n=10 mirrors it.
  const auto j = WilsonInterval(10, 10);
  EXPECT_NEAR(j->low, 1 - 0.2775402, 1e-6);
  EXPECT_NEAR(j->high, 1.0, 1e-12);
  EXPECT_FALSE(WilsonInterval(0, 0).has_value());
}

TEST(IntervalTest, MeanIntervalUsesStudentT) {
  // Values 4, 6, 8, 10: mean 7, s² = (16+36+64+100 - 28²/4)/3 = 20/3,
  // half = t(0.975,3)=3.1824 · sqrt(20/3/4) = 3.1824 · 1.290994 = 4.108461.
  const auto i = MeanInterval(28, 216, 4);
  ASSERT_TRUE(i.has_value());
  EXPECT_NEAR(i->low, 7 - 4.108461, 1e-5);
  EXPECT_NEAR(i->high, 7 + 4.108461, 1e-5);
  EXPECT_FALSE(MeanInterval(5, 25, 1).has_value());
}

TEST(IntervalTest, StudentTApproachesNormal) {
  EXPECT_DOUBLE_EQ(StudentT975(1), 12.7062);
  EXPECT_DOUBLE_EQ(StudentT975(30), 2.0423);
  EXPECT_NEAR(StudentT975(40), 2.0211, 1e-4);
  EXPECT_NEAR(StudentT975(120), 1.9799, 1e-4);
  EXPECT_NEAR(StudentT975(100000), 1.96, 1e-4);
}

}  // namespace
}  // namespace helhed::indicators
