// SPDX-License-Identifier: Apache-2.0
// Classification of boligområder on the § 61 a / § 61 b lists: evaluates the
// criteria, counts how many are met at each level, and decides the category,
// using earlier list years for omdannelse. Missing values never guess: when
// they could change the result the category is kUndetermined.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/lists/area_input.h"
#include "helhed/lists/criterion.h"
#include "helhed/lists/rules.h"

namespace helhed::lists {

struct EarlierCategory {
  int list_year = 0;
  Category category = Category::kNone;
  std::string name;  // the Danish name used that year ("ghettoområde")
};

struct AreaResult {
  std::string area_id;
  std::string area_name;
  int list_year = 0;
  std::optional<int64_t> residents;
  int64_t min_residents = 0;
  std::vector<CriterionResult> criteria;  // registry order
  int vulnerable_met = 0;                 // of the four, at udsat thresholds
  int prevention_met = 0;                 // of the four, at forebyggelse thresholds
  int unknown = 0;                        // of the four, missing
  int criteria_required = 0;
  Category category = Category::kNone;
  std::string category_name;  // Danish, as that year's list calls it
  // An udsat area that also meets the forebyggelse rule, where the rules say
  // it counts there too.
  bool also_prevention = false;
  std::vector<EarlierCategory> earlier;  // ascending list years
  std::vector<std::string> notes;        // Danish
  bool estimated = false;                // some distance rests on estimated populations
  std::string origin;
  // The national convicted share the conviction criterion was held against.
  std::optional<Rational> national_convicted_share;
};

// Classifies one area. `earlier` holds the area's categories on earlier lists
// (any order); omdannelse needs the last rules.transformation_lists - 1 of them.
// Errors: those of Criterion::Evaluate (e.g. unknown national convicted share).
StatusOr<AreaResult> ClassifyArea(const AreaInput& area, const ListRules& rules,
                                  const std::vector<EarlierCategory>& earlier);

using RulesProvider = std::function<StatusOr<ListRules>(int list_year)>;

// Classifies every area that has input for `list_year`. Inputs for earlier
// list years of the same area_id are classified first, with their own year's
// rules, and become the area's earlier categories. kInvalidArgument when an
// area has two inputs for one year; kNotFound when no area has input for
// `list_year`; errors from `rules_for(list_year)` as they are.
StatusOr<std::vector<AreaResult>> ClassifyAreas(const std::vector<AreaInput>& inputs, int list_year,
                                                const RulesProvider& rules_for);

}  // namespace helhed::lists
