// SPDX-License-Identifier: Apache-2.0
// The engine on a register small enough to count by hand: every value below
// is worked out from the eight persons listed in Rows().
#include "helhed/indicators/engine.h"

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>
#include <tuple>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/indicators/internal/lane_tables.h"
#include "helhed/indicators/test_register.h"
#include "helhed/register/geography.h"
#include "helhed/register/synth.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::indicators {
namespace {

using register_::Education;
using register_::Origin;
using register_::PersonYear;
namespace flag = register_;

PersonYear P(const std::string& afdeling, int kommune, int region, int age, Origin origin, Education education,
             uint16_t flags, int64_t income = 0, int16_t grade = register_::kNoGrade) {
  PersonYear p;
  p.year = 2023;
  p.afdeling = afdeling;
  p.kommune = kommune;
  p.region = region;
  p.age = age;
  p.origin = origin;
  p.education = education;
  p.flags = flags;
  p.gross_income = income;
  p.grade_hundredths = grade;
  return p;
}

std::vector<PersonYear> Rows() {
  using O = Origin;
  using E = Education;
  return {
      // p1: 20, neither employed nor in education, grundskole, charged.
      P("A", 607, 1083, 20, O::kNonWesternImmigrant, E::kPrimary, flag::kCharged | flag::kTaxable, 90000),
      // p2: 25, employed, taxable, income 300000, eligible and voted.
      P("A", 607, 1083, 25, O::kDanish, E::kVocational, flag::kEmployed | flag::kTaxable | flag::kVotedPresent | flag::kVoted, 300000),
      // p3: 3 in daycare.
      P("A", 607, 1083, 3, O::kNonWesternDescendant, E::kUnknown, flag::kDaycarePresent | flag::kInDaycare),
      // p4: 40, not employed, convicted, eligible, did not vote.
      P("A", 607, 1083, 40, O::kNonWesternImmigrant, E::kUnknown, flag::kConvicted | flag::kTaxable | flag::kVotedPresent, 120000),
      // p5: 15 in education with grade 7.0.
      P("B", 607, 1083, 15, O::kDanish, E::kPrimary, flag::kInEducation | flag::kGradePresent, 0, 700),
      // p6: 4 not in daycare.
      P("B", 607, 1083, 4, O::kDanish, E::kUnknown, flag::kDaycarePresent),
      // p7: 50 outside social housing in Fredericia, employed, grundskole.
      P("", 607, 1083, 50, O::kDanish, E::kPrimary, flag::kEmployed | flag::kTaxable, 400000),
      // p8: 16 in Odense, grade 10.5, in education.
      P("", 461, 1083, 16, O::kWesternDescendant, E::kPrimary, flag::kInEducation | flag::kGradePresent, 0, 1050),
  };
}

class EngineTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = std::make_unique<register_::ColumnStore>(testing_internal::StoreFromRows(dir_.path(), Rows()));
    ASSERT_OK_AND_ASSIGN(defs_, LoadIndicatorSet(testing::SourceDir() / "data/indicators/indicators.json"));
    units_.entries = {{"A", "Z1", "Zone 1", "zone"}, {"B", "Z1", "Zone 1", "zone"},
                      {"A", "PLAN", "Helhedsplanen", "plan"}, {"C", "PLAN", "Helhedsplanen", "plan"}};
    ASSERT_OK_AND_ASSIGN(computation_, Compute(*store_, defs_, units_, {2016, 2025}));
  }
  const ResultRow& Get(std::string_view level, std::string_view id, std::string_view indicator) {
    const ResultRow* row = computation_.table.Find(level, id, 2023, indicator);
    EXPECT_NE(row, nullptr) << level << " " << id << " " << indicator;
    static ResultRow empty;
    return row != nullptr ? *row : empty;
  }
  void ExpectShare(std::string_view level, std::string_view id, std::string_view indicator, int64_t num, int64_t den) {
    const auto& row = Get(level, id, indicator);
    EXPECT_EQ(row.numerator, num) << level << " " << id << " " << indicator;
    EXPECT_EQ(row.denominator, den) << level << " " << id << " " << indicator;
  }

  testing::ScratchDir dir_;
  std::unique_ptr<register_::ColumnStore> store_;
  IndicatorSet defs_;
  UnitMap units_;
  Computation computation_;
};

