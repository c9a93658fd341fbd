// SPDX-License-Identifier: Apache-2.0
// The counter engine. The indicators' conditions are compiled into lanes
// (internal/lane_tables.h) and from them the lanes of each profile of the
// store (a distinct combination of age, sex, origin, education and flags),
// so one pass per year tests all indicators for a row with one load of its
// profile's lanes. The store keeps each cell's (afdeling-in-kommune) rows of
// a year together, so the lanes of a run are summed bit by bit in registers
// (internal/run_counter.h) and added to the cell's counters once per run.
// Units are then sums over their cells: aggregates are sums of counts.
#include "helhed/indicators/engine.h"

#include <algorithm>
#include <chrono>
#include <map>

#include <time.h>

#include <fmt/format.h>

#include "helhed/base/huge_page_allocator.h"
#include "helhed/base/parallel.h"
#include "helhed/base/status_macros.h"
#include "helhed/indicators/internal/lane_tables.h"
#include "helhed/indicators/internal/run_counter.h"

namespace helhed::indicators {
namespace {

// Exact sums of squares (a square of an income needs up to 126 bits).
__extension__ using Int128 = __int128;
__extension__ using Uint128 = unsigned __int128;

// Counters of one year, per cell: how many rows each lane admits, and per
// mean indicator the exact integer sum and sum of squares of its
// values (DKK, or grade hundredths), so the result does not depend on the
// order of the rows. A view into AllCounters.
struct YearCounters {
  size_t lanes = 0, means = 0;
  int64_t* rows = nullptr;         // [cell * lanes + lane]
  int64_t* sum = nullptr;          // [cell * means + slot]
  Uint128* sum_squares = nullptr;  // [cell * means + slot]
};

// The counters of every year in two allocations on huge pages (see
// base/huge_page_allocator.h): value-initialised, i.e. zero.
struct AllCounters {
  std::vector<int64_t, HugePageAllocator<int64_t>> counts;
  std::vector<Uint128, HugePageAllocator<Uint128>> squares;
  std::vector<YearCounters> years;

