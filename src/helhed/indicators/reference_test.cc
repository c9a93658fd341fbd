// SPDX-License-Identifier: Apache-2.0
// Correctness against an independent reference: on random synthetic
// registers, every indicator, unit and year computed by the engine (before
// suppression) equals what plain SQL in SQLite computes over the same CSV.
// The SQL below is written by hand from the indicator wording, not derived
// from data/indicators/indicators.json, so a wrong definition file fails too.
#include <sqlite3.h>

#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/indicators/engine.h"
#include "helhed/indicators/test_register.h"
#include "helhed/register/geography.h"
#include "helhed/register/synth.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::indicators {
namespace {

struct Reference {
  std::string id;
  std::string kind;        // share, mean, count
  std::string population;  // SQL condition
  std::string numerator;   // SQL condition (share) or value expression (mean)
};

std::vector<Reference> References() {
  std::vector<Reference> refs = {
      {"F1", "share", "age BETWEEN 1 AND 5 AND in_daycare IS NOT NULL", "in_daycare = 1"},
      {"F2", "mean", "grade_9 IS NOT NULL", "grade_9"},
      {"F3", "share", "age BETWEEN 18 AND 29", "education = 'grundskole' AND in_education = 0"},
      {"F4", "share", "age BETWEEN 15 AND 29", "employed = 0 AND in_education = 0"},
      {"F5", "share", "age BETWEEN 18 AND 64", "employed = 0 AND in_education = 0"},
      {"F6", "share", "age BETWEEN 15 AND 29", "charged = 1"},
      {"F9", "share", "voted IS NOT NULL", "voted = 1"},
      {"residents", "count", "1", ""},
      {"residents_0_5", "count", "age <= 5", ""},
      {"residents_6_14", "count", "age BETWEEN 6 AND 14", ""},
      {"residents_15_17", "count", "age BETWEEN 15 AND 17", ""},
      {"residents_18_29", "count", "age BETWEEN 18 AND 29", ""},
      {"residents_30_49", "count", "age BETWEEN 30 AND 49", ""},
      {"residents_50_64", "count", "age BETWEEN 50 AND 64", ""},
      {"residents_65plus", "count", "age >= 65", ""},
      {"non_western", "share", "1", "origin IN ('indvandrer_ikke_vestlig', 'efterkommer_ikke_vestlig')"},
      {"only_primary_30_59", "share", "age BETWEEN 30 AND 59 AND education <> 'ukendt'", "education = 'grundskole'"},
      {"employed_16_64", "share", "age BETWEEN 16 AND 64", "employed = 1"},
      {"income_taxable_15_64", "mean", "age BETWEEN 15 AND 64 AND taxable = 1 AND in_education = 0", "gross_income"},
      {"charged_15plus", "share", "age >= 15", "charged = 1"},
      {"charged_18plus", "share", "age >= 18", "charged = 1"},
      {"convicted_15plus", "share", "age >= 15", "convicted = 1"},
      {"convicted_18plus", "share", "age >= 18", "convicted = 1"},
  };
  for (const char* origin : {"dansk", "indvandrer_vestlig", "indvandrer_ikke_vestlig", "efterkommer_vestlig",
                             "efterkommer_ikke_vestlig"}) {
    refs.push_back({fmt::format("residents_{}", origin), "count", fmt::format("origin = '{}'", origin), ""});
  }
  for (const auto& [lo, hi] : {std::pair{15, 64}, std::pair{30, 59}}) {
    for (const char* edu : {"grundskole", "gymnasial", "erhvervsfaglig", "kvu", "mvu", "lvu", "ukendt"}) {
      refs.push_back({fmt::format("edu_{}_{}_{}", lo, hi, edu), "share", fmt::format("age BETWEEN {} AND {}", lo, hi),
                      fmt::format("education = '{}'", edu)});
    }
  }
  return refs;
}

class Sql {
 public:
  Sql() { sqlite3_open(":memory:", &db_); }
  ~Sql() { sqlite3_close(db_); }
  void Exec(const std::string& sql) {
    char* error = nullptr;
    ASSERT_EQ(sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &error), SQLITE_OK) << (error ? error : "") << "\n" << sql;
  }
  sqlite3* db() { return db_; }

