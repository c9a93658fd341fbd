// SPDX-License-Identifier: Apache-2.0
// Disclosure control, tested by an attacker who knows everything a reader
// knows: every published value, which afdelinger make up each zone, plan and
// kommune, that a kommune is its afdelinger plus people outside social
// housing, that regions and the country add up, and the identities between
// indicators. The attacker writes all those equations and solves them
// (dense Gaussian elimination, independent of the engine's own sparse
// basis); a suppressed value is recovered if the equations pin it down.
#include "helhed/indicators/disclosure.h"

#include <cmath>
#include <map>
#include <set>
#include <functional>
#include <sstream>

#include <fmt/format.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/indicators/test_register.h"
#include "helhed/register/geography.h"
#include "helhed/register/synth.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::indicators {
namespace {

// A register for one region (fewer units keeps the attacker's matrix small).
struct Fixture {
  testing::ScratchDir dir;
  std::unique_ptr<register_::ColumnStore> store;
  IndicatorSet defs;
  UnitMap units;

  explicit Fixture(uint64_t seed) {
    auto geo = register_::LoadGeography(testing::SourceDir() / "data/geography/kommuner.json");
    register_::Geography region;
    region.regions = geo->regions;
    for (const auto& k : geo->kommuner) {
      if (k.region == 1083) region.kommuner.push_back(k);
    }
    std::ostringstream csv;
    EXPECT_OK(register_::WriteSyntheticRegister({9000, 2023, 2023, seed}, region, csv));
    testing::WriteFileOrDie(dir.path() / "r.csv", csv.str());
    store = std::make_unique<register_::ColumnStore>(testing_internal::StoreFromCsv(dir.path(), dir.path() / "r.csv"));
    defs = *LoadIndicatorSet(testing::SourceDir() / "tests/golden/register/attacker_indicators.json");
    // Zones of two afdelinger each, and a plan of the first five.
    std::vector<std::string> afdelinger(store->afdelinger().begin() + 1, store->afdelinger().end());
    std::sort(afdelinger.begin(), afdelinger.end());
    for (size_t i = 0; i < afdelinger.size(); ++i) {
      units.entries.push_back({afdelinger[i], "Z" + std::to_string(i / 2), "Zone", "zone"});
      if (i < 5) units.entries.push_back({afdelinger[i], "PLAN", "Planen", "plan"});
    }
  }
};

// What the attacker solves: variables for every (unit, indicator, part) in
// the output and for every kommune's unpublished residual.
class Attacker {
 public:
  Attacker(const Computation& c, const IndicatorSet& defs, const UnitMap& areas, const register_::ColumnStore& store,
           int min_cell)
      : min_cell_(min_cell) {
    const auto& rows = c.table.rows();
    // Membership the attacker knows: afdeling -> kommune, kommune -> region.
    std::map<std::string, std::string> afdeling_kommune;
    std::map<std::string, std::string> kommune_region;
    for (const auto& cell : store.cells()) {
      const std::string k = fmt::format("{:03d}", cell.kommune);
      if (cell.afdeling != 0) afdeling_kommune[store.afdelinger()[cell.afdeling]] = k;
      kommune_region[k] = std::to_string(cell.region);
    }
    std::vector<std::string> parts_of = {"n", "d"};
    auto var = [&](const std::string& key) {
      auto [it, inserted] = index_.try_emplace(key, index_.size());
      return it->second;
    };
    auto key = [](const std::string& level, const std::string& id, const std::string& ind, char part) {
      return level + "|" + id + "|" + ind + "|" + part;
    };
    std::vector<std::pair<char, std::vector<std::string>>> indicators;
    for (const auto& def : defs.indicators) {
      std::vector<char> parts;
      if (def.kind != IndicatorKind::kMean) parts.push_back('n');
      if (def.kind != IndicatorKind::kCount) parts.push_back('d');
      for (char part : parts) {
        // Hierarchy equations: parent - sum(children) [- residual] = 0.
        for (const auto& [k, region] : kommune_region) {
          std::map<size_t, double> eq{{var(key("kommune", k, def.id, part)), 1.0},
                                      {var(key("residual", k, def.id, part)), -1.0}};
          for (const auto& [afd, ak] : afdeling_kommune) {
            if (ak == k) eq[var(key("afdeling", afd, def.id, part))] -= 1.0;
          }
          equations_.push_back(eq);
        }
        std::map<std::string, std::map<size_t, double>> regions;
        std::map<size_t, double> land{{var(key("land", "DK", def.id, part)), 1.0}};
        for (const auto& [k, region] : kommune_region) {
          auto& eq = regions[region];
          eq[var(key("region", region, def.id, part))] = 1.0;
          eq[var(key("kommune", k, def.id, part))] -= 1.0;
        }
        for (auto& [region, eq] : regions) {
          equations_.push_back(eq);
          land[var(key("region", region, def.id, part))] -= 1.0;
        }
        equations_.push_back(land);
        std::map<std::pair<std::string, std::string>, std::map<size_t, double>> area_eqs;
        for (const auto& e : areas.entries) {
          auto& eq = area_eqs[{e.level, e.unit_id}];
          eq[var(key(e.level, e.unit_id, def.id, part))] = 1.0;
          if (afdeling_kommune.count(e.afdeling)) eq[var(key("afdeling", e.afdeling, def.id, part))] -= 1.0;
        }
        for (auto& [unit, eq] : area_eqs) equations_.push_back(eq);
      }
    }
    // Relations hold for every unit and for every residual.
    std::set<std::pair<std::string, std::string>> unit_ids;
    for (const auto& row : rows) unit_ids.insert({row.unit_level, row.unit_id});
    for (const auto& [k, region] : kommune_region) unit_ids.insert({"residual", k});
    for (const auto& relation : defs.relations) {
      for (const auto& [level, id] : unit_ids) {
        std::map<size_t, double> eq;
        for (const auto& term : relation.terms) {
          eq[var(key(level, id, defs.indicators[term.indicator].id, term.part == Part::kNumerator ? 'n' : 'd'))] +=
              term.coefficient;
        }
        equations_.push_back(eq);
      }
    }
    // Known values: every row published (ok or not_available).
    known_.assign(index_.size(), false);
    for (const auto& row : rows) {
      if (row.status == CellStatus::kSuppressed) {
        hidden_.push_back(&row);
        continue;
      }
      if (row.kind != IndicatorKind::kMean) known_[var(key(row.unit_level, row.unit_id, row.indicator_id, 'n'))] = true;
      if (row.kind != IndicatorKind::kCount) known_[var(key(row.unit_level, row.unit_id, row.indicator_id, 'd'))] = true;
    }
    known_.resize(index_.size(), false);
    Solve();
    key_ = key;
  }