  AllCounters(size_t year_count, size_t cells, size_t lanes, size_t means)
      : counts(year_count * cells * (lanes + means)), squares(year_count * cells * means) {
    int64_t* next = counts.data();
    for (size_t y = 0; y < year_count; ++y) {
      YearCounters c{lanes, means, next, next + cells * lanes, squares.data() + y * cells * means};
      next += cells * (lanes + means);
      years.push_back(c);
    }
  }
};

using internal::LaneTables;
using internal::MeanSlot;
using internal::RunCounter;

// The column spans of the rows being counted, rows [0, rows).
struct Columns {
  const uint32_t* cell;
  const uint32_t* profile;
  const int64_t* income;
  const int16_t* grade;
  size_t rows;
};

// Counts rows [begin, end), all of one cell, into that cell's counters: the
// store keeps each cell's rows of a year together, so this is a reduction
// over a contiguous run with no scattered counter traffic. kWords: 64-bit
// words of lanes per row (LaneTables::words()).
template <int kWords>
void CountRun(const Columns& col, size_t begin, size_t end, const LaneTables& tables, const uint64_t* profile_lanes,
              const YearCounters& counters) {
  constexpr size_t kRows = 2 * RunCounter::kVectors / kWords;  // rows per group
  const size_t cell = col.cell[begin];
  int64_t* sum = counters.sum + cell * counters.means;
  Uint128* sum_squares = counters.sum_squares + cell * counters.means;
  RunCounter counter;
  alignas(16) uint64_t group[kRows][kWords];
  const auto in = [](const uint64_t* lanes, int lane) -> uint64_t { return lanes[lane / 64] >> (lane % 64) & 1; };
  for (size_t first = begin; first < end; first += kRows) {
    const size_t n = std::min(kRows, end - first);
    // The lanes of the rows 64 ahead are fetched now: a row's profile is
    // anywhere in a table of 0.5-1 MB, which misses L2 for rarer profiles.
    // (A prefetch never faults, so the index, checked later, may be bad.)
    constexpr size_t kAhead = 64;
    if (first + kAhead + kRows <= col.rows) {
      const auto base = reinterpret_cast<uintptr_t>(profile_lanes);
      for (size_t i = 0; i < kRows; ++i) {
        __builtin_prefetch(reinterpret_cast<const void*>(base + col.profile[first + kAhead + i] * (8 * kWords)));
      }
      __builtin_prefetch(&col.grade[first + kAhead]);
    }
    uint64_t any[kWords] = {};  // the lanes of the group's rows together
    for (size_t i = 0; i < n; ++i) {
      for (int w = 0; w < kWords; ++w) {
        group[i][w] = profile_lanes[col.profile[first + i] * kWords + w];
        any[w] |= group[i][w];
      }
    }
    for (size_t i = n; i < kRows; ++i) {
      for (int w = 0; w < kWords; ++w) group[i][w] = 0;
    }
    // Means without branches within a group (a group with none of an
    // indicator's population, e.g. no 9th-grade exam, is skipped): a value
    // is masked to 0 unless its population's lane is set, and the sums are
    // local (a sum kept in memory would chain every row through a store and
    // a load).
    for (const MeanSlot& m : tables.income()) {
      if (in(any, m.lane) == 0) continue;
      int64_t s = 0;
      Uint128 squares = 0;
      for (size_t i = 0; i < n; ++i) {
        const int64_t v = col.income[first + i] & -static_cast<int64_t>(in(group[i], m.lane));
        s += v;
        squares += static_cast<Uint128>(static_cast<Int128>(v) * v);
      }
      sum[m.slot] += s;
      sum_squares[m.slot] += squares;
    }
    for (const MeanSlot& m : tables.grade()) {
      if (in(any, m.lane) == 0) continue;
      int64_t s = 0;
      uint64_t squares = 0;  // at most 32 * 32768^2
      for (size_t i = 0; i < n; ++i) {
        const int64_t v = col.grade[first + i] & -static_cast<int64_t>(in(group[i], m.lane));
        s += v;
        squares += static_cast<uint64_t>(v * v);
      }
      sum[m.slot] += s;
      sum_squares[m.slot] += squares;
    }
    counter.AddGroup(reinterpret_cast<const uint64_t(*)[2]>(&group[0][0]));
  }
  counter.FlushInto(counters.rows + cell * counters.lanes, counters.lanes, kWords);
}

// The end of the run of `cell` that starts at `begin`: a galloping search,
// so the probes stay near `begin` (most runs are an afdeling's ~140 rows).
size_t RunEnd(const uint32_t* cell, size_t begin, size_t rows) {
  const uint32_t value = cell[begin];
  size_t low = begin, step = 16;
  while (low + step < rows && cell[low + step] == value) {
    low += step;
    step *= 2;
  }
  return std::upper_bound(cell + low, cell + std::min(rows, low + step), value) - cell;
}

// Rows [first_row, first_row + row_count) of one year, run by run, copied
// out of the store (ColumnStore::ReadRows) in pieces of kPieceRows rows into
// the thread's `block`: a piece's 295 KB stay in L2 while they are counted,
// and the pass maps no page-cache pages, which on the benchmark VM cost
// more than the whole count (docs/benchmarks.md). A run cut by the end of a
// piece is counted in two parts; counts add up, so the result is the same.
Status CountRange(const register_::ColumnStore& store, uint64_t first_row, uint64_t row_count,
                  const LaneTables& tables, const uint64_t* profile_lanes, const YearCounters& counters,
                  register_::RowBlock& block) {
  constexpr uint64_t kPieceRows = uint64_t{1} << 14;
  for (uint64_t done = 0; done < row_count; done += block.rows()) {
    HELHED_RETURN_IF_ERROR(store.ReadRows(first_row + done, std::min(kPieceRows, row_count - done), block));
    const Columns col{block.cell(), block.profile(), block.gross_income(), block.grade_hundredths(), block.rows()};
    for (size_t begin = 0; begin < col.rows;) {
      const size_t end = RunEnd(col.cell, begin, col.rows);
      if (tables.words() == 1) {
        CountRun<1>(col, begin, end, tables, profile_lanes, counters);
      } else {
        CountRun<2>(col, begin, end, tables, profile_lanes, counters);
      }
      begin = end;
    }
  }
  return OkStatus();
}

// Rows of one year for one counting thread.
struct RowRange {
  size_t year = 0;  // index into the years counted
  uint64_t first_row = 0, row_count = 0;
};

// Cuts each year into `parts` ranges of about equal rows, each cut moved to
// the nearest cell boundary, so every cell's counters belong to one thread
// (no locks, no merging: the counts are the same whatever the split). A year
// of fewer cells than parts gets fewer ranges. Result: per part, its ranges.
std::vector<std::vector<RowRange>> SplitAtCells(const register_::ColumnStore& store,
                                                const std::vector<register_::YearSlice>& slices, size_t parts) {
  std::vector<std::vector<RowRange>> out(parts);
  const uint32_t* cell = store.cell().data();
  for (size_t y = 0; y < slices.size(); ++y) {
    const uint64_t begin = slices[y].first_row, end = begin + slices[y].row_count;
    uint64_t from = begin;
    for (size_t p = 0; p < parts && from < end; ++p) {
      uint64_t to = end;
      if (p + 1 < parts) {
        const uint64_t target = begin + slices[y].row_count * (p + 1) / parts;
        if (target <= from) continue;
        // The boundaries of the cell holding `target`: cut at the nearer one.
        const uint64_t run_begin = std::lower_bound(cell + from, cell + target, cell[target]) - cell;
        const uint64_t run_end = std::upper_bound(cell + target, cell + end, cell[target]) - cell;
        to = target - run_begin <= run_end - target && run_begin > from ? run_begin : run_end;
      }
      out[p].push_back({y, from, to - from});
      from = to;
    }
  }
  return out;
}

double ThreadCpuSeconds() {
  timespec now{};
  ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) * 1e-9;
}

}  // namespace