 private:
  sqlite3* db_ = nullptr;
};

std::vector<std::string> SplitComma(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream in(line);
  std::string field;
  while (std::getline(in, field, ',')) out.push_back(field);
  if (!line.empty() && line.back() == ',') out.push_back("");
  return out;
}

void Import(Sql& sql, const std::filesystem::path& csv, const UnitMap& units) {
  sql.Exec(
      "CREATE TABLE p(year INT, person_id TEXT, afdeling TEXT, kommune INT, region INT, age INT, sex TEXT, origin TEXT,"
      " education TEXT, in_education INT, employed INT, gross_income INT, taxable INT, charged INT, convicted INT,"
      " in_daycare INT, grade_9 REAL, voted INT);"
      "CREATE TABLE areas(afdeling TEXT, unit_id TEXT, unit_name TEXT, level TEXT);");
  sql.Exec("BEGIN");
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(sql.db(), "INSERT INTO p VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", -1, &insert, nullptr);
  std::ifstream in(csv);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    const auto fields = SplitComma(line);
    ASSERT_EQ(fields.size(), 18u) << line;
    for (int i = 0; i < 18; ++i) {
      // Empty optional columns (in_daycare, grade_9, voted) are NULL.
      if (fields[i].empty() && (i == 15 || i == 16 || i == 17)) sqlite3_bind_null(insert, i + 1);
      else sqlite3_bind_text(insert, i + 1, fields[i].c_str(), -1, SQLITE_TRANSIENT);
    }
    ASSERT_EQ(sqlite3_step(insert), SQLITE_DONE);
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  for (const auto& e : units.entries) {
    sql.Exec(fmt::format("INSERT INTO areas VALUES ('{}','{}','{}','{}')", e.afdeling, e.unit_id, e.unit_name, e.level));
  }
  sql.Exec("COMMIT");
  sql.Exec(
      "CREATE VIEW pu AS"
      " SELECT 'land' AS level, 'DK' AS unit, p.* FROM p"
      " UNION ALL SELECT 'region', CAST(region AS TEXT), p.* FROM p"
      " UNION ALL SELECT 'kommune', printf('%03d', kommune), p.* FROM p"
      " UNION ALL SELECT 'afdeling', afdeling, p.* FROM p WHERE afdeling <> ''"
      " UNION ALL SELECT a.level, a.unit_id, p.* FROM p JOIN areas a ON a.afdeling = p.afdeling");
}

