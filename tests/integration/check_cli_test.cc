// SPDX-License-Identifier: Apache-2.0
// End-to-end tests of `helhed check`: exit statuses 0/1/2, the Danish text
// and JSON reports, bad input (malformed JSON, wrong types, unknown grant
// frame, "30/12/2026", missing file), and the real defects of the bundled
// Fredericia plan.
#include <algorithm>
#include <filesystem>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "testing/run_program.h"
#include "testing/test_paths.h"

namespace helhed {
namespace {

using ::helhed::testing::RunHelhed;
using ::helhed::testing::ScratchDir;
using ::helhed::testing::SourceDir;
using ::helhed::testing::WriteFileOrDie;
using ::testing::AllOf;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

std::string Example(const std::string& name) { return (SourceDir() / "examples/rules" / name).string(); }

// The 1-based line of the `nth` (1-based) occurrence of `needle` in a file.
int LineOf(const std::string& path, const std::string& needle, int nth) {
  const std::string text = ::helhed::testing::ReadFileOrDie(path);
  size_t at = std::string::npos;
  for (int i = 0; i < nth; ++i) at = text.find(needle, at == std::string::npos ? 0 : at + 1);
  if (at == std::string::npos) return -1;
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

// Writes `text` as a plan file in `dir` and returns its path.
std::string PlanFile(const ScratchDir& dir, const std::string& text) {
  const auto path = dir.path() / "plan.json";
  WriteFileOrDie(path, text);
  return path.string();
}

TEST(CheckCliTest, CleanPlanExitsZero) {
  const auto result = RunHelhed({"check", Example("clean.json")});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("Ingen fund"));
  EXPECT_THAT(result.out, HasSubstr("\n0 fejl, 0 advarsler\n"));
  EXPECT_THAT(result.err, IsEmpty());
}

TEST(CheckCliTest, WarningsAloneExitZero) {
  const auto result = RunHelhed({"check", Example("R8.target_missing.json")});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_THAT(result.out, HasSubstr("Advarsler (1):\n  advarsel R8.target_missing /sub_agreements/0/goals/0/indicators/0/target (linje "));
  EXPECT_THAT(result.out, HasSubstr("): Indikatoren \"Andel 18-29-årige uden uddannelse\" i delaftalen for \"Uddannelse og "
                                    "livschancer\" har intet mål"));
  EXPECT_THAT(result.out, HasSubstr("\n0 fejl, 1 advarsel\n"));
}

TEST(CheckCliTest, ErrorsExitOneWithDanishLine) {
  // EVIDENCE-OF: validation-rules.md R1: "Its period lies within the strategic agreement's period and, by default, equals it."
  const auto result = RunHelhed({"check", Example("R1.sub_period_differs.json")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.out,
              HasSubstr("Fejl (1):\n  fejl R1.sub_period_differs /sub_agreements/0/period/end (linje " +
                        std::to_string(LineOf(Example("R1.sub_period_differs.json"), "\"end\"", 2)) +
                        "): Delaftalen for \"Uddannelse og "
                        "livschancer\" slutter 30.12.2026, 1 dag før samarbejdsaftalen (31.12.2026)"));
  EXPECT_THAT(result.out, HasSubstr("\n1 fejl, 0 advarsler\n"));
}

TEST(CheckCliTest, JsonFormatIsStable) {
  const auto result = RunHelhed({"check", Example("R14.line_sum.json"), "--format", "json"});
  EXPECT_EQ(result.exit_code, 1);
  const nlohmann::json report = nlohmann::json::parse(result.out);
  EXPECT_EQ(report["format"], "helhed/check@1");
  EXPECT_EQ(report["grant_frame"], "2019-26");
  EXPECT_EQ(report["summary"], nlohmann::json({{"errors", 1}, {"warnings", 0}, {"info", 0}}));
  ASSERT_EQ(report["findings"].size(), 1u);
  EXPECT_EQ(report["findings"][0]["code"], "R14.line_sum");
  EXPECT_EQ(report["findings"][0]["severity"], "error");
  EXPECT_EQ(report["findings"][0]["pointer"], "/budget/lines/0/stated_total_dkk");
  // The line a user's editor shows for that value: the first budget line's total.
  EXPECT_EQ(report["findings"][0]["line"], LineOf(Example("R14.line_sum.json"), "\"stated_total_dkk\"", 1));
  EXPECT_EQ(report["findings"][0]["message"],
            "Budgetlinjen \"Aktiviteter og personale\", Uddannelse og livschancer: Landsbyggefonden 1.000.000 kr. + "
            "lokal medfinansiering 400.000 kr. = 1.400.000 kr., men der står 1.499.000 kr. i alt (forskel 99.000 kr.).");
}

TEST(CheckCliTest, MalformedJsonExitsTwoWithPosition) {
  ScratchDir dir;
  const auto result = RunHelhed({"check", PlanFile(dir, "{\"format\": \"helhed/plan@1\",\n  \"name\": \"X\" \"grant_frame\": \"2019-26\"}\n")});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, AllOf(HasSubstr("fejl: planfilen"), HasSubstr("kan ikke bruges"), HasSubstr("linje 2, kolonne")));
  EXPECT_THAT(result.out, IsEmpty());
}

TEST(CheckCliTest, WrongTypeExitsTwoWithPointer) {
  ScratchDir dir;
  const auto result = RunHelhed({"check", PlanFile(dir, R"({"format": "helhed/plan@1", "name": 5, "grant_frame": "2019-26"})")});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("/name: "));
  EXPECT_THAT(result.out, IsEmpty());
}

TEST(CheckCliTest, UnknownGrantFrameExitsTwoListingKnownFrames) {
  ScratchDir dir;
  const auto result =
      RunHelhed({"check", PlanFile(dir, R"({"format": "helhed/plan@1", "name": "X", "grant_frame": "2020-24"})")});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("/grant_frame: ukendt støtteramme \"2020-24\"; kendte støtterammer: 2011-14, 2015-18, 2019-26\n"));
}