TEST_F(EngineTest, FixedIndicatorsPerAfdelingZoneKommuneAndLand) {
  ExpectShare("afdeling", "A", "F1", 1, 1);
  ExpectShare("zone", "Z1", "F1", 1, 2);
  ExpectShare("kommune", "607", "F1", 1, 2);
  ExpectShare("afdeling", "A", "F3", 1, 2);     // p1 of p1,p2
  ExpectShare("afdeling", "A", "F4", 1, 2);     // p1 of p1,p2
  ExpectShare("zone", "Z1", "F4", 1, 3);        // p5 (15) is in education
  ExpectShare("afdeling", "A", "F5", 2, 3);     // p1,p4 of p1,p2,p4
  ExpectShare("kommune", "607", "F5", 2, 4);    // + p7 employed
  ExpectShare("afdeling", "A", "F6", 1, 2);
  ExpectShare("afdeling", "A", "F9", 1, 2);
  ExpectShare("land", "DK", "F9", 1, 2);
  const auto& f2 = Get("land", "DK", "F2");
  EXPECT_EQ(f2.denominator, 2);
  EXPECT_DOUBLE_EQ(f2.sum, 17.5);
  EXPECT_DOUBLE_EQ(f2.sum_squares, 49 + 110.25);
  EXPECT_DOUBLE_EQ(f2.Value(), 8.75);
}

TEST_F(EngineTest, ListInputsAndCounts) {
  EXPECT_EQ(Get("land", "DK", "residents").numerator, 8);
  EXPECT_EQ(Get("region", "1083", "residents").numerator, 8);
  EXPECT_EQ(Get("kommune", "607", "residents").numerator, 7);
  EXPECT_EQ(Get("plan", "PLAN", "residents").numerator, 4);  // C is not in the register
  EXPECT_EQ(Get("afdeling", "A", "residents_18_29").numerator, 2);
  ExpectShare("afdeling", "A", "non_western", 3, 4);
  ExpectShare("kommune", "607", "convicted_18plus", 1, 4);
  // Only grundskole 30-59, unknown left out: p4 (unknown) out, p7 in.
  ExpectShare("kommune", "607", "only_primary_30_59", 1, 1);
  ExpectShare("kommune", "607", "edu_30_59_ukendt", 1, 2);
  // Income of taxable 15-64 not in education: p1 90000, p2 300000, p4 120000, p7 400000.
  const auto& income = Get("kommune", "607", "income_taxable_15_64");
  EXPECT_EQ(income.denominator, 4);
  EXPECT_DOUBLE_EQ(income.sum, 910000);
  EXPECT_DOUBLE_EQ(income.Value(), 227500);
  EXPECT_EQ(Get("region", "1083", "income_taxable_15_64").denominator, 4);
  // An afdeling's name is its id; the rows refer to the unit's names.
  const auto afdeling = std::find_if(computation_.units.begin(), computation_.units.end(),
                                     [](const UnitAtoms& u) { return u.unit_level == "afdeling" && u.unit_id == "A"; });
  ASSERT_NE(afdeling, computation_.units.end());
  EXPECT_EQ(afdeling->unit_name, "A");
  EXPECT_EQ(Get("afdeling", "A", "residents").unit_id, "A");
}

