// SPDX-License-Identifier: Apache-2.0
// `helhed synth`, `helhed register ingest` and `helhed compute` end to end:
// the published columns, Danish per-row error reports, --strict (exit 2),
// CPR-like ids refused, an ingest killed mid-write leaving no store, and bad
// arguments refused before anything is written.
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "testing/run_program.h"
#include "testing/test_paths.h"

extern char** environ;

namespace helhed {
namespace {

using ::testing::HasSubstr;
using testing::ReadFileOrDie;
using testing::RunHelhed;
using testing::ScratchDir;
using testing::WriteFileOrDie;

constexpr char kHeader[] =
    "year,person_id,afdeling,kommune,region,age,sex,origin,education,in_education,employed,gross_income,"
    "taxable,charged,convicted,in_daycare,grade_9,voted\n";

TEST(RegisterCliTest, SynthIngestComputeWritesPublishedColumns) {
  ScratchDir dir;
  const auto csv = (dir.path() / "r.csv").string();
  auto synth = RunHelhed({"synth", "--persons", "5000", "--years", "2022-2023", "--seed", "4", "--out", csv});
  ASSERT_EQ(synth.exit_code, 0) << synth.err;
  const auto store = (dir.path() / "store").string();
  auto ingest = RunHelhed({"register", "ingest", csv, "--out", store});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  EXPECT_THAT(ingest.out, HasSubstr("Indlæste 10000 rækker"));
  WriteFileOrDie(dir.path() / "areas.csv", "afdeling,unit_id,unit_name,level\n101-0001,Z1,Zone 1,zone\n101-0002,Z1,Zone 1,zone\n");
  const auto out = (dir.path() / "out.csv").string();
  auto compute = RunHelhed({"compute", "--register", store, "--areas", (dir.path() / "areas.csv").string(), "--years",
                            "2023", "--out", out});
  ASSERT_EQ(compute.exit_code, 0) << compute.err;
  const std::string text = ReadFileOrDie(out);
  EXPECT_EQ(text.substr(0, text.find('\n')),
            "unit_id,unit_level,year,indicator,numerator,denominator,value,ci_low,ci_high,status");
  // F1 for the whole country: numerator, denominator, percent, Wilson interval.
  EXPECT_THAT(text, ::testing::ContainsRegex("\nDK,land,2023,F1,[0-9]+,[0-9]+,[0-9.]+,[0-9.]+,[0-9.]+,ok\n"));
  EXPECT_THAT(text, HasSubstr(",suppressed\n"));
  EXPECT_THAT(text, HasSubstr("\nZ1,zone,2023,"));
  EXPECT_THAT(text, ::testing::Not(HasSubstr(",2022,")));
  // JSON and XLSX by extension.
  ASSERT_EQ(RunHelhed({"compute", "--register", store, "--out", (dir.path() / "o.json").string()}).exit_code, 0);
  EXPECT_THAT(ReadFileOrDie(dir.path() / "o.json"), HasSubstr("\"unit_id\":\"DK\",\"unit_level\":\"land\""));
  ASSERT_EQ(RunHelhed({"compute", "--register", store, "--out", (dir.path() / "o.xlsx").string()}).exit_code, 0);
  EXPECT_EQ(ReadFileOrDie(dir.path() / "o.xlsx").substr(0, 2), "PK");
}

TEST(RegisterCliTest, SameSeedSameFile) {
  ScratchDir dir;
  for (const char* name : {"a.csv", "b.csv"}) {
    ASSERT_EQ(RunHelhed({"synth", "--persons", "3000", "--years", "2020-2021", "--seed", "9", "--out",
                         (dir.path() / name).string()}).exit_code, 0);
  }
  EXPECT_EQ(ReadFileOrDie(dir.path() / "a.csv"), ReadFileOrDie(dir.path() / "b.csv"));
}

TEST(RegisterCliTest, ReportsBadRowsAndStrictRefuses) {
  ScratchDir dir;
  WriteFileOrDie(dir.path() / "r.csv", std::string(kHeader) +
                                           "2021,a,,101,1084,40,K,dansk,lvu,0,1,100,1,0,0,,,1\n"
                                           "2021,b,,101,1084,40,X,dansk,lvu,0,1,100,1,0,0,,,1\n"
                                           "2021,c,,101,1084,abc,K,dansk,lvu,0,1,100,1,0,0,,,1\n");
  const auto csv = (dir.path() / "r.csv").string();
  auto loose = RunHelhed({"register", "ingest", csv, "--out", (dir.path() / "s1").string()});
  EXPECT_EQ(loose.exit_code, 1);
  EXPECT_THAT(loose.err, HasSubstr("r.csv linje 3, kolonne sex: skal være M eller K"));
  EXPECT_THAT(loose.err, HasSubstr("r.csv linje 4, kolonne age: skal være et helt tal fra 0 til 125"));
  EXPECT_THAT(loose.out, HasSubstr("Indlæste 1 rækker"));
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "s1" / "manifest.json"));

  auto strict = RunHelhed({"register", "ingest", csv, "--out", (dir.path() / "s2").string(), "--strict"});
  EXPECT_EQ(strict.exit_code, 2);
  EXPECT_THAT(strict.err, HasSubstr("r.csv linje 3, kolonne sex"));
  EXPECT_THAT(strict.err, HasSubstr("--strict afviser filen; intet er gemt"));
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "s2"));
}

