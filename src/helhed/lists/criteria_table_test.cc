// SPDX-License-Identifier: Apache-2.0
#include "helhed/lists/criteria_table.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace helhed::lists {
namespace {

using ::helhed::testing::StatusIs;
using ::testing::HasSubstr;

CriteriaTableOptions Options() {
  CriteriaTableOptions options;
  options.national_convicted_share = Rational(76, 10000);
  options.national_year = 2024;
  options.population_shares = {Rational(3, 5), Rational(4, 5), Rational(39, 100), "test"};
  return options;
}

constexpr const char* kHeader =
    "area_id;area_name;year;residents;outside_work_share;non_western_share;convicted_share;"
    "basic_education_share;income_ratio\n";

TEST(CriteriaTableTest, ReadsDanishDecimalsPercentSignsAndMissingValues) {
  const std::string text = std::string(kHeader) +
                           "F4;Alle 4 zoner;2024;8.282;35 %;22,1%;1,8;52,6;69,2\n"
                           "\"X\";\"Område; med semikolon\";2024;1.000;41,5;-;2,4;-;50\n";
  ASSERT_OK_AND_ASSIGN(std::vector<AreaInput> rows, ParseCriteriaTable(text, "k.csv", Options()));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].area_id, "F4");
  EXPECT_EQ(rows[0].residents, 8282);
  EXPECT_EQ(rows[0].outside_work->value, Rational(35, 100));
  EXPECT_EQ(rows[0].non_western->value, Rational(221, 1000));
  EXPECT_EQ(rows[0].convicted->value, Rational(18, 1000));
  EXPECT_EQ(rows[0].income->ratio, Rational(692, 1000));
  // 8.282 × 60 % = 4.969,2 -> 4.969 estimated 18-64-year-olds.
  EXPECT_EQ(rows[0].outside_work->estimated_population, 4969);
  EXPECT_TRUE(rows[0].outside_work->estimated);
  EXPECT_EQ(rows[0].national_convicted_share, Rational(76, 10000));
  EXPECT_EQ(rows[1].area_name, "Område; med semikolon");
  EXPECT_FALSE(rows[1].non_western.has_value());
  EXPECT_FALSE(rows[1].basic_education.has_value());
}

TEST(CriteriaTableTest, ReportsEveryBadCellWithLineAndColumn) {
  const std::string text = std::string(kHeader) +
                           "A;a;2024;1000;41.5;10;1;1;1\n"
                           "B;b;24;1000;41,5;;1;1;1\n"
                           "C;c;2024;1000;141;10;1;1;1\n";
  const auto result = ParseCriteriaTable(text, "k.csv", Options());
  EXPECT_THAT(result, StatusIs(StatusCode::kInvalidArgument, HasSubstr("k.csv, linje 2, kolonne outside_work_share")));
  EXPECT_THAT(result, StatusIs(StatusCode::kInvalidArgument, HasSubstr("k.csv, linje 3, kolonne year")));
  EXPECT_THAT(result, StatusIs(StatusCode::kInvalidArgument,
                               HasSubstr("linje 3, kolonne non_western_share: cellen er tom; skriv - for en manglende")));
  EXPECT_THAT(result, StatusIs(StatusCode::kInvalidArgument,
                               HasSubstr("linje 4, kolonne outside_work_share: \"141\" er ikke en procentandel")));
}

TEST(CriteriaTableTest, NamesMissingColumns) {
  EXPECT_THAT(ParseCriteriaTable("area_id;year\nA;2024\n", "k.csv", Options()),
              StatusIs(StatusCode::kInvalidArgument, HasSubstr("kolonner mangler: area_name, residents")));
}

TEST(CriteriaTableTest, CommaSeparatedWithQuotedDecimals) {
  const std::string text =
      "area_id,area_name,year,residents,outside_work_share,non_western_share,convicted_share,"
      "basic_education_share,income_ratio,national_convicted_share,population_18_64\n"
      "A,Parken,2023,1200,\"41,5\",\"55\",\"2,5\",\"61\",\"50\",\"0,8\",700\n";
  ASSERT_OK_AND_ASSIGN(std::vector<AreaInput> rows, ParseCriteriaTable(text, "k.csv", Options()));
  EXPECT_EQ(rows[0].outside_work->value, Rational(415, 1000));
  EXPECT_EQ(rows[0].outside_work->estimated_population, 700);
  EXPECT_FALSE(rows[0].outside_work->estimated);
  EXPECT_TRUE(rows[0].convicted->estimated);
  EXPECT_FALSE(rows[0].non_western->estimated);
  // The row's own national share wins over --national-convicted.
  EXPECT_EQ(rows[0].national_convicted_share, Rational(8, 1000));
}

}  // namespace
}  // namespace helhed::lists
