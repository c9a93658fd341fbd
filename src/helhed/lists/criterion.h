// SPDX-License-Identifier: Apache-2.0
// Criterion: one § 61 a criterion (or the non-Western gate) evaluated for one
// area against one year's rules, at the udsat level and, when that list
// exists, at the forebyggelse level, with the distance to each threshold.
// One criterion per file; registry.cc lists them.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/lists/area_input.h"
#include "helhed/lists/rules.h"

namespace helhed::lists {

// A 95 % Wilson score interval on a share (docs/lists.md, "Usikkerhed").
struct Interval {
  double low = 0;
  double high = 0;
};

// The outcome at one level (udsat, forebyggelse, or parallelsamfund for the
// non-Western gate).
struct LevelResult {
  std::string level;
  Comparison comparison = Comparison::kAbove;
  // The value compared against: a share, or for the income criterion a ratio.
  // For the conviction criterion this is the multiple × the national share.
  Rational threshold;
  // std::nullopt when the criterion value is missing.
  std::optional<bool> met;
  // Residents whose status would have to change for `met` to flip. For
  // two-year criteria the changes may fall in either register year; each
  // change is one person in one year. std::nullopt when unknown or unreachable.
  std::optional<int64_t> distance_persons;
  // Income only: whole kroner of extra (or less) gross income in total and
  // per person, or, from a criteria table, percentage points of the region's mean.
  std::optional<int64_t> distance_kr_total;
  std::optional<int64_t> distance_kr_per_person;
  std::optional<Rational> distance_points;
  // True when the threshold lies inside the 95 % interval of the share: the
  // result could be noise. std::nullopt when no interval can be formed.
  std::optional<bool> within_uncertainty;
  // A Danish sentence for the board: what flips the result.
  std::string explanation;
};

struct CriterionResult {
  std::string id;
  std::string label;  // Danish
  std::optional<Rational> value;
  bool estimated = false;  // populations estimated from a criteria table
  std::optional<Interval> interval;
  LevelResult vulnerable;
  std::optional<LevelResult> prevention;
  // True for the four criteria counted in "at least 2 of 4".
  bool counted = true;
};

class Criterion {
 public:
  virtual ~Criterion() = default;
  virtual std::string_view id() const = 0;
  // The criterion in Danish, as a heading: "Uden for arbejde og uddannelse".
  virtual std::string_view label() const = 0;
  virtual bool counted() const = 0;
  // kFailedPrecondition (Danish message) when the rules or input lack a value
  // the criterion cannot do without (e.g. the national convicted share).
  virtual StatusOr<CriterionResult> Evaluate(const AreaInput& area, const ListRules& rules) const = 0;
};

std::unique_ptr<Criterion> MakeOutsideWork();
std::unique_ptr<Criterion> MakeConvicted();
std::unique_ptr<Criterion> MakeBasicEducation();
std::unique_ptr<Criterion> MakeIncome();
std::unique_ptr<Criterion> MakeNonWestern();

}  // namespace helhed::lists
