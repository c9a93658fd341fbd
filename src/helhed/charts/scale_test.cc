// SPDX-License-Identifier: Apache-2.0
#include "helhed/charts/internal/scale.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace helhed::charts::internal {
namespace {

using ::testing::ElementsAre;

TEST(ScaleTest, ShareAxisRoundsToTens) {
  const Axis axis = NiceAxis(0, 37);
  EXPECT_EQ(axis.min, 0);
  EXPECT_EQ(axis.max, 40);
  EXPECT_THAT(axis.ticks, ElementsAre(0, 10, 20, 30, 40));
  EXPECT_EQ(TickDecimals(axis), 0);
}

TEST(ScaleTest, ValueOnATickGetsNoExtraStep) {
  EXPECT_EQ(NiceAxis(0, 30).max, 30);
}

TEST(ScaleTest, GradeAxisCoversBothEnds) {
  const Axis axis = NiceAxis(5.4, 7.5);
  EXPECT_THAT(axis.ticks, ElementsAre(5.0, 6.0, 7.0, 8.0));
}

TEST(ScaleTest, NarrowRangeGetsDecimalTicks) {
  const Axis axis = NiceAxis(2.2, 3.1);
  EXPECT_THAT(axis.ticks, ElementsAre(2.0, 2.25, 2.5, 2.75, 3.0, 3.25));
  EXPECT_EQ(TickDecimals(axis), 2);
}

TEST(ScaleTest, SingleValueIsWidened) {
  const Axis axis = NiceAxis(20, 20);
  EXPECT_LT(axis.min, 20);
  EXPECT_GT(axis.max, 20);
}

TEST(ScaleTest, LinearScaleMapsDescendingPixels) {
  const LinearScale y(0, 40, 246, 16);
  EXPECT_DOUBLE_EQ(y(0), 246);
  EXPECT_DOUBLE_EQ(y(40), 16);
  EXPECT_DOUBLE_EQ(y(20), 131);
}

}  // namespace
}  // namespace helhed::charts::internal
