// SPDX-License-Identifier: Apache-2.0
// `helhed check` on the imported Fredericia package reports the real defects
// of the source document (validation-rules.md), found without hand edits.
#include <set>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "testing/run_program.h"
#include "testing/test_paths.h"

namespace helhed {
namespace {

using ::helhed::testing::RunHelhed;

// The imported Fredericia plan keeps the source's defects, so `helhed check`
// reports them just as it does for the hand-made example.
TEST(ImportCheckTest, FredericiaDefectsAreReported) {
  testing::ScratchDir dir;
  const auto plan = dir.path() / "fredericia.json";
  const auto imported = RunHelhed(
      {"import", (testing::SourceDir() / "tests/golden/import/plans/fredericia-2023-helhedsplan.txt").string(), "--out",
       plan.string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.err;
  const auto checked = RunHelhed({"check", plan.string(), "--format", "json"});
  ASSERT_EQ(checked.exit_code, 1) << checked.err;  // errors found
  const auto report = nlohmann::json::parse(checked.out);
  std::set<std::string> found;  // "code pointer"
  for (const auto& f : report["findings"]) found.insert(f["code"].get<std::string>() + " " + f["pointer"].get<std::string>());
  const auto has = [&](const std::string& code, const std::string& pointer_prefix) {
    for (const auto& entry : found) {
      if (entry.rfind(code + " " + pointer_prefix, 0) == 0) return true;
    }
    return false;
  };
  // R1: the Krim delaftale gives only "2023-2026" (fredericia 1539).
  EXPECT_TRUE(has("R1.period_incomplete", "/sub_agreements/2")) << checked.out;
  // R1: the U&L delaftale ends 30/12/2026, one day before the agreement (818).
  EXPECT_TRUE(has("R1.sub_period_differs", "/sub_agreements/0/period/end")) << checked.out;
  // R4: F7 has no Baseline år (291).
  EXPECT_TRUE(has("R4.baseline_incomplete", "/overall_goals/2")) << checked.out;
  // R19: section 3 lists 5 board members (133-137), the kommissorium 6
  // (2202), not the same seats.
  EXPECT_TRUE(has("R19.board_members_differ", "/organisation/bodies/0/members")) << checked.out;
  // R3: the checklist names a budget and a milestone plan (48, 50) that the
  // package does not hold; the kommissorium and beredskabsplan it does.
  EXPECT_TRUE(has("R3.document_referenced", "/attachments/0")) << checked.out;
  EXPECT_TRUE(has("R3.document_referenced", "/attachments/1")) << checked.out;
  EXPECT_FALSE(has("R3.document_missing", "/terms_of_reference")) << checked.out;
  EXPECT_FALSE(has("R3.document_missing", "/preparedness_plan")) << checked.out;
  // The board meets 4 times a year in both (149, 2203): no R19 there.
  EXPECT_FALSE(has("R19.board_meetings_differ", "")) << checked.out;
}

}  // namespace
}  // namespace helhed