TEST_F(EngineTest, EmptyPopulationsAreNotAvailable) {
  EXPECT_EQ(Get("afdeling", "B", "F9").status, CellStatus::kNotAvailable);
  EXPECT_EQ(Get("afdeling", "A", "F1").status, CellStatus::kOk);
  EXPECT_EQ(computation_.table.Find("afdeling", "C", 2023, "residents"), nullptr);
  EXPECT_EQ(computation_.table.Find("afdeling", "A", 2022, "residents"), nullptr);
}

TEST_F(EngineTest, RelationsHoldForEveryUnit) {
  // Every identity in the indicator file holds on computed data (they are
  // what disclosure control assumes a reader knows).
  for (const auto& unit : computation_.units) {
    for (const auto& relation : defs_.relations) {
      int64_t total = 0;
      for (const auto& term : relation.terms) {
        const auto* row = computation_.table.Find(unit.unit_level, unit.unit_id, 2023, defs_.indicators[term.indicator].id);
        ASSERT_NE(row, nullptr);
        total += term.coefficient * (term.part == Part::kNumerator ? row->numerator : row->denominator);
      }
      EXPECT_EQ(total, 0) << relation.name << " in " << unit.unit_id;
    }
  }
}

TEST_F(EngineTest, RefusesYearsTheStoreDoesNotHold) {
  EXPECT_THAT(Compute(*store_, defs_, units_, {2010, 2012}),
              testing::StatusIs(StatusCode::kInvalidArgument, ::testing::HasSubstr("registeret har ingen år i 2010-2012 (det har 2023)")));
}

// Same rows (counts, exact sums, status) and the same per-atom counts.
void ExpectSameResults(const Computation& a, const Computation& b) {
  ASSERT_EQ(a.table.rows().size(), b.table.rows().size());
  for (size_t r = 0; r < a.table.rows().size(); ++r) {
    const ResultRow& x = a.table.rows()[r];
    const ResultRow& y = b.table.rows()[r];
    ASSERT_EQ(std::tie(x.unit_level, x.unit_id, x.year, x.indicator_id, x.numerator, x.denominator),
              std::tie(y.unit_level, y.unit_id, y.year, y.indicator_id, y.numerator, y.denominator));
    ASSERT_EQ(x.sum, y.sum) << x.unit_id << " " << x.indicator_id;
    ASSERT_EQ(x.sum_squares, y.sum_squares) << x.unit_id << " " << x.indicator_id;
    ASSERT_EQ(x.status, y.status);
  }
  EXPECT_EQ(a.atom_counts, b.atom_counts);
}

