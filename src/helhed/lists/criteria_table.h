// SPDX-License-Identifier: Apache-2.0
// Reads a criteria table (CSV, as LBF's Beboerdata gives the values per
// afdeling or area) into AreaInputs: one row per area and list year, shares
// in percent with Danish decimal commas, "-" for a missing value. Every
// problem is reported with its line and column; nothing is guessed.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/lists/area_input.h"
#include "helhed/lists/rules.h"

namespace helhed::lists {

struct CriteriaTableOptions {
  // --national-convicted, as a share; used for rows of `national_year` whose
  // national_convicted_share column is absent or "-".
  std::optional<Rational> national_convicted_share;
  int national_year = 0;
  // For the populations behind the shares (distances in persons).
  PopulationShares population_shares;
};

// Parses the table. Separator ';' when the header has one, else ','; cells
// may be quoted. Required columns: area_id, area_name, year, residents,
// outside_work_share, non_western_share, convicted_share,
// basic_education_share, income_ratio. Optional: national_convicted_share,
// population_18_64, population_18_plus, population_30_59 (counts that replace
// the estimates). kInvalidArgument listing every bad cell as
// "<file>, linje L, kolonne C: ...".
StatusOr<std::vector<AreaInput>> ParseCriteriaTable(std::string_view text, std::string_view file_name,
                                                    const CriteriaTableOptions& options);

}  // namespace helhed::lists