  // Suppressed rows whose small numerator, denominator or denominator -
  // numerator the attacker can pin down.
  std::vector<std::string> Recovered() {
    std::vector<std::string> found;
    for (const ResultRow* row : hidden_) {
      std::vector<std::map<size_t, double>> targets;
      auto at = [&](char part) {
        const auto it = index_.find(key_(row->unit_level, row->unit_id, row->indicator_id, part));
        return it == index_.end() ? SIZE_MAX : it->second;
      };
      const size_t n = at('n');
      const size_t d = at('d');
      // The small numbers are what must stay hidden (a large denominator
      // of a row hidden for its small numerator may be public elsewhere).
      // An empty group (count or population 0) concerns nobody, and a share
      // over it publishes that 0 as not_available anyway.
      if ((row->kind == IndicatorKind::kCount ? row->numerator : row->denominator) == 0) continue;
      if (row->kind != IndicatorKind::kMean && row->numerator < min_cell_) targets.push_back({{n, 1.0}});
      if (row->kind != IndicatorKind::kCount && row->denominator < min_cell_) targets.push_back({{d, 1.0}});
      if (row->kind == IndicatorKind::kShare && row->denominator - row->numerator < min_cell_) {
        targets.push_back({{d, 1.0}, {n, -1.0}});
      }
      for (const auto& t : targets) {
        if (Determined(t)) {
          found.push_back(fmt::format("{} {} {}", row->unit_level, row->unit_id, row->indicator_id));
          break;
        }
      }
    }
    return found;
  }