// The store sorts rows by cell and the counting pass sums each cell's run:
// the same register with its rows shuffled at random, or pre-sorted by
// afdeling, gives exactly the same results (counts, exact sums of incomes
// and grades, every unit and year), and runs longer than the counting
// pass' 255-row blocks occur.
TEST(EngineOrderTest, ResultsDoNotDependOnRowOrder) {
  const auto geo = *register_::LoadGeography(testing::SourceDir() / "data/geography/kommuner.json");
  ASSERT_OK_AND_ASSIGN(const auto defs, LoadIndicatorSet(testing::SourceDir() / "data/indicators/indicators.json"));
  testing::ScratchDir dir;
  std::ostringstream csv;
  ASSERT_OK(register_::WriteSyntheticRegister({20000, 2020, 2021, 7}, geo, csv));
  std::istringstream in(csv.str());
  std::string header, line;
  std::getline(in, header);
  std::vector<std::string> lines;
  while (std::getline(in, line)) lines.push_back(line);
  auto write = [&](const std::string& name, const std::vector<std::string>& rows) {
    std::ofstream out(dir.path() / name);
    out << header << "\n";
    for (const auto& row : rows) out << row << "\n";
  };
  std::vector<std::string> shuffled = lines;
  std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937_64(42));
  std::vector<std::string> by_afdeling = lines;  // afdeling is the third column
  auto afdeling = [](const std::string& row) {
    const size_t a = row.find(',', row.find(',') + 1) + 1;
    return row.substr(a, row.find(',', a) - a);
  };
  std::stable_sort(by_afdeling.begin(), by_afdeling.end(),
                   [&](const std::string& a, const std::string& b) { return afdeling(a) > afdeling(b); });
  write("shuffled.csv", shuffled);
  write("sorted.csv", by_afdeling);
  std::filesystem::create_directories(dir.path() / "a");
  std::filesystem::create_directories(dir.path() / "b");
  const auto store_a = testing_internal::StoreFromCsv(dir.path() / "a", dir.path() / "shuffled.csv");
  const auto store_b = testing_internal::StoreFromCsv(dir.path() / "b", dir.path() / "sorted.csv");

  uint64_t longest_run = 0;
  for (const auto& slice : store_a.years()) {
    uint64_t run = 0;
    for (uint64_t row = slice.first_row; row < slice.first_row + slice.row_count; ++row) {
      run = row > slice.first_row && store_a.cell()[row] == store_a.cell()[row - 1] ? run + 1 : 1;
      longest_run = std::max(longest_run, run);
    }
  }
  EXPECT_GT(longest_run, 600u);

  UnitMap units;
  for (size_t i = 1; i < store_a.afdelinger().size(); i += 4) {
    units.entries.push_back({store_a.afdelinger()[i], fmt::format("Z{}", i / 12), "Zone", "zone"});
  }
  ASSERT_OK_AND_ASSIGN(const auto a, Compute(store_a, defs, units, {2020, 2021}, &geo));
  ASSERT_OK_AND_ASSIGN(const auto b, Compute(store_b, defs, units, {2020, 2021}, &geo));
  ExpectSameResults(a, b);
  int64_t persons = 0;
  double income = 0;
  for (const ResultRow& x : a.table.rows()) {
    if (x.unit_level == kLevelLand && x.indicator_id == kResidents) persons += x.numerator;
    if (x.unit_level == kLevelLand && x.indicator_id == kIncomeTaxable15To64) income += x.sum;
  }
  EXPECT_EQ(persons, 40000);
  EXPECT_GT(income, 0);
}

// The counting pass split over threads (each owning whole cells) gives
// exactly the results of one thread, also with more threads than a year
// can be cut into and with a year that is one cell.
TEST(EngineThreadsTest, ResultsDoNotDependOnTheNumberOfThreads) {
  const auto geo = *register_::LoadGeography(testing::SourceDir() / "data/geography/kommuner.json");
  ASSERT_OK_AND_ASSIGN(const auto defs, LoadIndicatorSet(testing::SourceDir() / "data/indicators/indicators.json"));
  testing::ScratchDir dir;
  {
    std::ofstream csv(dir.path() / "register.csv");
    ASSERT_OK(register_::WriteSyntheticRegister({20000, 2020, 2022, 3}, geo, csv));
  }
  std::filesystem::create_directories(dir.path() / "s");
  const auto store = testing_internal::StoreFromCsv(dir.path() / "s", dir.path() / "register.csv");
  ASSERT_OK_AND_ASSIGN(const auto one, Compute(store, defs, UnitMap{}, {2020, 2022}, &geo, 1));
  for (unsigned threads : {2u, 3u, 8u}) {
    SCOPED_TRACE(threads);
    ASSERT_OK_AND_ASSIGN(const auto many, Compute(store, defs, UnitMap{}, {2020, 2022}, &geo, threads));
    ExpectSameResults(one, many);
  }

  testing::ScratchDir single;  // every row in one cell: nothing to split
  std::vector<PersonYear> rows;
  for (int i = 0; i < 3000; ++i) {
    rows.push_back(P("A", 607, 1083, i % 90, Origin::kDanish, Education::kPrimary, flag::kTaxable, i * 1000));
  }
  const auto one_cell = testing_internal::StoreFromRows(single.path(), rows);
  ASSERT_OK_AND_ASSIGN(const auto a, Compute(one_cell, defs, UnitMap{}, {2023, 2023}, nullptr, 1));
  ASSERT_OK_AND_ASSIGN(const auto b, Compute(one_cell, defs, UnitMap{}, {2023, 2023}, nullptr, 2));
  ExpectSameResults(a, b);
  EXPECT_EQ(b.table.Find("afdeling", "A", 2023, kResidents)->numerator, 3000);
}