TEST(CheckCliTest, DanishSlashDateExitsTwo) {
  ScratchDir dir;
  const auto result = RunHelhed({"check", PlanFile(dir, R"({"format": "helhed/plan@1", "name": "X", "grant_frame": "2019-26",
      "period": {"start": "2023-01-01", "end": "30/12/2026"}})")});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, AllOf(HasSubstr("/period/end: "), HasSubstr("\"30/12/2026\"")));
}

TEST(CheckCliTest, MissingFileExitsTwo) {
  const auto result = RunHelhed({"check", "/findes/ikke/plan.json"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, AllOf(HasSubstr("/findes/ikke/plan.json"), HasSubstr("findes ikke")));
}

TEST(CheckCliTest, BadOptionsExitTwo) {
  EXPECT_EQ(RunHelhed({"check", Example("clean.json"), "--format", "xml"}).exit_code, 2);
  EXPECT_EQ(RunHelhed({"check"}).exit_code, 2);
  const auto result = RunHelhed({"check", Example("clean.json"), "--data-dir", "/findes/ikke"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("mappen med støtterammer /findes/ikke/grant-frames findes ikke"));
}

TEST(CheckCliTest, EmptyPlanReportsMissingPartsInsteadOfPassing) {
  ScratchDir dir;
  const auto result =
      RunHelhed({"check", PlanFile(dir, R"({"format": "helhed/plan@1", "name": "X", "grant_frame": "2019-26"})")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.out, HasSubstr("fejl R1.period_incomplete /period (linje 1): Samarbejdsaftalen har ingen periode"));
  EXPECT_THAT(result.out, HasSubstr("\n17 fejl, 0 advarsler\n"));
}

// The real defects of the Fredericia plan (validation-rules.md examples).
class FredericiaTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    result_ = new testing::ProgramResult(
        RunHelhed({"check", (SourceDir() / "examples/fredericia-2023.json").string(), "--format", "json"}));
  }
  static void TearDownTestSuite() { delete result_; }

  // True when a finding has this code and pointer and its message contains `text`.
  static bool Has(const std::string& code, const std::string& pointer, const std::string& text) {
    const nlohmann::json report = nlohmann::json::parse(result_->out);
    for (const auto& finding : report["findings"]) {
      if (finding["code"] == code && (pointer.empty() || finding["pointer"] == pointer) &&
          finding["message"].get<std::string>().find(text) != std::string::npos) {
        return true;
      }
    }
    return false;
  }

  static testing::ProgramResult* result_;
};
testing::ProgramResult* FredericiaTest::result_ = nullptr;

TEST_F(FredericiaTest, ExitsOneWithErrors) {
  if (!std::filesystem::exists(SourceDir() / "examples/fredericia-2023.json")) GTEST_SKIP() << "no Fredericia example";
  EXPECT_EQ(result_->exit_code, 1) << result_->err;
}

TEST_F(FredericiaTest, ReportsTheRealDefects) {
  if (!std::filesystem::exists(SourceDir() / "examples/fredericia-2023.json")) GTEST_SKIP() << "no Fredericia example";
  // EVIDENCE-OF: validation-rules.md R1: "The U&L delaftale runs "01/01/2023 – 30/12/2026" ... while the agreement ends "31. december 2026""
  EXPECT_TRUE(Has("R1.sub_period_differs", "/sub_agreements/0/period/end", "slutter 30.12.2026, 1 dag før samarbejdsaftalen (31.12.2026)"));
  // EVIDENCE-OF: validation-rules.md R1: "The Krim delaftale gives only "2023-2026""
  EXPECT_TRUE(Has("R1.period_incomplete", "/sub_agreements/2/period", "der står kun \"2023-2026\""));
  // EVIDENCE-OF: validation-rules.md R3: "Budget (48), milepælsplan (50) and indberetningsskema (54) are listed but not in the Fredericia file."
  EXPECT_TRUE(Has("R3.document_referenced", "", "Budget er nævnt i planen"));
  EXPECT_TRUE(Has("R3.document_referenced", "", "Milepælsplan er nævnt i planen"));
  EXPECT_TRUE(Has("R3.document_referenced", "", "Indberetningsskema er nævnt i planen"));
  // EVIDENCE-OF: validation-rules.md R4: "F7 has no Baseline år"
  EXPECT_TRUE(Has("R4.baseline_incomplete", "/overall_goals/2/indicators/1/baseline_year", "F7 mangler Baseline år"));
  // EVIDENCE-OF: validation-rules.md R5: "Grades written as percentages: "Havepladsvej: 7,2 %" and "Nr. Alle: 7,6%""
  EXPECT_TRUE(Has("R5.unit_mismatch", "", "(Havepladsvej) er angivet som 7,2 %"));
  EXPECT_TRUE(Has("R5.unit_mismatch", "", "(Nr. Alle) er angivet som 7,6 %"));
  // EVIDENCE-OF: validation-rules.md R7: "The baseline cell says "pr. 1.6.2002" ... while Baseline år says 2022"
  EXPECT_TRUE(Has("R7.baseline_date_contradiction", "", "er dateret 01.06.2002, men Baseline år er 2022"));
  // EVIDENCE-OF: validation-rules.md R9: ""Lommepenge- og fritidsjob" (853) vs the form "Lommepege- og fritidsjob/studiejob""
  EXPECT_TRUE(Has("R9.near_match", "", "\"Lommepenge- og fritidsjob\" i aktivitetslisten, men \"Lommepege- og fritidsjob/studiejob\""));
  // EVIDENCE-OF: validation-rules.md R11: "Section "7. Lokal evaluering" contains only "Udfyldes i samarbejde med Landsbyggefonden.""
  EXPECT_TRUE(Has("R11.template_text", "/local_evaluation", "Udfyldes i samarbejde med Landsbyggefonden."));
  // EVIDENCE-OF: validation-rules.md R13: "Fredericia's budget is missing (48), so reconciliation is impossible."
  EXPECT_TRUE(Has("R13.budget_missing", "/budget", "intet budget"));
  // EVIDENCE-OF: validation-rules.md R19: "The strategic agreement lists 5 members (133-137) ... The kommissorium lists 6 (2202)"
  EXPECT_TRUE(Has("R19.board_members_differ", "", "5 mod 6 medlemmer"));
  // EVIDENCE-OF: validation-rules.md R20: ""6 Underskrift" holds only the signing requirement and no signatures"
  EXPECT_TRUE(Has("R20.unsigned", "/preparedness_plan/signatures", "ikke underskrevet"));
  // EVIDENCE-OF: validation-rules.md R21: "1533 "Kriminalitetsforebyggelse" is the area name, not the plan"
  EXPECT_TRUE(Has("R21.plan_name_differs", "/sub_agreements/2/plan_name", "står \"Kriminalitetsforebyggelse\" som navn"));
  // EVIDENCE-OF: validation-rules.md R7: "F9 does not say which election it refers to" (indicators.md §2)
  EXPECT_TRUE(Has("R7.election_missing", "/overall_goals/3/indicators/1/election", "F9"));
}

}  // namespace
}  // namespace helhed
