// SPDX-License-Identifier: Apache-2.0
// The synthetic register is reproducible, valid input for the reader, spread
// over all 98 kommuner with about a sixth in afdelinger, and has deprived
// afdelinger like the Fredericia zones.
#include "helhed/register/synth.h"

#include <map>
#include <set>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/register/csv_reader.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::register_ {
namespace {

Geography LoadOrDie() {
  auto geo = LoadGeography(testing::SourceDir() / "data" / "geography" / "kommuner.json");
  EXPECT_TRUE(geo.ok()) << geo.status();
  return *geo;
}

std::string Synth(uint64_t persons, int first, int last, uint64_t seed) {
  std::ostringstream out;
  EXPECT_OK(WriteSyntheticRegister({persons, first, last, seed}, LoadOrDie(), out));
  return out.str();
}

TEST(SynthTest, SameSeedSameBytes) {
  EXPECT_EQ(Synth(3000, 2020, 2022, 7), Synth(3000, 2020, 2022, 7));
  EXPECT_NE(Synth(3000, 2020, 2022, 7), Synth(3000, 2020, 2022, 8));
}

TEST(SynthTest, GeographyHas98KommunerIn5Regions) {
  const auto geo = LoadOrDie();
  EXPECT_EQ(geo.kommuner.size(), 98u);
  std::set<int> regions;
  for (const auto& k : geo.kommuner) regions.insert(k.region);
  EXPECT_EQ(regions, (std::set<int>{1081, 1082, 1083, 1084, 1085}));
  EXPECT_EQ(geo.KommuneName(607), "Fredericia");
}

TEST(SynthTest, RealisticAndValid) {
  testing::ScratchDir dir;
  testing::WriteFileOrDie(dir.path() / "r.csv", Synth(120000, 2020, 2021, 1));
  std::set<int> kommuner;
  std::map<std::string, std::pair<int, int>> outside;  // afdeling -> (outside, 18-64)
  std::map<int, std::set<std::string>> ids_per_year;
  uint64_t in_afdeling = 0, rows_2020 = 0;
  ASSERT_OK_AND_ASSIGN(auto report, ReadRegisterCsv({dir.path() / "r.csv"}, EachRow([&](const PersonYear& row) {
                         kommuner.insert(row.kommune);
                         if (row.year != 2020) return;
                         ++rows_2020;
                         if (!row.afdeling.empty()) {
                           ++in_afdeling;
                           if (row.age >= 18 && row.age <= 64) {
                             auto& [out, all] = outside[row.afdeling];
                             ++all;
                             if (!(row.flags & (kEmployed | kInEducation))) ++out;
                           }
                         }
                       })));
  EXPECT_EQ(report.rows_bad, 0u);
  EXPECT_EQ(report.rows_ok, 240000u);
  EXPECT_EQ(rows_2020, 120000u);
  EXPECT_EQ(kommuner.size(), 98u);
  EXPECT_NEAR(static_cast<double>(in_afdeling) / rows_2020, 1.0 / 6.0, 0.01);
  int deprived = 0;
  for (const auto& [afd, counts] : outside) {
    if (counts.second >= 40 && counts.first >= 0.33 * counts.second) ++deprived;
  }
  EXPECT_GE(deprived, 3) << "some afdelinger should look like the Fredericia zones (35-40 % outside)";
  EXPECT_GE(outside.size(), 100u);
}

}  // namespace
}  // namespace helhed::register_