// One cell of 10 000 rows: longer than the counting pass' byte counters
// hold between flushes (255 groups of 16 rows), with incomes whose squares
// need more than 64 bits; counts and sums are exact.
TEST(EngineOrderTest, LongRunCountsAndHugeIncomesAreExact) {
  testing::ScratchDir dir;
  std::vector<PersonYear> rows;
  int64_t employed = 0, taxable = 0, sum = 0;
  __extension__ using Uint128 = unsigned __int128;
  __extension__ using Int128 = __int128;
  Uint128 squares = 0;
  for (int i = 0; i < 10000; ++i) {
    const int age = i % 100;
    const int64_t income = int64_t{i} * 1'000'000'007;
    const bool works = i % 3 == 0;
    rows.push_back(P("A", 607, 1083, age, Origin::kDanish, Education::kVocational,
                     works ? flag::kEmployed | flag::kTaxable : 0, income));
    if (age >= 16 && age <= 64 && works) ++employed;
    if (age >= 15 && age <= 64 && works) {
      ++taxable;
      sum += income;
      squares += static_cast<Uint128>(static_cast<Int128>(income) * income);
    }
  }
  const auto store = testing_internal::StoreFromRows(dir.path(), rows);
  ASSERT_OK_AND_ASSIGN(const auto defs, LoadIndicatorSet(testing::SourceDir() / "data/indicators/indicators.json"));
  ASSERT_OK_AND_ASSIGN(const auto c, Compute(store, defs, UnitMap{}, {2023, 2023}));
  const ResultRow* residents = c.table.Find("afdeling", "A", 2023, kResidents);
  ASSERT_NE(residents, nullptr);
  EXPECT_EQ(residents->numerator, 10000);
  EXPECT_EQ(c.table.Find("land", "DK", 2023, "residents_0_5")->numerator, 600);
  EXPECT_EQ(c.table.Find("land", "DK", 2023, "residents_65plus")->numerator, 3500);
  const ResultRow* employed_row = c.table.Find("afdeling", "A", 2023, "employed_16_64");
  EXPECT_EQ(employed_row->numerator, employed);
  EXPECT_EQ(employed_row->denominator, 4900);
  const ResultRow* income = c.table.Find("kommune", "607", 2023, kIncomeTaxable15To64);
  EXPECT_EQ(income->denominator, taxable);
  EXPECT_EQ(income->sum, static_cast<double>(sum));
  EXPECT_GT(squares >> 64, 0u);  // beyond 64 bits
  EXPECT_EQ(income->sum_squares, static_cast<double>(squares));
}

