// SPDX-License-Identifier: Apache-2.0
#include "helhed/lists/rules_loader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::lists {
namespace {

using ::helhed::testing::SourceDir;
using ::helhed::testing::StatusIs;
using ::testing::HasSubstr;

TEST(RulesLoaderTest, Loads2024RulesWithEveryThreshold) {
  ASSERT_OK_AND_ASSIGN(ListRules rules, LoadListRules(SourceDir() / "data", 2024));
  EXPECT_EQ(rules.rule_set, "2021");
  EXPECT_EQ(rules.min_residents, 1000);
  EXPECT_EQ(rules.criteria_required, 2);
  ASSERT_EQ(rules.criteria.size(), 4u);
  const CriterionRule* outside = rules.FindCriterion("outside_work");
  ASSERT_NE(outside, nullptr);
  EXPECT_EQ(outside->vulnerable.value, Rational(2, 5));
  EXPECT_EQ(outside->vulnerable.comparison, Comparison::kAbove);
  EXPECT_EQ(outside->prevention->value, Rational(3, 10));
  EXPECT_TRUE(outside->two_year);
  const CriterionRule* convicted = rules.FindCriterion("convicted");
  EXPECT_EQ(convicted->vulnerable.value, Rational::Integer(3));
  EXPECT_EQ(convicted->vulnerable.comparison, Comparison::kAtLeast);
  EXPECT_EQ(convicted->prevention->value, Rational::Integer(2));
  EXPECT_EQ(rules.FindCriterion("income")->vulnerable.value, Rational(55, 100));
  EXPECT_EQ(rules.FindCriterion("income")->prevention->value, Rational(65, 100));
  EXPECT_FALSE(rules.FindCriterion("basic_education")->two_year);
  EXPECT_EQ(rules.parallel_non_western.value, Rational(1, 2));
  EXPECT_EQ(rules.prevention_non_western->value, Rational(3, 10));
  EXPECT_EQ(rules.transformation_lists, 5);
  EXPECT_EQ(rules.first_year_offset, -1);
  EXPECT_EQ(rules.latest_year_offset, 0);
  EXPECT_EQ(rules.two_year_method, TwoYearMethod::kMeanOfShares);
  EXPECT_EQ(rules.unknown_education, UnknownEducation::kExcluded);
  EXPECT_FALSE(rules.national_convicted_share.has_value());
  EXPECT_THAT(outside->vulnerable.source, HasSubstr("§ 61 a, stk. 1, nr. 1"));
}

TEST(RulesLoaderTest, The2022ListCarriesTheVerifiedNationalShare) {
  ASSERT_OK_AND_ASSIGN(ListRules rules, LoadListRules(SourceDir() / "data", 2022));
  ASSERT_TRUE(rules.national_convicted_share.has_value());
  EXPECT_EQ(*rules.national_convicted_share, Rational(725, 100000));
}

TEST(RulesLoaderTest, YearsBefore2021HaveNoForebyggelseListAndOldNames) {
  ASSERT_OK_AND_ASSIGN(ListRules rules, LoadListRules(SourceDir() / "data", 2019));
  EXPECT_EQ(rules.rule_set, "2018");
  EXPECT_FALSE(rules.has_prevention_list());
  EXPECT_EQ(rules.category_names.at(Category::kParallel), "ghettoområde");
  EXPECT_EQ(rules.category_names.at(Category::kTransformation), "hårdt ghettoområde");
}

TEST(RulesLoaderTest, UnknownYearNamesTheKnownYears) {
  EXPECT_THAT(LoadListRules(SourceDir() / "data", 2030),
              StatusIs(StatusCode::kNotFound, HasSubstr("kendte listeår: 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025")));
}

TEST(RulesLoaderTest, RefusesABadComparisonWithItsPlace) {
  const std::string text = R"({"format": "helhed/list-rules@1", "list_year": 2024, "rule_set": "2021",
    "publication": "x", "min_residents": {"value": 1000, "source": "s"},
    "criteria_required": {"value": 2, "source": "s"},
    "criteria": [{"id": "outside_work", "two_year": true, "two_year_source": "s",
                  "udsat": {"comparison": "over", "value": "40", "unit": "percent", "source": "s"}}]})";
  EXPECT_THAT(ParseListRules(text, "test.json"),
              StatusIs(StatusCode::kInvalidArgument, HasSubstr("test.json: criteria[0].udsat: \"comparison\"")));
}

TEST(RulesLoaderTest, LoadsPopulationShares) {
  ASSERT_OK_AND_ASSIGN(PopulationShares shares, LoadPopulationShares(SourceDir() / "data"));
  EXPECT_EQ(shares.age_18_64, Rational(3, 5));
  EXPECT_EQ(shares.age_18_plus, Rational(4, 5));
  EXPECT_EQ(shares.age_30_59, Rational(39, 100));
}

}  // namespace
}  // namespace helhed::lists
