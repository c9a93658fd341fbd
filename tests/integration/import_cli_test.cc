// SPDX-License-Identifier: Apache-2.0
// `helhed import` end to end (runs the built program): plan JSON on stdout
// or --out, the report with --report, and exit status 2 with a Danish
// message for input that is not a plan, with no output file left behind.
#include <filesystem>
#include <fstream>

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
using ::testing::HasSubstr;

std::string Golden(const std::string& name) { return (SourceDir() / "tests/golden/import" / name).string(); }

TEST(ImportCliTest, TextPlanToStdoutWithDanishSummary) {
  const auto r = RunHelhed({"import", Golden("plans/vejle-2026-delaftale-kriminalitetsforebyggelse.txt")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto plan = nlohmann::json::parse(r.out);
  EXPECT_EQ(plan["format"], "helhed/plan@1");
  EXPECT_EQ(plan["sub_agreements"][0]["focus_area"], "Kriminalitetsforebyggelse");
  EXPECT_EQ(plan["sub_agreements"][0]["period"]["start"], "2026-01-01");
  EXPECT_THAT(r.err, HasSubstr("Delaftale (linje 5): Kriminalitetsforebyggelse"));
  EXPECT_THAT(r.err, HasSubstr("felter genkendt"));
}

TEST(ImportCliTest, DocxPlanToFilesWithReport) {
  ScratchDir dir;
  const auto out = dir.path() / "plan.json";
  const auto report = dir.path() / "report.json";
  const auto r = RunHelhed({"import", Golden("docx/fredericia-2023-helhedsplan.docx"), "--out", out.string(),
                            "--report", report.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  const auto plan = nlohmann::json::parse(testing::ReadFileOrDie(out));
  EXPECT_EQ(plan["name"], "Bydækkende Boligsocial Helhedsplan, Fredericia");
  EXPECT_EQ(plan["sub_agreements"].size(), 4u);
  const auto rep = nlohmann::json::parse(testing::ReadFileOrDie(report));
  EXPECT_EQ(rep["source_format"], "docx");
  EXPECT_EQ(rep["documents"].size(), 7u);
  bool f7_year_missing = false;
  for (const auto& m : rep["missing"]) f7_year_missing |= m["path"] == "/overall_goals/2/indicators/1/baseline_year";
  EXPECT_TRUE(f7_year_missing);
}

TEST(ImportCliTest, BadInputExitsTwoWithoutOutput) {
  ScratchDir dir;
  const auto write = [&](const std::string& name, const std::string& content) {
    std::ofstream(dir.path() / name, std::ios::binary) << content;
    return (dir.path() / name).string();
  };
  const std::string out = (dir.path() / "plan.json").string();
  struct Case {
    std::string file;
    std::string message;
  };
  const Case cases[] = {
      {write("tom.txt", ""), "filen er tom"},
      {write("binaer.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10)), "ikke en tekstfil"},
      {write("beskadiget.docx", "PK\x03\x04 ikke et arkiv"), "zip-arkivet er beskadiget"},
      {write("liste.md", "# Indkøb\n\n- mælk\n- brød\n"), "ligner ikke en boligsocial helhedsplan"},
      {(dir.path() / "findes-ikke.txt").string(), "findes ikke"},
  };
  for (const auto& c : cases) {
    const auto r = RunHelhed({"import", c.file, "--out", out});
    EXPECT_EQ(r.exit_code, 2) << c.file;
    EXPECT_THAT(r.err, HasSubstr(c.message)) << c.file;
    EXPECT_FALSE(std::filesystem::exists(out)) << c.file;
  }
}

TEST(ImportCliTest, FileOverTheSizeLimitIsRefusedUnread) {
  ScratchDir dir;
  const auto big = dir.path() / "stor.txt";
  { std::ofstream(big, std::ios::binary) << "x"; }
  std::filesystem::resize_file(big, 51u * 1024u * 1024u);  // sparse: no 51 MB written
  const auto r = RunHelhed({"import", big.string()});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("grænsen er 50 MB"));
}

}  // namespace
}  // namespace helhed
