// SPDX-License-Identifier: Apache-2.0
// The counter engine. Each indicator's conditions are compiled into two
// lookup tables of 64-bit masks (one keyed by age/sex/origin/education, one by
// the flag bits), so one pass per year tests all indicators for a row with
// two loads and an AND, and bumps counters per cell (afdeling-in-kommune).
// Units are then sums over their cells: aggregates are sums of counts.
#include "helhed/indicators/engine.h"

#include <algorithm>
#include <array>
#include <bit>
#include <chrono>
#include <map>
#include <set>

#include <fmt/format.h>

#include "helhed/base/check.h"

namespace helhed::indicators {
namespace {

constexpr int kAges = 128;
constexpr int kDemoKeys = kAges * 2 * register_::kOriginCount * register_::kEducationCount;
constexpr int kFlagKeys = 1 << 10;

int DemoKey(int age, int sex, int origin, int education) {
  return ((age * 2 + sex) * register_::kOriginCount + origin) * register_::kEducationCount + education;
}

bool DemoMatches(const Condition& c, int age, int sex, int origin, int education) {
  return age >= c.age_min && age <= c.age_max && (c.sex_mask >> sex & 1) && (c.origin_mask >> origin & 1) &&
         (c.education_mask >> education & 1);
}

bool FlagsMatch(const Condition& c, int flags) {
  return (flags & c.flags_required_set) == c.flags_required_set && (flags & c.flags_required_clear) == 0;
}

// The compiled form of an IndicatorSet.
struct MaskTables {
  std::vector<uint64_t> pop_demo, num_demo, pop_flags, num_flags;
  uint64_t income_bits = 0, grade_bits = 0;

  explicit MaskTables(const IndicatorSet& defs)
      : pop_demo(kDemoKeys), num_demo(kDemoKeys), pop_flags(kFlagKeys), num_flags(kFlagKeys) {
    for (size_t i = 0; i < defs.indicators.size(); ++i) {
      const auto& def = defs.indicators[i];
      const uint64_t bit = uint64_t{1} << i;
      // Counts and means have no numerator condition: it always holds.
      const Condition always;
      const Condition& num = def.kind == IndicatorKind::kShare ? def.numerator : always;
      for (int age = 0; age < kAges; ++age)
        for (int sex = 0; sex < 2; ++sex)
          for (int origin = 0; origin < register_::kOriginCount; ++origin)
            for (int edu = 0; edu < register_::kEducationCount; ++edu) {
              const int key = DemoKey(age, sex, origin, edu);
              if (DemoMatches(def.population, age, sex, origin, edu)) pop_demo[key] |= bit;
              if (DemoMatches(num, age, sex, origin, edu)) num_demo[key] |= bit;
            }
      for (int flags = 0; flags < kFlagKeys; ++flags) {
        if (FlagsMatch(def.population, flags)) pop_flags[flags] |= bit;
        if (FlagsMatch(num, flags)) num_flags[flags] |= bit;
      }
      if (def.mean_value == MeanValue::kGrossIncome) income_bits |= bit;
      if (def.mean_value == MeanValue::kGrade9) grade_bits |= bit;
    }
  }
};

// Counters of one year, per cell and indicator.
struct YearCounters {
  size_t indicators = 0;
  std::vector<int64_t> numerator, denominator;
  std::vector<double> sum, sum_squares;