 private:
  // Row-reduces the equations restricted to unknown variables.
  void Solve() {
    for (const auto& eq : equations_) {
      std::map<size_t, double> row;
      for (const auto& [v, coef] : eq) {
        if (!known_[v]) row[v] += coef;
      }
      Insert(row);
    }
  }
  std::map<size_t, double> Reduce(std::map<size_t, double> row) const {
    bool changed = true;
    while (changed) {
      changed = false;
      for (auto it = row.begin(); it != row.end(); ++it) {
        if (std::abs(it->second) < 1e-9) continue;
        const auto p = pivots_.find(it->first);
        if (p == pivots_.end()) continue;
        const double factor = it->second / p->second.at(it->first);
        for (const auto& [v, coef] : p->second) row[v] -= factor * coef;
        changed = true;
        break;
      }
    }
    for (auto it = row.begin(); it != row.end();) it = std::abs(it->second) < 1e-9 ? row.erase(it) : std::next(it);
    return row;
  }
  void Insert(const std::map<size_t, double>& eq) {
    auto row = Reduce(eq);
    if (!row.empty()) pivots_[row.begin()->first] = row;
  }
  bool Determined(const std::map<size_t, double>& target) const { return Reduce(target).empty(); }

  int min_cell_;
  std::map<std::string, size_t> index_;
  std::vector<std::map<size_t, double>> equations_;
  std::vector<bool> known_;
  std::vector<const ResultRow*> hidden_;
  std::map<size_t, std::map<size_t, double>> pivots_;
  std::function<std::string(const std::string&, const std::string&, const std::string&, char)> key_;
};

TEST(DisclosureTest, RefusesThresholdBelowThree) {
  Computation c;
  IndicatorSet defs;
  EXPECT_THAT(ApplyDisclosureControl(c, defs, 2),
              testing::StatusIs(StatusCode::kInvalidArgument, ::testing::HasSubstr("--min-cell 2 er for lavt")));
}

// EVIDENCE-OF: issue 4: "secondary suppression, so that no suppressed value
// can be recovered by subtraction from other values published in the same
// output (a parent is the sum of its children). A test plays the attacker".
TEST(DisclosureTest, AttackerRecoversNothingAfterSecondarySuppression) {
  for (uint64_t seed : {1u, 2u, 3u, 4u, 5u, 6u, 7u, 8u}) {
    for (int min_cell : {3, 5, 10}) {
      Fixture f(seed);
      ASSERT_OK_AND_ASSIGN(auto c, Compute(*f.store, f.defs, f.units, {2023, 2023}));
      ASSERT_OK_AND_ASSIGN(auto report, ApplyDisclosureControl(c, f.defs, min_cell));
      EXPECT_GT(report.primary, 0);
      Attacker attacker(c, f.defs, f.units, *f.store, min_cell);
      EXPECT_THAT(attacker.Recovered(), ::testing::IsEmpty()) << "seed " << seed << " min_cell " << min_cell;
    }
  }
}

// Rows are hidden from the derivation that gives a small number away (the
// published rows it combines), one choice per derivation. The rounds of
// sibling picks that widened to 2, 4 and 8 rows (commit 38070e7) hid 81 and
// 83 rows in these two registers at --min-cell 10 to protect what 7 and 11
// rows protect now; all 24 fixture cases hid at most as many rows as before.
TEST(DisclosureTest, SecondarySuppressionHidesFewRowsWhereWideningOverHid) {
  for (uint64_t seed : {1u, 8u}) {
    Fixture f(seed);
    ASSERT_OK_AND_ASSIGN(auto c, Compute(*f.store, f.defs, f.units, {2023, 2023}));
    ASSERT_OK_AND_ASSIGN(auto report, ApplyDisclosureControl(c, f.defs, 10));
    EXPECT_GT(report.secondary, 0) << "seed " << seed;
    EXPECT_LE(report.secondary, 15) << "seed " << seed;
    Attacker attacker(c, f.defs, f.units, *f.store, 10);
    EXPECT_THAT(attacker.Recovered(), ::testing::IsEmpty()) << "seed " << seed;
  }
}

TEST(DisclosureTest, AttackerWinsWithPrimarySuppressionAlone) {
  // The attack is real: with primary suppression only, it recovers values.
  Fixture f(1);
  ASSERT_OK_AND_ASSIGN(auto c, Compute(*f.store, f.defs, f.units, {2023, 2023}));
  for (auto& row : c.table.mutable_rows()) {
    if (row.status != CellStatus::kOk) continue;
    const bool small = row.kind == IndicatorKind::kCount ? row.numerator < 5
                       : row.kind == IndicatorKind::kMean ? row.denominator < 5
                                                          : (row.numerator < 5 || row.denominator < 5 ||
                                                             row.denominator - row.numerator < 5);
    if (small) row.status = CellStatus::kSuppressed;
  }
  Attacker attacker(c, f.defs, f.units, *f.store, 5);
  EXPECT_THAT(attacker.Recovered(), ::testing::Not(::testing::IsEmpty()));
}

// When a small number stays recoverable and no row on its derivation can be
// hidden, disclosure control refuses (kInternal, Danish) instead of
// publishing it. Consistent counts never get here (a not_available row is an
// empty group, so it holds nothing small); the rows below claim
// not_available over non-empty groups, which a row that cannot be hidden
// stands for: kommune 607 = afdeling A (100 residents) + 2 residents outside
// social housing, and both rows show, so the 2 follow by subtraction.
TEST(DisclosureTest, RefusesWhenNoRowOnTheDerivationCanBeHidden) {
  IndicatorSet defs;
  defs.indicators.push_back({.id = "residents", .name = "Beboere", .kind = IndicatorKind::kCount});
  Computation c;
  c.atom_count = 2;                    // atom 0: afdeling A; atom 1: kommune 607 outside social housing
  c.atom_is_residual = {false, true};
  c.atom_counts["residents\x1f" "2023"] = {{100, 100}, {2, 2}};
  c.units = {{"land", "DK", {0, 1}, "Hele landet"},
             {"region", "1083", {0, 1}, "Region Syddanmark"},
             {"kommune", "607", {0, 1}, "Fredericia"},
             {"afdeling", "A", {0}, "A"}};
  for (const auto& unit : c.units) {
    ResultRow row;
    row.unit_id = c.table.Name(unit.unit_id);
    row.unit_level = c.table.Name(unit.unit_level);
    row.indicator_id = c.table.Name("residents");
    row.year = 2023;
    row.kind = IndicatorKind::kCount;
    row.numerator = unit.unit_id == "A" ? 100 : 102;
    row.status = CellStatus::kNotAvailable;
    c.table.mutable_rows().push_back(row);
  }
  EXPECT_THAT(ApplyDisclosureControl(c, defs, 5),
              testing::StatusIs(StatusCode::kInternal,
                                ::testing::AllOf(::testing::HasSubstr("kunne ikke skjule alle små tal"),
                                                 ::testing::HasSubstr("beboere uden for almene afdelinger"),
                                                 ::testing::HasSubstr("intet er offentliggjort"))));

  // The same rows published as ok can be hidden: the afdeling (the cheapest
  // row on the derivation) goes, and nothing is refused.
  for (auto& row : c.table.mutable_rows()) row.status = CellStatus::kOk;
  ASSERT_OK_AND_ASSIGN(auto report, ApplyDisclosureControl(c, defs, 5));
  EXPECT_EQ(report.primary, 0);
  EXPECT_EQ(report.secondary, 1);
  EXPECT_EQ(c.table.Find("afdeling", "A", 2023, "residents")->status, CellStatus::kSuppressed);
  EXPECT_EQ(c.table.Find("kommune", "607", 2023, "residents")->status, CellStatus::kOk);
}

TEST(DisclosureTest, SuppressedRowsAreTheSmallOnesAndTheirProtection) {
  Fixture f(2);
  ASSERT_OK_AND_ASSIGN(auto c, Compute(*f.store, f.defs, f.units, {2023, 2023}));
  ASSERT_OK_AND_ASSIGN(auto report, ApplyDisclosureControl(c, f.defs, 5));
  int64_t suppressed = 0;
  for (const auto& row : c.table.rows()) {
    if (row.status == CellStatus::kSuppressed) ++suppressed;
    // Nothing small is published.
    if (row.status == CellStatus::kOk && row.kind == IndicatorKind::kShare) {
      EXPECT_GE(row.numerator, 5);
      EXPECT_GE(row.denominator - row.numerator, 5);
    }
    if (row.status == CellStatus::kOk && row.kind == IndicatorKind::kCount) {
      EXPECT_GE(row.numerator, 5);
    }
  }
  EXPECT_EQ(suppressed, report.primary + report.secondary);
  // The country total is never suppressed in a register of 9000 persons.
  EXPECT_EQ(c.table.Find("land", "DK", 2023, "residents")->status, CellStatus::kOk);
}

}  // namespace
}  // namespace helhed::indicators
