// SPDX-License-Identifier: Apache-2.0
#include "helhed/base/danish_number.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace helhed {
namespace {

using ::helhed::testing::StatusIs;

TEST(DanishNumberTest, FormatsWithCommaAndThousandDots) {
  EXPECT_EQ(FormatDanish(4158, 0), "4.158");
  EXPECT_EQ(FormatDanish(1107000, 0), "1.107.000");
  EXPECT_EQ(FormatDanish(41.56, 1), "41,6");
  EXPECT_EQ(FormatDanish(0.76, 2), "0,76");
  EXPECT_EQ(FormatDanish(-1234.5, 1), "-1.234,5");
  EXPECT_EQ(FormatDanish(-0.01, 1), "0,0");
  EXPECT_EQ(FormatDanishPercent(81.7, 1), "81,7 %");
}

TEST(DanishNumberTest, ParsesWhatUsersType) {
  struct Case { const char* text; double value; };
  const Case cases[] = {
      {"41,5", 41.5}, {"4.158", 4158}, {"1.234,5", 1234.5}, {"81,7%", 81.7},
      {"18,5 %", 18.5}, {"-3", -3}, {"0,76", 0.76}, {" 7 ", 7}, {"1.107.000", 1107000},
  };
  for (const auto& c : cases) {
    ASSERT_OK_AND_ASSIGN(double v, ParseDanishNumber(c.text));
    EXPECT_DOUBLE_EQ(v, c.value) << c.text;
  }
}

TEST(DanishNumberTest, RefusesToGuess) {
  for (const char* text : {"-", "", "ingen data", "41.5", "4.15", "1,2,3", "12a", "%"}) {
    EXPECT_THAT(ParseDanishNumber(text), StatusIs(StatusCode::kInvalidArgument)) << text;
  }
}

}  // namespace
}  // namespace helhed
