// SPDX-License-Identifier: Apache-2.0
// Runs CheckPlan on every plan in examples/rules/: clean.json has no
// findings at all, and <code>.json (clean.json with one change) has findings
// with exactly the codes listed below — its own code, plus the few that the
// same change necessarily triggers.
#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/planfile/plan_json.h"
#include "helhed/rules/check.h"
#include "helhed/rules/pack_loader.h"
#include "helhed/rules/registry.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::rules {
namespace {

namespace fs = std::filesystem;
using ::helhed::testing::SourceDir;

// Codes an example triggers besides the one it is named after.
const std::map<std::string, std::set<std::string>>& Extras() {
  static const auto* extras = new std::map<std::string, std::set<std::string>>{
      // Lowering every area's local share lowers the plan's too.
      {"R14.cofinancing_below_minimum", {"R14.cofinancing_area_low"}},
  };
  return *extras;
}

std::set<std::string> CodesOf(const fs::path& file) {
  StatusOr<model::Plan> plan = planfile::ReadPlanFile(file);
  EXPECT_TRUE(plan.ok()) << plan.status();
  if (!plan.ok()) return {"<unreadable>"};
  StatusOr<GrantFramePack> pack = LoadGrantFramePack(SourceDir() / "data", plan->grant_frame);
  EXPECT_TRUE(pack.ok()) << pack.status();
  if (!pack.ok()) return {"<no pack>"};
  std::set<std::string> codes;
  for (const Finding& finding : CheckPlan(*plan, *pack)) {
    codes.insert(finding.code);
    EXPECT_FALSE(finding.message.empty()) << finding.code;
  }
  return codes;
}

TEST(ExamplesTest, CleanPlanHasNoFindings) {
  EXPECT_THAT(CodesOf(SourceDir() / "examples/rules/clean.json"), ::testing::IsEmpty());
}

TEST(ExamplesTest, EachExampleTriggersExactlyItsRule) {
  int checked = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(SourceDir() / "examples/rules")) {
    const fs::path& path = entry.path();
    if (path.extension() != ".json" || path.stem() == "clean") continue;
    const std::string code = path.stem().string();
    std::set<std::string> expected = {code};
    if (auto it = Extras().find(code); it != Extras().end()) expected.insert(it->second.begin(), it->second.end());
    EXPECT_EQ(CodesOf(path), expected) << path;
    ++checked;
  }
  EXPECT_GT(checked, 0);
}

// Every rule code has its example, so a new rule cannot arrive untested.
TEST(ExamplesTest, EveryRuleCodeHasAnExample) {
  for (const std::string& code : AllRuleCodes()) {
    EXPECT_TRUE(fs::exists(SourceDir() / "examples/rules" / (code + ".json"))) << code;
  }
}

}  // namespace
}  // namespace helhed::rules
