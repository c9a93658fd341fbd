// SPDX-License-Identifier: Apache-2.0
// The counter engine: one pass over the columnar register per year, counters
// per afdeling for every indicator at once, then grouping into the areas
// file's units, kommune, region and land as sums of counts. The result is
// BEFORE disclosure control (see disclosure.h) and stays in memory.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/indicators/definition.h"
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

// What may be published about one row; set by ApplyDisclosureControl().
enum class CellStatus {
  kOk,            // numbers may be published
  kSuppressed,    // hidden by primary or secondary suppression
  kNotAvailable,  // empty population (denominator or count 0)
};
std::string_view CellStatusName(CellStatus status);  // "ok", "suppressed", "not_available"

// One unit, year and indicator.
//   share: numerator = persons meeting the condition, denominator = population.
//   count: numerator = persons, denominator = 0 (unused).
//   mean:  denominator = number of persons with a value; sum and sum_squares
//          of their values (DKK for income, grade points for grade_9);
//          numerator = 0 (unused).
struct ResultRow {
  std::string unit_id;     // afdeling id, areas-file unit id, kommune code, region code, "DK"
  std::string unit_level;  // "afdeling", an areas-file level, "kommune", "region", "land"
  std::string unit_name;   // Danish name where known, else the id
  int year = 0;
  std::string indicator_id;
  IndicatorKind kind = IndicatorKind::kShare;
  int64_t numerator = 0;
  int64_t denominator = 0;
  double sum = 0;
  double sum_squares = 0;
  CellStatus status = CellStatus::kOk;  // Compute() sets kOk or kNotAvailable only

  // share: numerator/denominator (0..1); mean: sum/denominator; count: numerator.
  // REQUIRES: status != kNotAvailable.
  double Value() const;
};

// All rows of one computation, in a stable order: by indicator (definition
// order), year, then unit (land, regions, kommuner, areas-file units,
// afdelinger; ids ascending within a level).
class ResultTable {
 public:
  const std::vector<ResultRow>& rows() const { return rows_; }
  std::vector<ResultRow>& mutable_rows() { return rows_; }

  // The row for a unit, year and indicator, or nullptr when there is none
  // (unknown unit, year outside the range, unknown indicator). The index
  // behind it is built on the first call (the compute command never asks),
  // so a table must not be changed by Add() while another thread calls Find().
  const ResultRow* Find(std::string_view unit_level, std::string_view unit_id, int year,
                        std::string_view indicator_id) const;

  // Every unit id of a level, ascending (e.g. all "boligområde" units).
  std::vector<std::string> UnitIds(std::string_view unit_level) const;

  void Add(ResultRow row);
  void Reserve(size_t rows) { rows_.reserve(rows); }

 private:
  std::vector<ResultRow> rows_;
  // key: level \x1f id \x1f year \x1f indicator; built by Find() under the once flag.
  mutable std::unique_ptr<std::once_flag> indexed_ = std::make_unique<std::once_flag>();
  mutable std::unordered_map<std::string, size_t> index_;
  mutable bool index_built_ = false;
};

// Parent/child structure needed by disclosure control: every unit as a set of
// atoms (one atom per afdeling-in-kommune, plus one per kommune for the
// residents outside social housing).
struct UnitAtoms {
  std::string unit_level;
  std::string unit_id;
  std::vector<uint32_t> atoms;  // ascending
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
