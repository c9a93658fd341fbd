// SPDX-License-Identifier: Apache-2.0
// The counter engine. Each indicator's conditions are compiled into two
// lookup tables of 64-bit masks (one keyed by age class/sex/origin/education,
// one by the flag bits), and from them one pair of masks per profile of the
// store (a distinct combination of those values), so one pass per year tests
// all indicators for a row with one load of its profile's masks. The store keeps each cell's (afdeling-in-kommune)
// rows of a year together, so the masks of a run are summed bit by bit in
// registers and added to the cell's counters once per run. Units are then
// sums over their cells: aggregates are sums of counts.
#include "helhed/indicators/engine.h"

#include <algorithm>
#include <array>
#include <bit>
#include <chrono>
#include <map>
#include <set>

#include <time.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>

#include "helhed/base/check.h"
#include "helhed/base/huge_page_allocator.h"
#include "helhed/base/parallel.h"
#include "helhed/base/status_macros.h"

namespace helhed::indicators {
namespace {

constexpr int kAges = 128;  // ages from 127 up count as 127
constexpr int kDemoPerAge = 2 * register_::kOriginCount * register_::kEducationCount;
constexpr int kFlagKeys = 1 << 10;

bool DemoMatches(const Condition& c, int age, int sex, int origin, int education) {
  return age >= c.age_min && age <= c.age_max && (c.sex_mask >> sex & 1) && (c.origin_mask >> origin & 1) &&
         (c.education_mask >> education & 1);
}

bool FlagsMatch(const Condition& c, int flags) {
  return (flags & c.flags_required_set) == c.flags_required_set && (flags & c.flags_required_clear) == 0;
}

// Bit i set: indicator i's population (pop) or numerator (num) condition holds.
struct Masks {
  uint64_t pop = 0, num = 0;
  bool operator==(const Masks&) const = default;
};

// A mean indicator's slot in the per-cell sums.
struct MeanSlot {
  int bit = 0;   // indicator index
  int slot = 0;  // index into the sums of a cell
};

// The compiled form of an IndicatorSet: a row's masks are the AND of a
// demographic entry (age class, sex, origin, education) and a flags entry.
// Ages with identical entries share one class, so the demographic table is
// small enough to stay in L1 (~1 000 entries instead of 8 960).
struct MaskTables {
  // Offset of each column byte's share of the demographic key; out-of-range
  // codes clamp as the schema's last value (ingest never writes them).
  std::array<uint16_t, 256> age_key{}, sex_key{}, origin_key{}, education_key{};
  std::vector<Masks> demo;
  std::vector<Masks> flags = std::vector<Masks>(kFlagKeys);
  std::vector<MeanSlot> income, grade;
  std::vector<int> mean_slot;  // per indicator: its slot, or -1
  size_t mean_count = 0;

  explicit MaskTables(const IndicatorSet& defs) : mean_slot(defs.indicators.size(), -1) {
    std::vector<std::vector<Masks>> per_age(kAges, std::vector<Masks>(kDemoPerAge));
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
              Masks& m = per_age[age][(sex * register_::kOriginCount + origin) * register_::kEducationCount + edu];
              if (DemoMatches(def.population, age, sex, origin, edu)) m.pop |= bit;
              if (DemoMatches(num, age, sex, origin, edu)) m.num |= bit;
            }
      for (int f = 0; f < kFlagKeys; ++f) {
        if (FlagsMatch(def.population, f)) flags[f].pop |= bit;
        if (FlagsMatch(num, f)) flags[f].num |= bit;
      }
      if (def.mean_value != MeanValue::kNone) {
        mean_slot[i] = static_cast<int>(mean_count);
        (def.mean_value == MeanValue::kGrossIncome ? income : grade)
            .push_back({static_cast<int>(i), static_cast<int>(mean_count)});
        ++mean_count;
      }
    }
    std::array<uint16_t, kAges> age_class{};
    for (int age = 0; age < kAges; ++age) {
      int cls = 0;
      while (cls < age && per_age[cls] != per_age[age]) ++cls;  // first age with the same entries
      if (cls == age) {
        age_class[age] = static_cast<uint16_t>(demo.size());
        demo.insert(demo.end(), per_age[age].begin(), per_age[age].end());
      } else {
        age_class[age] = age_class[cls];
      }
    }
    for (int v = 0; v < 256; ++v) {
      age_key[v] = age_class[std::min(v, kAges - 1)];
      sex_key[v] = static_cast<uint16_t>((v & 1) * register_::kOriginCount * register_::kEducationCount);
      origin_key[v] = static_cast<uint16_t>(std::min(v, register_::kOriginCount - 1) * register_::kEducationCount);
      education_key[v] = static_cast<uint16_t>(std::min(v, register_::kEducationCount - 1));
    }
  }
};