StatusOr<Computation> Compute(const register_::ColumnStore& store, const IndicatorSet& defs, const UnitMap& units,
                              YearRange years, const register_::Geography* geography, unsigned threads) {
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
  for (const auto& unit : unit_list) result.units.push_back({unit.level, unit.id, unit.atoms, unit.name});

  const auto t0 = std::chrono::steady_clock::now();
  const LaneTables tables(defs);
  const std::vector<uint64_t> profile_lanes = tables.ProfileLanes(store.profiles());
  const size_t k = defs.indicators.size();
  AllCounters all_counters(slices.size(), cells.size(), tables.lanes(), tables.mean_count());
  const std::vector<YearCounters>& per_year = all_counters.years;
  // Counting is split over the cores (each thread owns whole cells, see
  // SplitAtCells); the calling thread counts the first part.
  const size_t parts = threads != 0 ? threads : WorkerThreads();
  const auto ranges = SplitAtCells(store, slices, parts);
  std::vector<Status> statuses(parts);
  std::vector<double> cpu_seconds(parts);
  auto count_part = [&](size_t p) {
    const double cpu0 = ThreadCpuSeconds();
    register_::RowBlock block;
    for (const RowRange& range : ranges[p]) {
      statuses[p] = CountRange(store, range.first_row, range.row_count, tables, profile_lanes.data(),
                               per_year[range.year], block);
      if (!statuses[p].ok()) break;
    }
    cpu_seconds[p] = ThreadCpuSeconds() - cpu0;
  };
  ParallelFor(parts, count_part, parts);
  for (const Status& status : statuses) HELHED_RETURN_IF_ERROR(status);
  const auto t1 = std::chrono::steady_clock::now();
  for (double seconds : cpu_seconds) result.scan_cpu_seconds += seconds;

  // Counts per atom for disclosure control, per (indicator, year).
  for (size_t ind = 0; ind < k; ++ind) {
    const auto& def = defs.indicators[ind];
    for (size_t y = 0; y < slices.size(); ++y) {
      const auto& counters = per_year[y];
      auto& atoms_out = result.atom_counts[fmt::format("{}\x1f{}", def.id, slices[y].year)];
      atoms_out.resize(cells.size());
      for (size_t atom = 0; atom < cells.size(); ++atom) {
        const int64_t* lanes = counters.rows + atom * counters.lanes;
        atoms_out[atom] = {lanes[tables.hit_lane(ind)], lanes[tables.pop_lane(ind)]};
      }
    }
  }

  // The rows, each unit's counters summed over its atoms for every indicator
  // at once (an atom's counters are contiguous), written straight to their
  // place in the output order (indicator, year, unit). Rows share their
  // names through the table.
  ResultTable& table = result.table;
  std::vector<RowName> unit_ids, unit_levels, indicator_ids;
  for (const auto& unit : unit_list) {
    unit_ids.push_back(table.Name(unit.id));
    unit_levels.push_back(table.Name(unit.level));
  }
  for (const auto& def : defs.indicators) indicator_ids.push_back(table.Name(def.id));
  const size_t year_count = slices.size(), unit_count = unit_list.size(), means = tables.mean_count();
  std::vector<ResultRow>& rows = table.mutable_rows();
  // On huge pages: at 1 M persons x 10 years the rows are 35 MB, and their
  // 8 500 first-touch faults of 4 KB pages took longer than filling them.
  rows.reserve(k * year_count * unit_count);
  AdviseHugePages(rows.data(), rows.capacity() * sizeof(ResultRow));
  rows.resize(k * year_count * unit_count);
  const size_t lane_count = tables.lanes();
  std::vector<int64_t> lanes(lane_count);
  std::vector<Int128> sum(means);
  std::vector<Uint128> sum_squares(means);
  for (size_t y = 0; y < year_count; ++y) {
    const YearCounters& counters = per_year[y];
    for (size_t u = 0; u < unit_count; ++u) {
      std::fill(lanes.begin(), lanes.end(), 0);
      std::fill(sum.begin(), sum.end(), 0);
      std::fill(sum_squares.begin(), sum_squares.end(), 0);
      for (uint32_t atom : unit_list[u].atoms) {
        const int64_t* atom_lanes = counters.rows + atom * lane_count;
        for (size_t lane = 0; lane < lane_count; ++lane) lanes[lane] += atom_lanes[lane];
        for (size_t slot = 0; slot < means; ++slot) {
          sum[slot] += counters.sum[atom * means + slot];
          sum_squares[slot] += counters.sum_squares[atom * means + slot];
        }
      }
      for (size_t ind = 0; ind < k; ++ind) {
        const auto& def = defs.indicators[ind];
        ResultRow& row = rows[(ind * year_count + y) * unit_count + u];
        row.unit_id = unit_ids[u];
        row.unit_level = unit_levels[u];
        row.indicator_id = indicator_ids[ind];
        row.year = slices[y].year;
        row.kind = def.kind;
        row.numerator = lanes[tables.hit_lane(ind)];
        row.denominator = lanes[tables.pop_lane(ind)];
        if (const int slot = tables.mean_slot(ind); slot >= 0) {
          // Mean values are stored as integers: grades in hundredths.
          const double scale = def.mean_value == MeanValue::kGrade9 ? 100.0 : 1.0;
          row.sum = static_cast<double>(sum[slot]) / scale;
          row.sum_squares = static_cast<double>(sum_squares[slot]) / (scale * scale);
        }
        if (def.kind == IndicatorKind::kCount) {
          row.numerator = row.denominator;  // a count is the population itself
          row.denominator = 0;
          row.status = CellStatus::kOk;
        } else {
          if (def.kind == IndicatorKind::kMean) row.numerator = 0;
          row.status = row.denominator == 0 ? CellStatus::kNotAvailable : CellStatus::kOk;
        }
      }
    }
  }
  const auto t2 = std::chrono::steady_clock::now();
  result.scan_seconds = std::chrono::duration<double>(t1 - t0).count();
  result.rows_seconds = std::chrono::duration<double>(t2 - t1).count();
  return result;
}

}  // namespace helhed::indicators