TEST(ReferenceTest, EngineEqualsSqlForEveryIndicatorUnitAndYear) {
  const auto geo = *register_::LoadGeography(testing::SourceDir() / "data/geography/kommuner.json");
  ASSERT_OK_AND_ASSIGN(const auto defs, LoadIndicatorSet(testing::SourceDir() / "data/indicators/indicators.json"));
  const auto refs = References();
  std::set<std::string> ref_ids, def_ids;
  for (const auto& r : refs) ref_ids.insert(r.id);
  for (const auto& d : defs.indicators) def_ids.insert(d.id);
  ASSERT_EQ(ref_ids, def_ids) << "every indicator needs a hand-written SQL reference";

  struct Case {
    uint64_t persons;
    uint64_t seed;
  };
  for (const Case& c : {Case{2500, 11}, Case{6000, 12}, Case{4000, 13}}) {
    testing::ScratchDir dir;
    {
      std::ofstream out(dir.path() / "r.csv");
      ASSERT_OK(register_::WriteSyntheticRegister({c.persons, 2019, 2021, c.seed}, geo, out));
    }
    const auto store = testing_internal::StoreFromCsv(dir.path(), dir.path() / "r.csv");
    // Overlapping plan units: zones of three afdelinger, a boligområde of
    // every other one, and one plan of the first ten.
    UnitMap units;
    for (size_t i = 1; i < store.afdelinger().size(); ++i) {
      const std::string& afd = store.afdelinger()[i];
      units.entries.push_back({afd, fmt::format("Z{}", i / 3), "Zone", "zone"});
      if (i % 2 == 0) units.entries.push_back({afd, "BO", "Boligområdet", "boligområde"});
      if (i <= 10) units.entries.push_back({afd, "PLAN", "Planen", "plan"});
    }
    units.entries.push_back({"NOT-IN-REGISTER", "PLAN", "Planen", "plan"});
    ASSERT_OK_AND_ASSIGN(const auto computation, Compute(store, defs, units, {2019, 2021}, &geo));
    Sql sql;
    Import(sql, dir.path() / "r.csv", units);

    int64_t compared = 0;
    for (const auto& ref : refs) {
      std::string select;
      if (ref.kind == "share") {
        select = fmt::format("SUM(CASE WHEN {} THEN 1 ELSE 0 END), COUNT(*), 0, 0", ref.numerator);
      } else if (ref.kind == "mean") {
        select = fmt::format("0, COUNT(*), SUM({0}), SUM({0} * {0})", ref.numerator);
      } else {
        select = "COUNT(*), 0, 0, 0";
      }
      const std::string query =
          fmt::format("SELECT level, unit, year, {} FROM pu WHERE {} GROUP BY level, unit, year", select, ref.population);
      sqlite3_stmt* stmt = nullptr;
      ASSERT_EQ(sqlite3_prepare_v2(sql.db(), query.c_str(), -1, &stmt, nullptr), SQLITE_OK) << query;
      std::set<std::string> seen;
      while (sqlite3_step(stmt) == SQLITE_ROW) {
        const std::string level = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        const std::string unit = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1));
        const int year = sqlite3_column_int(stmt, 2);
        const auto* row = computation.table.Find(level, unit, year, ref.id);
        ASSERT_NE(row, nullptr) << level << " " << unit << " " << year << " " << ref.id;
        seen.insert(level + "|" + unit + "|" + std::to_string(year));
        const std::string where = fmt::format("{} {} {} {} (seed {})", ref.id, level, unit, year, c.seed);
        if (ref.kind == "share") {
          EXPECT_EQ(row->numerator, sqlite3_column_int64(stmt, 3)) << where;
          EXPECT_EQ(row->denominator, sqlite3_column_int64(stmt, 4)) << where;
        } else if (ref.kind == "mean") {
          EXPECT_EQ(row->denominator, sqlite3_column_int64(stmt, 4)) << where;
          const double sum = sqlite3_column_double(stmt, 5), squares = sqlite3_column_double(stmt, 6);
          EXPECT_NEAR(row->sum, sum, 1e-9 * std::max(1.0, std::abs(sum))) << where;
          EXPECT_NEAR(row->sum_squares, squares, 1e-9 * std::max(1.0, std::abs(squares))) << where;
        } else {
          EXPECT_EQ(row->numerator, sqlite3_column_int64(stmt, 3)) << where;
        }
        ++compared;
      }
      sqlite3_finalize(stmt);
      // Rows SQL has no group for must be empty populations.
      for (const auto& row : computation.table.rows()) {
        if (row.indicator_id != ref.id || seen.count(row.unit_level.str() + "|" + row.unit_id.str() + "|" + std::to_string(row.year))) {
          continue;
        }
        EXPECT_EQ(row.kind == IndicatorKind::kCount ? row.numerator : row.denominator, 0)
            << ref.id << " " << row.unit_level << " " << row.unit_id << " " << row.year;
      }
    }
    EXPECT_GT(compared, 10000);
  }
}

}  // namespace
}  // namespace helhed::indicators
