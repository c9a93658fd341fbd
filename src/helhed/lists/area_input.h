// SPDX-License-Identifier: Apache-2.0
// AreaInput: what the criteria need to know about one boligområde for one
// list year, whichever way it came in. From the register engine every share
// is backed by exact counts per register year; from a criteria table only the
// share is known and the population behind it is estimated (flagged).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "helhed/lists/rational.h"

namespace helhed::lists {

// One register year of a share: `count` persons of `population`. From a
// criteria table `count` is share × estimated population and may be fractional.
struct YearCount {
  int year = 0;
  Rational count;
  int64_t population = 0;
};

// A share criterion (outside_work, convicted, basic_education, non_western).
struct ShareInput {
  // The criterion value the law compares: a two-year mean or a single year.
  Rational value;
  // The yearly counts behind `value` (one or two entries, register input).
  std::vector<YearCount> years;
  // Criteria-table input: the population behind the share, estimated as
  // residents × the population share of the age group (or given in the
  // table). Each year of a two-year criterion is assumed to have it.
  std::optional<int64_t> estimated_population;
  bool estimated = false;
};

// The income criterion: the area's mean gross income over the region's.
struct IncomeInput {
  Rational ratio;  // area mean / region mean
  // Sums behind the ratio (register input only).
  struct Sums {
    int64_t area_income_kr = 0;
    int64_t area_persons = 0;
    int64_t region_income_kr = 0;
    int64_t region_persons = 0;
  };
  std::optional<Sums> sums;
};

struct AreaInput {
  std::string area_id;
  std::string area_name;
  int list_year = 0;
  std::optional<int64_t> residents;
  // std::nullopt: the value is missing ("-" in a table, or no population).
  std::optional<ShareInput> outside_work;
  std::optional<ShareInput> convicted;
  std::optional<ShareInput> basic_education;
  std::optional<IncomeInput> income;
  std::optional<ShareInput> non_western;
  // The national share convicted (as a share), when known for this input;
  // otherwise the rule file's value for the list year is used.
  std::optional<Rational> national_convicted_share;
  // Where the values came from, for the report: "register" or "kriterietabel".
  std::string origin;
};

}  // namespace helhed::lists