// What the counting pass needs of a row: bit i of `pop` set if it is in
// indicator i's population, of `hit` if it is also in the numerator.
struct alignas(16) RowMasks {
  uint64_t pop = 0, hit = 0;
};

// The masks of every profile of a store, in the store's profile order (most
// frequent first, so the entries most rows use share cache lines). Made per
// computation from the definitions: the store holds register values only.
std::vector<RowMasks> ProfileMasks(const MaskTables& tables, const std::vector<register_::Profile>& profiles) {
  std::vector<RowMasks> out(profiles.size());
  for (size_t p = 0; p < profiles.size(); ++p) {
    const register_::Profile& row = profiles[p];
    const Masks& d = tables.demo[tables.age_key[row.age] + tables.sex_key[row.sex] + tables.origin_key[row.origin] +
                                 tables.education_key[row.education]];
    const Masks& f = tables.flags[row.flags & (kFlagKeys - 1)];
    out[p].pop = d.pop & f.pop;
    out[p].hit = out[p].pop & d.num & f.num;
  }
  return out;
}

// Exact sums of squares (a square of an income needs up to 126 bits).
__extension__ using Int128 = __int128;
__extension__ using Uint128 = unsigned __int128;

// Counters of one year, per cell: numerator and denominator per indicator,
// and per mean indicator the exact integer sum and sum of squares of its
// values (DKK, or grade hundredths), so the result does not depend on the
// order of the rows. A view into AllCounters.
struct YearCounters {
  size_t indicators = 0, means = 0;
  int64_t* numerator = nullptr;    // [cell * indicators + indicator]
  int64_t* denominator = nullptr;  // [cell * indicators + indicator]
  int64_t* sum = nullptr;          // [cell * means + slot]
  Uint128* sum_squares = nullptr;  // [cell * means + slot]
};

// The counters of every year in two allocations on huge pages (see
// base/huge_page_allocator.h): value-initialised, i.e. zero.
struct AllCounters {
  std::vector<int64_t, HugePageAllocator<int64_t>> counts;
  std::vector<Uint128, HugePageAllocator<Uint128>> squares;
  std::vector<YearCounters> years;

  AllCounters(size_t year_count, size_t cells, size_t indicators, size_t means)
      : counts(year_count * cells * (2 * indicators + means)), squares(year_count * cells * means) {
    int64_t* next = counts.data();
    for (size_t y = 0; y < year_count; ++y) {
      YearCounters c{indicators, means, next, next + cells * indicators, next + 2 * cells * indicators,
                     squares.data() + y * cells * means};
      next += cells * (2 * indicators + means);
      years.push_back(c);
    }
  }
};

// Counts, for one run of rows, how many rows have each bit of their
// population mask (lanes 0-63) and numerator mask (lanes 64-127) set. Rows
// come in groups of kGroup (a short last group is padded with empty masks).
#if defined(__SSE2__)
// SSE2 is part of every x86-64 CPU. Positional population count: the
// 128-bit (pop, hit) vectors of a group are added in a carry-save adder tree
// (Harley-Seal) into bit planes of weight 1, 2, 4 and 8 per lane; the
// group's weight-16 carries go to byte counters, which go to 32-bit totals
// every 255 groups. About 7 vector operations per row for all 128 lanes,
// however many bits are set.
class RunCounter {
 public:
  static constexpr int kGroup = 16;
  RunCounter() { Clear(); }

