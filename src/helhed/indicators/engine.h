// SPDX-License-Identifier: Apache-2.0
// The counter engine: one pass over the columnar register per year, counters
// per afdeling for every indicator at once, then grouping into the areas
// file's units, kommune, region and land as sums of counts. The result is
// BEFORE disclosure control (see disclosure.h) and stays in memory.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/indicators/definition.h"
#include "helhed/indicators/result_table.h"
#include "helhed/indicators/units.h"
#include "helhed/register/column_store.h"
#include "helhed/register/geography.h"

namespace helhed::indicators {

// Fixed unit levels; the areas file adds its own (e.g. "zone", "plan").
inline constexpr std::string_view kLevelAfdeling = "afdeling";
inline constexpr std::string_view kLevelKommune = "kommune";
inline constexpr std::string_view kLevelRegion = "region";
inline constexpr std::string_view kLevelLand = "land";
// unit_id of the whole country.
inline constexpr std::string_view kLandUnitId = "DK";

// Inclusive range of reference years.
struct YearRange {
  int first = 0;
  int last = 0;
  bool Contains(int year) const { return year >= first && year <= last; }
};

// Ids of the indicators the § 61 a lists need (data/indicators/indicators.json
// defines them; these constants only name them):
//   kResidents               count: residents (numerator = persons)
//   F5                       share: 18-64 outside work and education
//   kConvicted18Plus         share: 18+ convicted in the year
//   kOnlyPrimary30To59       share: 30-59 with only grundskole, `ukendt` left out
//   kIncomeTaxable15To64     mean: gross income of taxable 15-64 not in education
//   kNonWestern              share: non-Western immigrants and descendants
inline constexpr std::string_view kResidents = "residents";
inline constexpr std::string_view kOutsideWorkEducation18To64 = "F5";
inline constexpr std::string_view kConvicted18Plus = "convicted_18plus";
inline constexpr std::string_view kOnlyPrimary30To59 = "only_primary_30_59";
inline constexpr std::string_view kIncomeTaxable15To64 = "income_taxable_15_64";
inline constexpr std::string_view kNonWestern = "non_western";

// Parent/child structure needed by disclosure control: every unit as a set of
// atoms (one atom per afdeling-in-kommune, plus one per kommune for the
// residents outside social housing).
struct UnitAtoms {
  std::string unit_level;
  std::string unit_id;
  std::vector<uint32_t> atoms;  // ascending
  std::string unit_name;        // Danish name where known, else the id
};

struct Computation {
  ResultTable table;
  std::vector<UnitAtoms> units;  // every unit that appears in `table`
  uint32_t atom_count = 0;
  // Per atom: which kommune residual it is (true) or an afdeling atom (false).
  std::vector<bool> atom_is_residual;
  // Seconds of the pass over the columns alone (counting per cell), and of
  // building the result rows from the counts.
  double scan_seconds = 0;
  double rows_seconds = 0;
  // CPU time of the counting threads together in the counting pass (page
  // faults included; time the machine gave to other processes left out).
  double scan_cpu_seconds = 0;
  // Counts per atom for every (indicator, year): key "indicator\x1fyear" ->
  // numerator/denominator per atom; used to protect unpublished residuals.
  std::unordered_map<std::string, std::vector<std::pair<int64_t, int64_t>>> atom_counts;
};

// Computes every indicator in `defs` for every unit and year in `years` that
// the store holds. Years outside the store are left out (no rows). Areas-file
// afdelinger that never occur in the register still get rows
// (kNotAvailable). `geography` (may be null) names kommuner and regions.
// The counting pass runs on `threads` threads (0: one per core, at most 8);
// the result does not depend on it.
// Errors: kInvalidArgument (Danish) if `years` is reversed or the store holds
// none of them.
StatusOr<Computation> Compute(const register_::ColumnStore& store, const IndicatorSet& defs,
                              const UnitMap& units, YearRange years,
                              const register_::Geography* geography = nullptr, unsigned threads = 0);

}  // namespace helhed::indicators
