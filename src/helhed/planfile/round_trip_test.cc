// SPDX-License-Identifier: Apache-2.0
// Round-trip tests: a canonical file read and written again is byte-identical
// (tests/golden/planfile/), every plan in examples/ reads back to the same
// model after writing, and a model written and read again is equal.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "helhed/planfile/plan_json.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::planfile {
namespace {

namespace fs = std::filesystem;
using ::helhed::testing::ReadFileOrDie;
using ::helhed::testing::SourceDir;

class GoldenRoundTripTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenRoundTripTest, WriteOfReadIsByteIdentical) {
  const std::string text = ReadFileOrDie(SourceDir() / "tests/golden/planfile" / GetParam());
  ASSERT_OK_AND_ASSIGN(model::Plan plan, ParsePlanJson(text));
  EXPECT_EQ(WritePlanJson(plan), text);
}

TEST_P(GoldenRoundTripTest, ReadOfWriteIsEqual) {
  const std::string text = ReadFileOrDie(SourceDir() / "tests/golden/planfile" / GetParam());
  ASSERT_OK_AND_ASSIGN(model::Plan plan, ParsePlanJson(text));
  ASSERT_OK_AND_ASSIGN(model::Plan again, ParsePlanJson(WritePlanJson(plan)));
  EXPECT_EQ(again, plan);
}

INSTANTIATE_TEST_SUITE_P(Golden, GoldenRoundTripTest,
                         ::testing::Values("minimal.json", "full.json"));

// Every helhed/plan@1 file under examples/ (other JSON there, such as list
// inputs, is skipped). Examples need not be canonical, so this compares
// models, not bytes.
TEST(ExamplesRoundTripTest, EveryExamplePlanReadsWritesAndReadsBackEqual) {
  const fs::path examples = SourceDir() / "examples";
  if (!fs::exists(examples)) GTEST_SKIP() << "no examples/ yet";
  int plans = 0;
  for (const fs::directory_entry& entry : fs::recursive_directory_iterator(examples)) {
    if (entry.path().extension() != ".json") continue;
    const std::string text = ReadFileOrDie(entry.path());
    if (text.find("\"helhed/plan@1\"") == std::string::npos) continue;
    ++plans;
    SCOPED_TRACE(entry.path().string());
    StatusOr<model::Plan> plan = ParsePlanJson(text);
    ASSERT_TRUE(plan.ok()) << plan.status();
    ASSERT_OK_AND_ASSIGN(model::Plan again, ParsePlanJson(WritePlanJson(*plan)));
    EXPECT_EQ(again, *plan);
  }
  RecordProperty("example_plans", plans);
}

TEST(ModelRoundTripTest, NumbersKeepTheirValue) {
  model::Plan plan;
  plan.name = "Tal";
  plan.grant_frame = "2019-26";
  model::Indicator indicator;
  indicator.name = "Andel";
  for (double number : {22.1, 0.1, -3.0, 306.0, 1e20, 1.0 / 3.0, 9007199254740993.0, 5e-324}) {
    model::Baseline baseline;
    baseline.scope = model::BaselineScope::kPlan;
    baseline.value.unit = model::Unit::kShare;
    baseline.value.value = number;
    if (!indicator.baselines) indicator.baselines.emplace();
    indicator.baselines->push_back(baseline);
  }
  plan.overall_goals = std::vector<model::OverallGoal>{{std::nullopt, "Mål", std::nullopt,
                                                        std::vector{indicator}}};
  const std::string text = WritePlanJson(plan);
  EXPECT_NE(text.find("\"value\": 22.1\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\"value\": 306\n"), std::string::npos) << text;
  EXPECT_NE(text.find("\"value\": -3\n"), std::string::npos) << text;
  ASSERT_OK_AND_ASSIGN(model::Plan again, ParsePlanJson(text));
  EXPECT_EQ(again, plan);
}

TEST(ModelRoundTripTest, PresentButEmptyKeysSurvive) {
  const std::string text =
      "{\n"
      "  \"format\": \"helhed/plan@1\",\n"
      "  \"name\": \"\",\n"
      "  \"grant_frame\": \"2011-14\",\n"
      "  \"parties\": [],\n"
      "  \"description\": \"\",\n"
      "  \"organisation\": {},\n"
      "  \"budget\": {\n"
      "    \"lines\": []\n"
      "  },\n"
      "  \"milestones\": []\n"
      "}\n";
  ASSERT_OK_AND_ASSIGN(model::Plan plan, ParsePlanJson(text));
  ASSERT_TRUE(plan.milestones.has_value());
  EXPECT_TRUE(plan.milestones->empty());
  EXPECT_FALSE(plan.attachments.has_value());
  EXPECT_EQ(WritePlanJson(plan), text);
}

}  // namespace
}  // namespace helhed::planfile