  // masks[i][0] = pop, masks[i][1] = hit of row i.
  void AddGroup(const uint64_t (*masks)[2]) {
    const auto x = [&](int i) { return _mm_load_si128(reinterpret_cast<const __m128i*>(masks[i])); };
    __m128i twos_a, twos_b, fours_a, fours_b, eights_a, eights_b, sixteens;
    Csa(twos_a, ones_, ones_, x(0), x(1));
    Csa(twos_b, ones_, ones_, x(2), x(3));
    Csa(fours_a, twos_, twos_, twos_a, twos_b);
    Csa(twos_a, ones_, ones_, x(4), x(5));
    Csa(twos_b, ones_, ones_, x(6), x(7));
    Csa(fours_b, twos_, twos_, twos_a, twos_b);
    Csa(eights_a, fours_, fours_, fours_a, fours_b);
    Csa(twos_a, ones_, ones_, x(8), x(9));
    Csa(twos_b, ones_, ones_, x(10), x(11));
    Csa(fours_a, twos_, twos_, twos_a, twos_b);
    Csa(twos_a, ones_, ones_, x(12), x(13));
    Csa(twos_b, ones_, ones_, x(14), x(15));
    Csa(fours_b, twos_, twos_, twos_a, twos_b);
    Csa(eights_b, fours_, fours_, fours_a, fours_b);
    Csa(sixteens, eights_, eights_, eights_a, eights_b);
    __m128i spread[8];
    Spread(sixteens, spread);
    for (int b = 0; b < 8; ++b) sixteens_[b] = _mm_sub_epi8(sixteens_[b], spread[b]);  // 0xFF = -1
    if (++groups_ == 255) FlushSixteens();
  }

  // Adds lane i's count to pop[i] and lane 64 + i's to hit[i], i < n, and
  // starts again from zero.
  void FlushInto(int64_t* pop, int64_t* hit, size_t n) {
    FlushSixteens();
    // The planes below 16 as one byte per lane: sum of weight & spread.
    __m128i low[8] = {};
    const __m128i* planes[4] = {&ones_, &twos_, &fours_, &eights_};
    for (int w = 0; w < 4; ++w) {
      __m128i spread[8];
      Spread(*planes[w], spread);
      const __m128i weight = _mm_set1_epi8(static_cast<char>(1 << w));
      for (int b = 0; b < 8; ++b) low[b] = _mm_add_epi8(low[b], _mm_and_si128(spread[b], weight));
    }
    alignas(16) uint8_t bytes[128];
    for (int b = 0; b < 8; ++b) _mm_store_si128(reinterpret_cast<__m128i*>(bytes + 16 * b), low[b]);
    for (size_t i = 0; i < n; ++i) {
      pop[i] += totals_[i] + bytes[i];
      hit[i] += totals_[64 + i] + bytes[64 + i];
    }
    Clear();
  }

 private:
  // Carry-save adder: high:low = a + b + c per bit.
  static void Csa(__m128i& high, __m128i& low, __m128i a, __m128i b, __m128i c) {
    const __m128i u = _mm_xor_si128(a, b);
    high = _mm_or_si128(_mm_and_si128(a, b), _mm_and_si128(u, c));
    low = _mm_xor_si128(u, c);
  }
  // Byte j of out[b] = 0xFF if bit 16 b + j of v is set, else 0.
  static void Spread(__m128i v, __m128i out[8]) {
    const __m128i select = _mm_set1_epi64x(static_cast<long long>(0x8040201008040201ULL));
    const __m128i halves[2] = {v, _mm_unpackhi_epi64(v, v)};
    for (int h = 0; h < 2; ++h) {
      const __m128i twice = _mm_unpacklo_epi8(halves[h], halves[h]);  // b0 b0 b1 b1 ... b7 b7
      const __m128i lo = _mm_unpacklo_epi16(twice, twice);            // b0 x4 .. b3 x4
      const __m128i hi = _mm_unpackhi_epi16(twice, twice);            // b4 x4 .. b7 x4
      const __m128i parts[4] = {_mm_unpacklo_epi32(lo, lo), _mm_unpackhi_epi32(lo, lo),
                                _mm_unpacklo_epi32(hi, hi), _mm_unpackhi_epi32(hi, hi)};
      for (int q = 0; q < 4; ++q) out[4 * h + q] = _mm_cmpeq_epi8(_mm_and_si128(parts[q], select), select);
    }
  }
  void FlushSixteens() {
    alignas(16) uint8_t bytes[128];
    for (int b = 0; b < 8; ++b) _mm_store_si128(reinterpret_cast<__m128i*>(bytes + 16 * b), sixteens_[b]);
    for (int i = 0; i < 128; ++i) totals_[i] += 16u * bytes[i];
    for (auto& c : sixteens_) c = _mm_setzero_si128();
    groups_ = 0;
  }
  void Clear() {
    ones_ = twos_ = fours_ = eights_ = _mm_setzero_si128();
    for (auto& c : sixteens_) c = _mm_setzero_si128();
    totals_ = {};
    groups_ = 0;
  }