TEST(RegisterCliTest, RefusesCprLikeIds) {
  ScratchDir dir;
  WriteFileOrDie(dir.path() / "r.csv", std::string(kHeader) + "2021,1503851234,,101,1084,40,K,dansk,lvu,0,1,100,1,0,0,,,1\n");
  auto result = RunHelhed({"register", "ingest", (dir.path() / "r.csv").string(), "--out", (dir.path() / "s").string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("linje 2: person_id ligner et CPR-nummer"));
  EXPECT_THAT(result.err, ::testing::Not(HasSubstr("1503851234")));
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "s"));
}

TEST(RegisterCliTest, KilledIngestLeavesNoStore) {
  ScratchDir dir;
  const auto csv = (dir.path() / "big.csv").string();
  ASSERT_EQ(RunHelhed({"synth", "--persons", "400000", "--years", "2020-2021", "--seed", "1", "--out", csv}).exit_code, 0);
  const auto store = dir.path() / "store";
  const std::string program = (testing::BinaryDir() / "helhed").string();
  std::vector<std::string> args = {program, "register", "ingest", csv, "--out", store.string()};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  ASSERT_EQ(posix_spawn(&pid, program.c_str(), nullptr, nullptr, argv.data(), environ), 0);
  // Kill it as soon as it has started writing the store's temporary directory.
  const std::string prefix = ".store.tmp-";
  bool writing = false;
  for (int i = 0; i < 3000 && !writing; ++i) {
    for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
      if (entry.path().filename().string().rfind(prefix, 0) == 0) writing = true;
    }
    if (!writing) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(writing) << "ingest never started writing";
  ASSERT_TRUE(WIFSIGNALED(status)) << "ingest finished before it could be killed";
  EXPECT_FALSE(std::filesystem::exists(store)) << "a half-written store is visible";
  // The next ingest cleans up the leftovers and succeeds.
  auto again = RunHelhed({"register", "ingest", csv, "--out", store.string()});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    EXPECT_NE(entry.path().filename().string().rfind(prefix, 0), 0u) << entry.path();
  }
}

TEST(RegisterCliTest, ComputeRefusesBadArguments) {
  ScratchDir dir;
  const auto csv = (dir.path() / "r.csv").string();
  ASSERT_EQ(RunHelhed({"synth", "--persons", "500", "--years", "2021", "--out", csv}).exit_code, 0);
  const auto store = (dir.path() / "store").string();
  ASSERT_EQ(RunHelhed({"register", "ingest", csv, "--out", store}).exit_code, 0);
  auto low = RunHelhed({"compute", "--register", store, "--min-cell", "2", "--out", (dir.path() / "o.csv").string()});
  EXPECT_EQ(low.exit_code, 2);
  EXPECT_THAT(low.err, HasSubstr("--min-cell 2 er for lavt"));
  auto ext = RunHelhed({"compute", "--register", store, "--out", (dir.path() / "o.txt").string()});
  EXPECT_EQ(ext.exit_code, 2);
  EXPECT_THAT(ext.err, HasSubstr("filtypen skal være .csv, .json eller .xlsx"));
  auto years = RunHelhed({"compute", "--register", store, "--years", "2010-2012", "--out", (dir.path() / "o.csv").string()});
  EXPECT_EQ(years.exit_code, 2);
  EXPECT_THAT(years.err, HasSubstr("registeret har ingen år i 2010-2012"));
  auto missing = RunHelhed({"compute", "--register", (dir.path() / "none").string(), "--out", (dir.path() / "o.csv").string()});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_THAT(missing.err, HasSubstr("er ikke et registerlager"));
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "o.csv"));
}

// A store whose profile column was damaged after ingest (a profile index
// outside its dictionary) is refused when counted: exit status 3 with the
// Danish message to ingest again, and no output file.
TEST(RegisterCliTest, ComputeRefusesADamagedStore) {
  ScratchDir dir;
  const auto csv = (dir.path() / "r.csv").string();
  ASSERT_EQ(RunHelhed({"synth", "--persons", "2000", "--years", "2021", "--out", csv}).exit_code, 0);
  const auto store = dir.path() / "store";
  ASSERT_EQ(RunHelhed({"register", "ingest", csv, "--out", store.string()}).exit_code, 0);
  {
    std::fstream profiles(store / "profile.u32", std::ios::in | std::ios::out | std::ios::binary);
    profiles.seekp(4 * 1500);
    const uint32_t outside = 4000000000u;
    profiles.write(reinterpret_cast<const char*>(&outside), sizeof outside);
  }
  auto damaged = RunHelhed({"compute", "--register", store.string(), "--out", (dir.path() / "o.csv").string()});
  EXPECT_EQ(damaged.exit_code, 3);
  EXPECT_THAT(damaged.err, HasSubstr("registerlageret er beskadiget (profilnummer 4000000000 i række 1500)"));
  EXPECT_THAT(damaged.err, HasSubstr("indlæs registeret igen"));
  EXPECT_FALSE(std::filesystem::exists(dir.path() / "o.csv"));
}

}  // namespace
}  // namespace helhed
