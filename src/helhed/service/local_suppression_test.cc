// SPDX-License-Identifier: Apache-2.0
#include "helhed/service/local_suppression.h"

#include <gtest/gtest.h>

namespace helhed::service {
namespace {

using charts::Point;

charts::Point Count(int year, int64_t count) {
  return Point::Value(year, static_cast<double>(count), std::nullopt, count, std::nullopt);
}

LocalUnitPoints Unit(std::string id, std::optional<std::string> parent, std::map<int, Point> by_year) {
  return {std::move(id), std::move(parent), std::move(by_year)};
}

bool Hidden(const LocalUnitPoints& unit, int year) {
  return unit.by_year.at(year).status() == charts::PointStatus::kSuppressed;
}

// What an attacker does: in every group whose numbers are all there, one
// hidden number is the parent minus the rest.
void ExpectNothingRecoverable(const std::vector<LocalUnitPoints>& units, int year) {
  for (const LocalUnitPoints& parent : units) {
    if (!parent.by_year.contains(year)) continue;
    int hidden = Hidden(parent, year) ? 1 : 0;
    int children = 0;
    bool complete = true;
    for (const LocalUnitPoints& child : units) {
      if (child.parent != parent.unit) continue;
      ++children;
      if (!child.by_year.contains(year)) {
        complete = false;
        continue;
      }
      hidden += Hidden(child, year) ? 1 : 0;
    }
    if (complete && children > 0) {
      EXPECT_NE(hidden, 1) << parent.unit << " " << year;
    }
  }
}

TEST(LocalSuppressionTest, OneHiddenZoneHidesTheSmallestOtherZone) {
  std::vector<LocalUnitPoints> units = {
      Unit("plan:1", std::nullopt, {{2025, Count(2025, 100)}}),
      Unit("zone:1", "plan:1", {{2025, Count(2025, 50)}}),
      Unit("zone:2", "plan:1", {{2025, Count(2025, 46)}}),
      Unit("zone:3", "plan:1", {{2025, Point::Suppressed(2025)}}),  // 4 persons: below the minimum
  };
  EXPECT_EQ(SuppressRecoverableLocalValues(units), 1);
  EXPECT_FALSE(Hidden(units[0], 2025));
  EXPECT_FALSE(Hidden(units[1], 2025));
  EXPECT_TRUE(Hidden(units[2], 2025));  // 46 < 50
  EXPECT_TRUE(Hidden(units[3], 2025));
  ExpectNothingRecoverable(units, 2025);
}

TEST(LocalSuppressionTest, AGroupWithAMissingValueIsNoEquation) {
  std::vector<LocalUnitPoints> units = {
      Unit("plan:1", std::nullopt, {{2025, Count(2025, 100)}}),
      Unit("zone:1", "plan:1", {{2025, Count(2025, 50)}}),
      Unit("zone:2", "plan:1", {{2025, Point::Suppressed(2025)}}),
      Unit("zone:3", "plan:1", {}),  // nothing entered for 2025
  };
  EXPECT_EQ(SuppressRecoverableLocalValues(units), 0);
  EXPECT_FALSE(Hidden(units[1], 2025));
}

TEST(LocalSuppressionTest, HidingCascadesUpAndDownTheUnits) {
  // plan ⊃ boligområde ⊃ two zones; zone b is small. Hiding zone a leaves
  // the boligområde's group safe; the plan's only child is published.
  // In 2024 the boligområde itself is small: the plan, its only parent, goes too.
  std::vector<LocalUnitPoints> units = {
      Unit("plan:1", std::nullopt, {{2025, Count(2025, 60)}, {2024, Count(2024, 9)}}),
      Unit("boligområde:o", "plan:1", {{2025, Count(2025, 60)}, {2024, Point::Suppressed(2024)}}),
      Unit("zone:a", "boligområde:o", {{2025, Count(2025, 57)}}),
      Unit("zone:b", "boligområde:o", {{2025, Point::Suppressed(2025)}}),
  };
  EXPECT_EQ(SuppressRecoverableLocalValues(units), 2);
  EXPECT_TRUE(Hidden(units[2], 2025));
  EXPECT_FALSE(Hidden(units[1], 2025));
  EXPECT_TRUE(Hidden(units[0], 2024));
  ExpectNothingRecoverable(units, 2025);
  ExpectNothingRecoverable(units, 2024);
}

TEST(LocalSuppressionTest, RandomGroupsNeverLeaveOneHiddenNumber) {
  unsigned state = 12345;
  auto next = [&] { return state = state * 1103515245u + 12345u, (state >> 16) & 0x7fff; };
  for (int trial = 0; trial < 200; ++trial) {
    std::vector<LocalUnitPoints> units = {Unit("plan:1", std::nullopt, {})};
    const int areas = 1 + next() % 3;
    for (int a = 0; a < areas; ++a) {
      const std::string area = "boligområde:" + std::to_string(a);
      units.push_back(Unit(area, "plan:1", {}));
      const int zones = next() % 4;
      for (int z = 0; z < zones; ++z) units.push_back(Unit(area + "/zone:" + std::to_string(z), area, {}));
    }
    for (LocalUnitPoints& unit : units) {
      const int64_t count = next() % 40;
      unit.by_year.emplace(2025, count < 5 ? Point::Suppressed(2025) : Count(2025, count));
    }
    SuppressRecoverableLocalValues(units);
    ExpectNothingRecoverable(units, 2025);
  }
}

}  // namespace
}  // namespace helhed::service