  __m128i ones_, twos_, fours_, eights_;
  __m128i sixteens_[8];
  std::array<uint32_t, 128> totals_;
  int groups_ = 0;
};
#else
// Portable fallback: one counter per set bit.
class RunCounter {
 public:
  static constexpr int kGroup = 16;
  void AddGroup(const uint64_t (*masks)[2]) {
    for (int i = 0; i < kGroup; ++i)
      for (int h = 0; h < 2; ++h)
        for (uint64_t m = masks[i][h]; m != 0; m &= m - 1) ++totals_[64 * h + std::countr_zero(m)];
  }
  void FlushInto(int64_t* pop, int64_t* hit, size_t n) {
    for (size_t i = 0; i < n; ++i) {
      pop[i] += totals_[i];
      hit[i] += totals_[64 + i];
    }
    totals_ = {};
  }

 private:
  std::array<uint64_t, 128> totals_{};
};
#endif

// The column spans of the rows being counted.
struct Columns {
  const uint32_t* cell;
  const uint32_t* profile;
  const int64_t* income;
  const int16_t* grade;
};

// Counts rows [begin, end), all of one cell, into that cell's counters: the
// store keeps each cell's rows of a year together, so this is a reduction
// over a contiguous run with no scattered counter traffic.
void CountRun(const Columns& col, size_t begin, size_t end, const MaskTables& masks, const RowMasks* profile_masks,
              const YearCounters& counters) {
  const size_t k = counters.indicators;
  const size_t cell = col.cell[begin];
  int64_t* den = counters.denominator + cell * k;
  int64_t* num = counters.numerator + cell * k;
  int64_t* sum = counters.sum + cell * counters.means;
  Uint128* sum_squares = counters.sum_squares + cell * counters.means;
  RunCounter counter;
  alignas(16) uint64_t group[RunCounter::kGroup][2];
  for (size_t first = begin; first < end; first += RunCounter::kGroup) {
    const size_t n = std::min<size_t>(RunCounter::kGroup, end - first);
    uint64_t any = 0;  // indicators with a population in the group
    for (size_t i = 0; i < n; ++i) {
      const RowMasks& m = profile_masks[col.profile[first + i]];
      group[i][0] = m.pop;
      group[i][1] = m.hit;
      any |= m.pop;
    }
    // Means without branches within a group (a group with none of an
    // indicator's population, e.g. no 9th-grade exam, is skipped): a value
    // is masked to 0 unless its indicator's population bit is set, and the
    // sums are local (a sum kept in memory would chain every row through a
    // store and a load).
    for (const MeanSlot& m : masks.income) {
      if ((any >> m.bit & 1) == 0) continue;
      int64_t s = 0;
      Uint128 squares = 0;
      for (size_t i = 0; i < n; ++i) {
        const int64_t v = col.income[first + i] & -static_cast<int64_t>(group[i][0] >> m.bit & 1);
        s += v;
        squares += static_cast<Uint128>(static_cast<Int128>(v) * v);
      }
      sum[m.slot] += s;
      sum_squares[m.slot] += squares;
    }
    for (const MeanSlot& m : masks.grade) {
      if ((any >> m.bit & 1) == 0) continue;
      int64_t s = 0;
      uint64_t squares = 0;  // at most 16 * 32768^2
      for (size_t i = 0; i < n; ++i) {
        const int64_t v = col.grade[first + i] & -static_cast<int64_t>(group[i][0] >> m.bit & 1);
        s += v;
        squares += static_cast<uint64_t>(v * v);
      }
      sum[m.slot] += s;
      sum_squares[m.slot] += squares;
    }
    for (size_t i = n; i < RunCounter::kGroup; ++i) group[i][0] = group[i][1] = 0;
    counter.AddGroup(group);
  }
  counter.FlushInto(den, num, k);
}