// With more than 64 distinct conditions each row's lanes take two words
// (internal/lane_tables.h): the shipped indicators come out exactly as when
// they are counted alone in one word, and 22 extra shares match a direct
// count of their conditions over the rows, afdeling by afdeling.
TEST(EngineLanesTest, TwoLaneWordsPerRowCountLikeOne) {
  std::mt19937 random(11);
  std::vector<PersonYear> rows;
  for (int i = 0; i < 6000; ++i) {
    const int a = static_cast<int>(random() % 31);
    PersonYear row = P(a == 30 ? "" : fmt::format("A{}", a), a % 2 == 0 ? 607 : 461, 1083,
                       static_cast<int>(random() % 100), static_cast<Origin>(random() % register_::kOriginCount),
                       static_cast<Education>(random() % register_::kEducationCount),
                       static_cast<uint16_t>(random() % 1024), static_cast<int64_t>(random() % 900000));
    row.sex = static_cast<register_::Sex>(random() % 2);
    rows.push_back(row);
  }
  testing::ScratchDir dir;
  const auto store = testing_internal::StoreFromRows(dir.path(), rows);
  ASSERT_OK_AND_ASSIGN(const auto shipped, LoadIndicatorSet(testing::SourceDir() / "data/indicators/indicators.json"));
  IndicatorSet wide = shipped;
  for (int i = 0; wide.indicators.size() < 64; ++i) {  // the engine's most
    IndicatorDef def;
    def.id = fmt::format("extra{}", i);
    def.population.age_min = i;
    def.population.age_max = i + 5 + i % 7;
    def.population.origin_mask = static_cast<uint8_t>(0x1F >> (i % 3));
    def.numerator.flags_required_set = static_cast<uint16_t>(1 << (i % 10));
    def.numerator.education_mask = static_cast<uint8_t>(0x7F >> (i % 4));
    wide.indicators.push_back(def);
  }
  ASSERT_EQ(wide.indicators.size(), 64u);
  ASSERT_EQ(internal::LaneTables(wide).words(), 2);
  ASSERT_OK_AND_ASSIGN(const auto one, Compute(store, shipped, UnitMap{}, {2023, 2023}));
  ASSERT_OK_AND_ASSIGN(const auto two, Compute(store, wide, UnitMap{}, {2023, 2023}));
  for (const ResultRow& x : one.table.rows()) {
    const ResultRow* y = two.table.Find(x.unit_level, x.unit_id, x.year, x.indicator_id);
    ASSERT_NE(y, nullptr) << x.unit_id << " " << x.indicator_id;
    ASSERT_EQ(std::tie(x.numerator, x.denominator, x.sum, x.sum_squares, x.status),
              std::tie(y->numerator, y->denominator, y->sum, y->sum_squares, y->status))
        << x.unit_id << " " << x.indicator_id;
  }
  for (size_t i = shipped.indicators.size(); i < wide.indicators.size(); ++i) {
    const IndicatorDef& def = wide.indicators[i];
    for (int a = 0; a < 30; ++a) {
      int64_t numerator = 0, denominator = 0;
      for (const PersonYear& row : rows) {
        if (row.afdeling != fmt::format("A{}", a) || !def.population.Matches(row)) continue;
        ++denominator;
        if (def.numerator.Matches(row)) ++numerator;
      }
      const ResultRow* y = two.table.Find("afdeling", fmt::format("A{}", a), 2023, def.id);
      ASSERT_NE(y, nullptr);
      ASSERT_EQ(std::make_pair(y->numerator, y->denominator), std::make_pair(numerator, denominator))
          << def.id << " A" << a;
    }
  }
}

