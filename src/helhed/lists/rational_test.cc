// SPDX-License-Identifier: Apache-2.0
#include "helhed/lists/rational.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace helhed::lists {
namespace {

using ::helhed::testing::StatusIs;

TEST(RationalTest, ComparesExactlyWhereDoublesWouldNot) {
  // 0,1 + 0,2 == 0,3 exactly, unlike binary floating point.
  EXPECT_EQ(Rational(1, 10) + Rational(2, 10), Rational(3, 10));
  EXPECT_TRUE(Rational(400, 1000) == Rational(2, 5));
  EXPECT_FALSE(Rational(400, 1000) > Rational(2, 5));
  EXPECT_TRUE(Rational(401, 1000) > Rational(2, 5));
  EXPECT_EQ(Rational(7, 2).Floor(), 3);
  EXPECT_EQ(Rational(7, 2).Ceil(), 4);
  EXPECT_EQ(Rational(-7, 2).Floor(), -4);
  EXPECT_EQ(Rational(-7, 2).Ceil(), -3);
  EXPECT_EQ(Rational(8, 2).Ceil(), 4);
}

TEST(RationalTest, ParsesDanishDecimalsExactly) {
  ASSERT_OK_AND_ASSIGN(Rational a, ParseDanishDecimal("41,5"));
  EXPECT_EQ(a, Rational(83, 2));
  ASSERT_OK_AND_ASSIGN(Rational b, ParseDanishDecimal("41,5 %"));
  EXPECT_EQ(b, Rational(83, 2));
  ASSERT_OK_AND_ASSIGN(Rational c, ParseDanishDecimal("0,76"));
  EXPECT_EQ(PercentToShare(c), Rational(76, 10000));
  ASSERT_OK_AND_ASSIGN(Rational d, ParseDanishDecimal("8.282"));
  EXPECT_EQ(d, Rational::Integer(8282));
  ASSERT_OK_AND_ASSIGN(Rational e, ParseDanishDecimal("-1.234,5"));
  EXPECT_EQ(e, Rational(-2469, 2));
  EXPECT_THAT(ParseDanishDecimal("-"), StatusIs(StatusCode::kInvalidArgument));
  EXPECT_THAT(ParseDanishDecimal("41.5"), StatusIs(StatusCode::kInvalidArgument));
}

TEST(RationalTest, FormatsPercentRoundingHalfAway) {
  EXPECT_EQ(FormatSharePercent(Rational(2, 5), 1), "40,0 %");
  EXPECT_EQ(FormatSharePercent(Rational(4005, 10000), 1), "40,1 %");
  EXPECT_EQ(FormatSharePercent(Rational(228, 10000), 2), "2,28 %");
}

}  // namespace
}  // namespace helhed::lists