// Rows [first, first + rows) of one year, run by run of equal cell (a cell
// cut by the chunk boundary is simply counted as two runs). The cell column
// is read through the mapping; the others from `block`, rows [0, rows).
void CountRows(const register_::ColumnStore& store, uint64_t first, uint64_t rows, const register_::RowBlock& block,
               const MaskTables& masks, const RowMasks* profile_masks, const YearCounters& counters) {
  const Columns col{store.cell().data() + first, block.profile.data(), block.gross_income.data(),
                    block.grade_hundredths.data()};
  // The rows are sorted by cell (ColumnStore::Open checked it): a run ends
  // where a binary search finds the next cell, so the cell column is barely
  // read.
  for (size_t begin = 0; begin < rows;) {
    const size_t end = std::upper_bound(col.cell + begin, col.cell + rows, col.cell[begin]) - col.cell;
    CountRun(col, begin, end, masks, profile_masks, counters);
    begin = end;
  }
}

// Rows [first_row, first_row + row_count) of one year in chunks of 2^17
// rows (a 2 MB block that stays in cache between the copy and the count;
// smaller chunks cost more in system calls), copied into `block` (pread: see
// MappedFile::Read) and counted; the cell-column pages a chunk's binary
// searches touched are released afterwards, so neither the store nor more
// than one chunk per thread counts towards the resident size.
Status CountRange(const register_::ColumnStore& store, uint64_t first_row, uint64_t row_count,
                  const MaskTables& masks, const RowMasks* profile_masks, register_::RowBlock& block,
                  const YearCounters& counters) {
  constexpr uint64_t kChunkRows = uint64_t{1} << 17;
  for (uint64_t first = 0; first < row_count; first += kChunkRows) {
    const uint64_t rows = std::min(kChunkRows, row_count - first);
    HELHED_RETURN_IF_ERROR(store.ReadRows(first_row + first, rows, block));
    CountRows(store, first_row + first, rows, block, masks, profile_masks, counters);
    store.ReleaseCellRows(first_row + first, rows);
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
  const MaskTables masks(defs);
  const std::vector<RowMasks> profile_masks = ProfileMasks(masks, store.profiles());
  const size_t k = defs.indicators.size();
  AllCounters all_counters(slices.size(), cells.size(), k, masks.mean_count);
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
      statuses[p] = CountRange(store, range.first_row, range.row_count, masks, profile_masks.data(), block,
                               per_year[range.year]);
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
        const size_t at = atom * k + ind;
        atoms_out[atom] = {def.kind == IndicatorKind::kShare ? counters.numerator[at] : counters.denominator[at],
                           counters.denominator[at]};
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
  const size_t year_count = slices.size(), unit_count = unit_list.size(), means = masks.mean_count;
  std::vector<ResultRow>& rows = table.mutable_rows();
  // On huge pages: at 1 M persons x 10 years the rows are 35 MB, and their
  // 8 500 first-touch faults of 4 KB pages took longer than filling them.
  rows.reserve(k * year_count * unit_count);
  AdviseHugePages(rows.data(), rows.capacity() * sizeof(ResultRow));
  rows.resize(k * year_count * unit_count);
  std::vector<int64_t> numerator(k), denominator(k);
  std::vector<Int128> sum(means);
  std::vector<Uint128> sum_squares(means);
  for (size_t y = 0; y < year_count; ++y) {
    const YearCounters& counters = per_year[y];
    for (size_t u = 0; u < unit_count; ++u) {
      std::fill(numerator.begin(), numerator.end(), 0);
      std::fill(denominator.begin(), denominator.end(), 0);
      std::fill(sum.begin(), sum.end(), 0);
      std::fill(sum_squares.begin(), sum_squares.end(), 0);
      for (uint32_t atom : unit_list[u].atoms) {
        const int64_t* atom_numerator = counters.numerator + atom * k;
        const int64_t* atom_denominator = counters.denominator + atom * k;
        for (size_t ind = 0; ind < k; ++ind) {
          numerator[ind] += atom_numerator[ind];
          denominator[ind] += atom_denominator[ind];
        }
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
        row.numerator = numerator[ind];
        row.denominator = denominator[ind];
        if (const int slot = masks.mean_slot[ind]; slot >= 0) {
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