// The pass copies rows out of the store in pieces of 2^14 rows, so a large
// cell (here 40 000 rows, e.g. a kommune's residents outside social
// housing) is counted in parts: every indicator of every unit equals a
// direct count over the rows, with one thread and with two.
TEST(EnginePiecesTest, ACellLongerThanAPieceCountsLikeADirectCount) {
  std::mt19937 random(5);
  std::vector<PersonYear> rows;
  const auto add = [&](const std::string& afdeling, int kommune, int count) {
    for (int i = 0; i < count; ++i) {
      PersonYear row = P(afdeling, kommune, 1083, static_cast<int>(random() % 100),
                         static_cast<Origin>(random() % register_::kOriginCount),
                         static_cast<Education>(random() % register_::kEducationCount),
                         static_cast<uint16_t>(random() % 1024), static_cast<int64_t>(random() % 900000));
      if (random() % 20 == 0) row.grade_hundredths = static_cast<int16_t>(random() % 1200);
      rows.push_back(row);
    }
  };
  add("", 607, 40000);
  add("A", 607, 300);
  add("B", 461, 17000);
  testing::ScratchDir dir;
  const auto store = testing_internal::StoreFromRows(dir.path(), rows);
  ASSERT_OK_AND_ASSIGN(const auto defs, LoadIndicatorSet(testing::SourceDir() / "data/indicators/indicators.json"));
  for (const unsigned threads : {1u, 2u}) {
    SCOPED_TRACE(threads);
    ASSERT_OK_AND_ASSIGN(const auto c, Compute(store, defs, UnitMap{}, {2023, 2023}, nullptr, threads));
    for (const auto& [level, id, kommune, afdeling] :
         std::vector<std::tuple<std::string, std::string, int, std::string>>{
             {"kommune", "607", 607, "*"}, {"afdeling", "A", 607, "A"}, {"afdeling", "B", 461, "B"}}) {
      for (const IndicatorDef& def : defs.indicators) {
        int64_t population = 0, hits = 0;
        double sum = 0;
        for (const PersonYear& row : rows) {
          if (row.kommune != kommune || (afdeling != "*" && row.afdeling != afdeling)) continue;
          if (!def.population.Matches(row)) continue;
          ++population;
          if (def.kind == IndicatorKind::kShare && def.numerator.Matches(row)) ++hits;
          if (def.mean_value == MeanValue::kGrossIncome) sum += static_cast<double>(row.gross_income);
          if (def.mean_value == MeanValue::kGrade9) sum += row.grade_hundredths / 100.0;
        }
        const ResultRow* r = c.table.Find(level, id, 2023, def.id);
        ASSERT_NE(r, nullptr) << id << " " << def.id;
        if (def.kind == IndicatorKind::kCount) {
          EXPECT_EQ(r->numerator, population) << id << " " << def.id;
        } else {
          EXPECT_EQ(r->denominator, population) << id << " " << def.id;
        }
        if (def.kind == IndicatorKind::kShare) {
          EXPECT_EQ(r->numerator, hits) << id << " " << def.id;
        }
        if (def.kind == IndicatorKind::kMean) {
          EXPECT_NEAR(r->sum, sum, 1e-6 * std::abs(sum) + 1e-6) << id << " " << def.id;
        }
      }
    }
  }
}

// The counting pass checks the profile indexes it copies out: a
// profile index outside the dictionary (a damaged store) stops it with a
// Danish error before the index is used, whichever row it is in.
TEST(EngineLanesTest, ADamagedProfileIndexIsAnErrorNotAWrongCount) {
  std::vector<PersonYear> rows;
  for (int i = 0; i < 3000; ++i) {
    rows.push_back(P(i % 3 == 0 ? "" : "A", 607, 1083, i % 90, Origin::kDanish, Education::kPrimary, flag::kTaxable));
  }
  ASSERT_OK_AND_ASSIGN(const auto defs, LoadIndicatorSet(testing::SourceDir() / "data/indicators/indicators.json"));
  for (const uint64_t damaged_row : {uint64_t{0}, uint64_t{1234}, uint64_t{2999}}) {
    SCOPED_TRACE(damaged_row);
    testing::ScratchDir dir;
    { const auto store = testing_internal::StoreFromRows(dir.path(), rows); }
    {
      std::fstream profiles(dir.path() / "store" / "profile.u32", std::ios::in | std::ios::out | std::ios::binary);
      profiles.seekp(static_cast<std::streamoff>(4 * damaged_row));
      const uint32_t outside = 1u << 30;
      profiles.write(reinterpret_cast<const char*>(&outside), sizeof outside);
    }
    ASSERT_OK_AND_ASSIGN(const auto store, register_::ColumnStore::Open(dir.path() / "store"));
    EXPECT_THAT(Compute(store, defs, UnitMap{}, {2023, 2023}, nullptr, 2),
                testing::StatusIs(StatusCode::kDataLoss,
                                  ::testing::HasSubstr(fmt::format("profilnummer {} i række {}", 1u << 30, damaged_row))));
  }
}

}  // namespace
}  // namespace helhed::indicators
