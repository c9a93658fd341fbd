// SPDX-License-Identifier: Apache-2.0
// Builds AreaInputs from the indicator engine's exact counts: for every unit
// of the areas file's boligområde level and every list year the register
// covers, the yearly counts behind each criterion (ListRules decides which
// register years and how unknown education counts), the area's region for
// the income comparison, and the national convicted share from the land row.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/indicators/engine.h"
#include "helhed/lists/area_input.h"
#include "helhed/lists/classify.h"

namespace helhed::lists {

struct RegisterInputOptions {
  std::string area_level = "boligområde";  // the areas file's level holding the list areas
  int list_year = 0;                        // the requested list year (earlier years are added when covered)
  // When set, replaces the register's own national convicted share for `list_year`.
  std::optional<Rational> national_convicted_share;
};

// The computation must hold the indicators named in indicators/engine.h
// (residents, F5, convicted_18plus, only_primary_30_59, edu_30_59_ukendt,
// income_taxable_15_64, non_western). kNotFound (Danish) when no unit has
// `area_level`, or the register lacks the years `list_year` needs;
// kInvalidArgument when an indicator is missing from the computation.
StatusOr<std::vector<AreaInput>> AreaInputsFromRegister(const indicators::Computation& computation,
                                                        const RegisterInputOptions& options,
                                                        const RulesProvider& rules_for);

}  // namespace helhed::lists
