// SPDX-License-Identifier: Apache-2.0
#include "helhed/indicators/internal/lane_tables.h"

#include <array>
#include <random>

#include <gtest/gtest.h>

#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::indicators::internal {
namespace {

using register_::Profile;

IndicatorDef Share(int age_min, int age_max, uint16_t numerator_flags) {
  IndicatorDef def;
  def.kind = IndicatorKind::kShare;
  def.population.age_min = age_min;
  def.population.age_max = age_max;
  def.numerator.flags_required_set = numerator_flags;
  return def;
}

IndicatorDef Count(int age_min, int age_max) {
  IndicatorDef def = Share(age_min, age_max, 0);
  def.kind = IndicatorKind::kCount;
  return def;
}

bool In(const uint64_t* lanes, int lane) { return (lanes[lane / 64] >> (lane % 64) & 1) != 0; }

// Indicators that count the same rows share a lane: a count, a share and a
// mean of one population use one lane for all three populations, a count's
// numerator is its population, and conditions no row can meet (here an age
// range that is empty) share one lane that no profile has.
TEST(LaneTablesTest, IndicatorsThatCountTheSameRowsShareALane) {
  IndicatorSet defs;
  defs.indicators = {Count(15, 29), Share(15, 29, register_::kEmployed), Share(15, 29, register_::kCharged),
                     Share(15, 29, register_::kEmployed), Count(30, 20), Share(40, 30, register_::kCharged)};
  defs.indicators.push_back(Count(15, 29));
  defs.indicators.back().kind = IndicatorKind::kMean;
  defs.indicators.back().mean_value = MeanValue::kGrossIncome;
  const LaneTables tables(defs);
  // 15-29; 15-29 employed; 15-29 charged; empty.
  EXPECT_EQ(tables.lanes(), 4u);
  EXPECT_EQ(tables.words(), 1);
  for (size_t i : {1u, 2u, 3u, 6u}) EXPECT_EQ(tables.pop_lane(i), tables.pop_lane(0)) << i;
  EXPECT_EQ(tables.hit_lane(0), tables.pop_lane(0));
  EXPECT_EQ(tables.hit_lane(1), tables.hit_lane(3));
  EXPECT_NE(tables.hit_lane(1), tables.hit_lane(2));
  EXPECT_EQ(tables.pop_lane(4), tables.pop_lane(5));
  EXPECT_EQ(tables.hit_lane(5), tables.pop_lane(5));
  ASSERT_EQ(tables.income().size(), 1u);
  EXPECT_EQ(tables.income()[0].lane, tables.pop_lane(6));
  EXPECT_EQ(tables.mean_slot(6), 0);
  EXPECT_EQ(tables.mean_slot(0), -1);

  const std::vector<Profile> profiles = {{20, 0, 0, 0, register_::kEmployed}, {20, 1, 2, 3, 0}, {40, 0, 0, 0, 0}};
  const std::vector<uint64_t> lanes = tables.ProfileLanes(profiles);
  ASSERT_EQ(lanes.size(), 3u);
  EXPECT_TRUE(In(&lanes[0], tables.hit_lane(1)));
  EXPECT_FALSE(In(&lanes[1], tables.hit_lane(1)));
  EXPECT_TRUE(In(&lanes[1], tables.pop_lane(0)));
  EXPECT_EQ(lanes[2], 0u);
  for (uint64_t word : lanes) EXPECT_FALSE(In(&word, tables.pop_lane(4)));
}

// With more than 64 distinct conditions a row's lanes take two words, and
// for every profile each indicator's lanes say exactly what its own
// conditions say of a row with those values: the shipped definitions and
// 40 extra shares of distinct ages and numerators (more than 64 lanes).
TEST(LaneTablesTest, ProfileLanesAgreeWithTheConditionsInOneWordAndInTwo) {
  ASSERT_OK_AND_ASSIGN(const IndicatorSet shipped,
                       LoadIndicatorSet(testing::SourceDir() / "data/indicators/indicators.json"));
  IndicatorSet wide;
  for (int i = 0; i < 40; ++i) {
    wide.indicators.push_back(Share(i, i + 5 + i % 7, static_cast<uint16_t>(1 << (i % 10))));
    wide.indicators.back().population.origin_mask = static_cast<uint8_t>(0x1F >> (i % 3));
    wide.indicators.back().numerator.education_mask = static_cast<uint8_t>(0x7F >> (i % 4));
  }
  std::mt19937 random(5);
  std::vector<Profile> profiles;
  for (int p = 0; p < 4000; ++p) {
    profiles.push_back({static_cast<uint8_t>(random() % 110), static_cast<uint8_t>(random() % 2),
                        static_cast<uint8_t>(random() % register_::kOriginCount),
                        static_cast<uint8_t>(random() % register_::kEducationCount),
                        static_cast<uint16_t>(random() % kFlagKeys)});
  }
  for (const IndicatorSet* defs : std::array<const IndicatorSet*, 2>{&shipped, &wide}) {
    const LaneTables tables(*defs);
    EXPECT_EQ(tables.words(), defs == &shipped ? 1 : 2) << tables.lanes();
    const std::vector<uint64_t> lanes = tables.ProfileLanes(profiles);
    for (size_t p = 0; p < profiles.size(); ++p) {
      register_::PersonYear row;
      row.age = profiles[p].age;
      row.sex = static_cast<register_::Sex>(profiles[p].sex);
      row.origin = static_cast<register_::Origin>(profiles[p].origin);
      row.education = static_cast<register_::Education>(profiles[p].education);
      row.flags = profiles[p].flags;
      const uint64_t* of = &lanes[p * tables.words()];
      for (size_t i = 0; i < defs->indicators.size(); ++i) {
        const IndicatorDef& def = defs->indicators[i];
        const bool pop = def.population.Matches(row);
        const bool hit = pop && (def.kind != IndicatorKind::kShare || def.numerator.Matches(row));
        ASSERT_EQ(In(of, tables.pop_lane(i)), pop) << def.id << " profile " << p;
        ASSERT_EQ(In(of, tables.hit_lane(i)), hit) << def.id << " profile " << p;
      }
    }
  }
}

}  // namespace
}  // namespace helhed::indicators::internal
