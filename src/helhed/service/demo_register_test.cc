// SPDX-License-Identifier: Apache-2.0
// The demo's register data reach the Fredericia plan's dashboards: every
// afdeling in data/demo/fredericia-areas.csv exists in the synthetic register
// (else its zone would be empty), goal 2 gets area, kommune and land series
// and a zone breakdown, and the boligområde has its § 61 a lists. Guards the demo data against changes to synth.
#include "helhed/service/demo_register.h"

#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/planfile/plan_json.h"
#include "helhed/service/follow_up_service.h"
#include "helhed/store/open_store.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::service {
namespace {

TEST(DemoRegisterTest, FillsTheFredericiaDashboards) {
  testing::ScratchDir scratch;
  store::StoreOptions options;
  options.schema = store::SchemaMode::kCreate;
  ASSERT_OK_AND_ASSIGN(auto store, store::OpenStore("sqlite:" + (scratch.path() / "demo.db").string(), options));
  const auto data_dir = testing::SourceDir() / "data";
  ASSERT_OK(SeedDemoRegister(*store, data_dir));
  ASSERT_OK(SeedDemoRegister(*store, data_dir));  // a second start leaves it alone

  // Every mapped afdeling has residents in some year.
  std::ifstream areas(data_dir / "demo" / "fredericia-areas.csv");
  std::string line;
  std::getline(areas, line);
  while (std::getline(areas, line)) {
    const std::string afdeling = line.substr(0, line.find(','));
    ASSERT_OK_AND_ASSIGN(auto rows, store->ListMeasurements("afdeling:" + afdeling, std::string_view("residents")));
    bool lived_in = false;
    for (const auto& m : rows) lived_in = lived_in || m.status != "not_available";
    EXPECT_TRUE(lived_in) << afdeling << " is not in the synthetic register";
  }

  ASSERT_OK_AND_ASSIGN(const model::Plan plan, planfile::ReadPlanFile(testing::SourceDir() / "examples" / "fredericia-2023.json"));
  ASSERT_OK_AND_ASSIGN(const FollowUpSection goal2, OverallGoalFollowUp(*store, plan, 1, data_dir));
  ASSERT_THAT(goal2.indicators, ::testing::SizeIs(2));
  for (const FollowUpIndicator& indicator : goal2.indicators) {
    EXPECT_EQ(indicator.no_data, "") << indicator.name;
    ASSERT_TRUE(indicator.by_year.has_value()) << indicator.name;
    ASSERT_TRUE(indicator.by_zone.has_value()) << indicator.name;
    // Area, kommune and land over 2019-2024.
    EXPECT_EQ(indicator.by_year->table.rows.size(), 3u * 6u) << indicator.name;
    EXPECT_THAT(indicator.source, ::testing::HasSubstr("Syntetisk register"));
  }

  // The § 61 a page has the boligområde's lists for every list year the
  // register covers (2019-2024 -> list years 2020-2024), each with criteria.
  ASSERT_OK_AND_ASSIGN(auto lists, store->ListListResults("omraade"));
  ASSERT_THAT(lists, ::testing::SizeIs(5));
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(lists[i].list_year, 2020 + i);
    EXPECT_EQ(lists[i].origin, "register");
    EXPECT_THAT(lists[i].result_json, ::testing::HasSubstr("\"criteria\""));
  }
}

}  // namespace
}  // namespace helhed::service
