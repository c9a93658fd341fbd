// SPDX-License-Identifier: Apache-2.0
// ListRules: the § 61 a / § 61 b rules for one list year (thresholds, the
// resident minimum, how many criteria must be met, the non-Western gates,
// the omdannelse count and the calculation parameters), as read from
// data/lists/<year>.json. Every value carries the source it was taken from.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "helhed/lists/rational.h"

namespace helhed::lists {

// How a criterion value is held against its threshold. The law's words:
// "overstiger" = kAbove, "mindst" = kAtLeast, "mindre end" = kBelow.
enum class Comparison { kAbove, kAtLeast, kBelow };

// The lists, from least to most severe. kUndetermined: missing values could
// change the result, so no category is claimed.
enum class Category { kNone, kPrevention, kVulnerable, kParallel, kTransformation, kUndetermined };

// "none", "forebyggelse", "udsat", "parallelsamfund", "omdannelse", "uafklaret".
std::string CategoryId(Category category);

// How the two yearly values of a two-year criterion are combined.
enum class TwoYearMethod {
  kMeanOfShares,  // (a1/n1 + a2/n2) / 2: the mean of the two yearly shares
  kPooled,        // (a1 + a2) / (n1 + n2)
};

// How 30-59-year-olds with unknown education enter the basic-education share.
enum class UnknownEducation {
  kExcluded,        // left out of numerator and denominator
  kCountedAsBasic,  // counted as only grundskole (the 2013/14-2017 practice)
};

struct Threshold {
  Comparison comparison = Comparison::kAbove;
  // A share (0,4), a multiple of the national share (3) or an income ratio (0,55).
  Rational value;
  std::string source;
};

// One of the four criteria (outside_work, convicted, basic_education, income).
struct CriterionRule {
  std::string id;
  Threshold vulnerable;                 // udsat boligområde
  std::optional<Threshold> prevention;  // forebyggelsesområde, when that list exists
  bool two_year = false;                // value is a mean of two register years
  std::string two_year_source;
};

struct ListRules {
  int list_year = 0;
  std::string rule_set;  // "2018" or "2021": which wording of the act applies
  std::string publication;

  int64_t min_residents = 0;
  std::string min_residents_source;
  int criteria_required = 0;
  std::string criteria_required_source;
  std::vector<CriterionRule> criteria;  // in the order of the act

  Threshold parallel_non_western;                 // parallelsamfund gate (> 50 %)
  std::optional<Threshold> prevention_non_western;  // forebyggelse gate (> 30 %)
  bool vulnerable_also_prevention = false;
  std::string vulnerable_also_prevention_source;

  // omdannelse: a parallelsamfund on each of the last N lists, this one included.
  int transformation_lists = 0;
  std::string transformation_source;

  // Register year offsets relative to the list year: two-year criteria use
  // both, single-year values (residents, education, income, non-Western) use
  // `latest_year_offset`.
  int first_year_offset = -1;
  int latest_year_offset = 0;
  TwoYearMethod two_year_method = TwoYearMethod::kMeanOfShares;
  UnknownEducation unknown_education = UnknownEducation::kExcluded;
  std::string parameters_source;

  // The national share convicted (a share, 0,0076), when published.
  std::optional<Rational> national_convicted_share;
  std::string national_convicted_source;

  // Danish names of the categories that year ("ghettoområde" before 2021).
  std::map<Category, std::string> category_names;

  const CriterionRule* FindCriterion(const std::string& id) const;
  bool has_prevention_list() const { return prevention_non_western.has_value(); }
};

// Age-group shares of all residents, used only to estimate the populations
// behind a criteria table's shares (data/lists/population-shares.json).
struct PopulationShares {
  Rational age_18_64;    // outside_work
  Rational age_18_plus;  // convicted
  Rational age_30_59;    // basic_education
  std::string source;
};

}  // namespace helhed::lists