  YearCounters(size_t cells, size_t indicator_count)
      : indicators(indicator_count),
        numerator(cells * indicator_count),
        denominator(cells * indicator_count),
        sum(cells * indicator_count),
        sum_squares(cells * indicator_count) {}
};

void CountRows(const register_::ColumnStore& store, register_::YearSlice slice, const MaskTables& masks,
               YearCounters& counters) {
  const uint64_t first = slice.first_row, rows = slice.row_count;
  const auto cell = store.cell().subspan(first, rows);
  const auto age = store.age().subspan(first, rows);
  const auto sex = store.sex().subspan(first, rows);
  const auto origin = store.origin().subspan(first, rows);
  const auto education = store.education().subspan(first, rows);
  const auto flags = store.flags().subspan(first, rows);
  const auto income = store.gross_income().subspan(first, rows);
  const auto grade = store.grade_hundredths().subspan(first, rows);
  const size_t k = counters.indicators;
  int64_t* num = counters.numerator.data();
  int64_t* den = counters.denominator.data();
  for (size_t row = 0; row < rows; ++row) {
    const int a = std::min<int>(age[row], kAges - 1);
    const int key = DemoKey(a, sex[row] & 1, std::min<int>(origin[row], register_::kOriginCount - 1),
                            std::min<int>(education[row], register_::kEducationCount - 1));
    const int f = flags[row] & (kFlagKeys - 1);
    const uint64_t pop = masks.pop_demo[key] & masks.pop_flags[f];
    const uint64_t hit = pop & masks.num_demo[key] & masks.num_flags[f];
    const size_t base = static_cast<size_t>(cell[row]) * k;
    for (uint64_t m = pop; m != 0; m &= m - 1) ++den[base + std::countr_zero(m)];
    for (uint64_t m = hit; m != 0; m &= m - 1) ++num[base + std::countr_zero(m)];
    if (pop & (masks.income_bits | masks.grade_bits)) [[unlikely]] {
      for (uint64_t m = pop & masks.income_bits; m != 0; m &= m - 1) {
        const double v = static_cast<double>(income[row]);
        counters.sum[base + std::countr_zero(m)] += v;
        counters.sum_squares[base + std::countr_zero(m)] += v * v;
      }
      for (uint64_t m = pop & masks.grade_bits; m != 0; m &= m - 1) {
        const double v = grade[row] / 100.0;
        counters.sum[base + std::countr_zero(m)] += v;
        counters.sum_squares[base + std::countr_zero(m)] += v * v;
      }
    }
  }
}

// One year in chunks, each chunk's pages released once counted, so the
// store's mapped columns never count in full towards the resident size.
void CountYear(const register_::ColumnStore& store, const register_::YearSlice& slice, const MaskTables& masks,
               YearCounters& counters) {
  constexpr uint64_t kChunkRows = uint64_t{1} << 20;
  for (uint64_t first = 0; first < slice.row_count; first += kChunkRows) {
    register_::YearSlice chunk = slice;
    chunk.first_row = slice.first_row + first;
    chunk.row_count = std::min(kChunkRows, slice.row_count - first);
    CountRows(store, chunk, masks, counters);
    store.ReleaseRows(chunk.first_row, chunk.row_count);
  }
}

std::string IndexKey(std::string_view level, std::string_view id, int year, std::string_view indicator) {
  std::string key;
  key.reserve(level.size() + id.size() + indicator.size() + 12);
  key.append(level).push_back('\x1f');
  key.append(id).push_back('\x1f');
  key.append(std::to_string(year)).push_back('\x1f');
  key.append(indicator);
  return key;
}

}  // namespace

std::string_view CellStatusName(CellStatus status) {
  switch (status) {
    case CellStatus::kOk: return "ok";
    case CellStatus::kSuppressed: return "suppressed";
    case CellStatus::kNotAvailable: return "not_available";
  }
  return "ok";
}

double ResultRow::Value() const {
  switch (kind) {
    case IndicatorKind::kShare: return static_cast<double>(numerator) / static_cast<double>(denominator);
    case IndicatorKind::kMean: return sum / static_cast<double>(denominator);
    case IndicatorKind::kCount: return static_cast<double>(numerator);
  }
  return 0;
}

const ResultRow* ResultTable::Find(std::string_view unit_level, std::string_view unit_id, int year,
                                   std::string_view indicator_id) const {
  std::call_once(*indexed_, [&] {
    index_.reserve(rows_.size());
    for (size_t r = 0; r < rows_.size(); ++r) {
      const auto& row = rows_[r];
      index_.emplace(IndexKey(row.unit_level, row.unit_id, row.year, row.indicator_id), r);
    }
    index_built_ = true;
  });
  const auto it = index_.find(IndexKey(unit_level, unit_id, year, indicator_id));
  return it == index_.end() ? nullptr : &rows_[it->second];
}

std::vector<std::string> ResultTable::UnitIds(std::string_view unit_level) const {
  std::set<std::string> ids;
  for (const auto& row : rows_) {
    if (row.unit_level == unit_level) ids.insert(row.unit_id);
  }
  return {ids.begin(), ids.end()};
}

void ResultTable::Add(ResultRow row) {
  rows_.push_back(std::move(row));
  if (index_built_) {  // Find() has built it: build again on the next call
    index_built_ = false;
    index_.clear();
    indexed_ = std::make_unique<std::once_flag>();
  }
}

StatusOr<Computation> Compute(const register_::ColumnStore& store, const IndicatorSet& defs, const UnitMap& units,
                              YearRange years, const register_::Geography* geography) {
  if (years.first > years.last) {
    return InvalidArgumentError(fmt::format("årene {}-{} er i forkert rækkefølge", years.first, years.last));
  }
  if (defs.indicators.empty() || defs.indicators.size() > 64) {
    return InvalidArgumentError("der skal være mellem 1 og 64 indikatorer");
  }
  std::vector<register_::YearSlice> slices;
  for (const auto& slice : store.years()) {
    if (years.Contains(slice.year)) slices.push_back(slice);
  }
  if (slices.empty()) {
    std::vector<int> have;
    for (const auto& slice : store.years()) have.push_back(slice.year);
    return InvalidArgumentError(fmt::format("registeret har ingen år i {}-{} (det har {})", years.first, years.last,
                                            have.empty() ? "ingen rækker" : fmt::format("{}", fmt::join(have, ", "))));
  }

  Computation result;
  const auto& cells = store.cells();
  result.atom_count = static_cast<uint32_t>(cells.size());
  for (const auto& cell : cells) result.atom_is_residual.push_back(cell.afdeling == 0);

  // Units as atom sets, in output order: land, regions, kommuner, areas-file
  // units (by level, id), afdelinger (by id).
  struct Unit {
    std::string level, id, name;
    std::vector<uint32_t> atoms;
  };
  std::vector<Unit> unit_list;
  {
    Unit land{std::string(kLevelLand), std::string(kLandUnitId), "Hele landet", {}};
    std::map<int, std::vector<uint32_t>> regions, kommuner;
    std::map<std::string, std::vector<uint32_t>> afdelinger;
    for (uint32_t atom = 0; atom < cells.size(); ++atom) {
      land.atoms.push_back(atom);
      regions[cells[atom].region].push_back(atom);
      kommuner[cells[atom].kommune].push_back(atom);
      if (cells[atom].afdeling != 0) afdelinger[store.afdelinger()[cells[atom].afdeling]].push_back(atom);
    }
    unit_list.push_back(std::move(land));
    for (auto& [code, atoms] : regions) {
      std::string name = geography != nullptr ? geography->RegionName(code) : "";
      unit_list.push_back({std::string(kLevelRegion), std::to_string(code), name.empty() ? std::to_string(code) : name, atoms});
    }
    for (auto& [code, atoms] : kommuner) {
      std::string name = geography != nullptr ? geography->KommuneName(code) : "";
      unit_list.push_back({std::string(kLevelKommune), fmt::format("{:03d}", code), name.empty() ? fmt::format("{:03d}", code) : name, atoms});
    }
    std::map<std::pair<std::string, std::string>, Unit> area_units;  // (level, id)
    for (const auto& entry : units.entries) {
      auto& unit = area_units[{entry.level, entry.unit_id}];
      unit.level = entry.level;
      unit.id = entry.unit_id;
      unit.name = entry.unit_name;
      if (auto it = afdelinger.find(entry.afdeling); it != afdelinger.end()) {
        unit.atoms.insert(unit.atoms.end(), it->second.begin(), it->second.end());
      }
    }
    for (auto& [key, unit] : area_units) {
      std::sort(unit.atoms.begin(), unit.atoms.end());
      unit.atoms.erase(std::unique(unit.atoms.begin(), unit.atoms.end()), unit.atoms.end());
      unit_list.push_back(std::move(unit));
    }
    for (auto& [id, atoms] : afdelinger) unit_list.push_back({std::string(kLevelAfdeling), id, id, atoms});
  }
  for (const auto& unit : unit_list) result.units.push_back({unit.level, unit.id, unit.atoms});

  const auto t0 = std::chrono::steady_clock::now();
  const MaskTables masks(defs);
  const size_t k = defs.indicators.size();
  std::vector<YearCounters> per_year;
  per_year.reserve(slices.size());
  for (const auto& slice : slices) {
    per_year.emplace_back(cells.size(), k);
    CountYear(store, slice, masks, per_year.back());
  }
  const auto t1 = std::chrono::steady_clock::now();

  result.table.Reserve(k * slices.size() * unit_list.size());
  for (size_t ind = 0; ind < k; ++ind) {
    const auto& def = defs.indicators[ind];
    for (size_t y = 0; y < slices.size(); ++y) {
      const auto& counters = per_year[y];
      auto& atoms_out = result.atom_counts[fmt::format("{}\x1f{}", def.id, slices[y].year)];
      atoms_out.resize(cells.size());
      for (size_t atom = 0; atom < cells.size(); ++atom) {
        const size_t at = atom * k + ind;
        atoms_out[atom] = {def.kind == IndicatorKind::kShare ? counters.numerator[at] : counters.denominator[at],
                           counters.denominator[at]};
      }
      for (const auto& unit : unit_list) {
        ResultRow row;
        row.unit_id = unit.id;
        row.unit_level = unit.level;
        row.unit_name = unit.name;
        row.year = slices[y].year;
        row.indicator_id = def.id;
        row.kind = def.kind;
        for (uint32_t atom : unit.atoms) {
          const size_t at = atom * k + ind;
          row.numerator += counters.numerator[at];
          row.denominator += counters.denominator[at];
          row.sum += counters.sum[at];
          row.sum_squares += counters.sum_squares[at];
        }
        if (def.kind == IndicatorKind::kCount) {
          row.numerator = row.denominator;  // a count is the population itself
          row.denominator = 0;
          row.status = CellStatus::kOk;
        } else {
          if (def.kind == IndicatorKind::kMean) row.numerator = 0;
          row.status = row.denominator == 0 ? CellStatus::kNotAvailable : CellStatus::kOk;
        }
        result.table.Add(std::move(row));
      }
    }
  }
  const auto t2 = std::chrono::steady_clock::now();
  result.scan_seconds = std::chrono::duration<double>(t1 - t0).count();
  result.rows_seconds = std::chrono::duration<double>(t2 - t1).count();
  return result;
}

}  // namespace helhed::indicators
