// SPDX-License-Identifier: Apache-2.0
// Tests of the codec's edges: files (missing, too large, written atomically),
// the 20 MB limit, and hostile input (deep nesting, huge numbers, invalid
// UTF-8) that must give a Danish error, never a crash.
#include "helhed/planfile/plan_json.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::planfile {
namespace {

namespace fs = std::filesystem;
using ::helhed::testing::ReadFileOrDie;
using ::helhed::testing::ScratchDir;
using ::helhed::testing::SourceDir;
using ::helhed::testing::StatusIs;
using ::helhed::testing::WriteFileOrDie;
using ::testing::HasSubstr;

constexpr char kMinimal[] =
    "{\n  \"format\": \"helhed/plan@1\",\n  \"name\": \"Lille plan\",\n"
    "  \"grant_frame\": \"2015-18\"\n}\n";

TEST(ReadPlanFileTest, ReadsTheFullGoldenPlan) {
  ASSERT_OK_AND_ASSIGN(model::Plan plan,
                       ReadPlanFile(SourceDir() / "tests/golden/planfile/full.json"));
  EXPECT_EQ(plan.name, "Den Bydækkende Helhedsplan");
  EXPECT_EQ(plan.grant_frame, "2019-26");
  ASSERT_TRUE(plan.sub_agreements.has_value());
  ASSERT_EQ(plan.sub_agreements->size(), 2u);
  const model::SubAgreement& employment = plan.sub_agreements->front();
  EXPECT_EQ(employment.period->end, Date(2026, 12, 30));
  EXPECT_EQ(employment.staff->at(1).financing, model::Financing::kLocalInKind);
  EXPECT_EQ(employment.budget_share->lbf_dkk, 2400000);
  const model::Baseline& share = plan.overall_goals->at(0).indicators->at(0).baselines->at(0);
  EXPECT_EQ(share.value.unit, model::Unit::kShare);
  EXPECT_EQ(share.value.value, 22.1);
  EXPECT_EQ(share.value.numerator, 306);
  EXPECT_EQ(share.value.denominator, 1385);
  EXPECT_EQ(share.year, "2019/2020");
  const model::Value& grade =
      plan.overall_goals->at(0).indicators->at(1).baselines->at(0).value;
  EXPECT_EQ(grade.value, 5.4);
  EXPECT_EQ(grade.remeasure, Date(2023, 1, 1));
  EXPECT_THAT(employment.conflict_handling, ::testing::Optional(HasSubstr("underrettes")));
  const model::Baseline& pending =
      employment.goals->at(0).indicators->at(0).baselines->at(0);
  EXPECT_EQ(pending.value.status, model::ValueStatus::kPending);
  EXPECT_EQ(pending.value.until, Date(2024, 1, 1));
  EXPECT_EQ(plan.budget->stated_total_dkk, 1500000);
  EXPECT_FALSE(plan.budget->lines->at(1).year.has_value());
}

TEST(ReadPlanFileTest, MissingFileIsNotFound) {
  ScratchDir dir;
  EXPECT_THAT(ReadPlanFile(dir.path() / "ingen.json"),
              StatusIs(StatusCode::kNotFound,
                       "planfilen \"" + (dir.path() / "ingen.json").string() + "\" findes ikke"));
}

TEST(ReadPlanFileTest, DirectoryIsRefused) {
  ScratchDir dir;
  EXPECT_THAT(ReadPlanFile(dir.path()),
              StatusIs(StatusCode::kInvalidArgument,
                       "\"" + dir.path().string() + "\" er en mappe, ikke en planfil"));
}

TEST(ReadPlanFileTest, ParseErrorsNameTheFile) {
  ScratchDir dir;
  const fs::path path = dir.path() / "plan.json";
  WriteFileOrDie(path, "{\"format\": \"helhed/plan@1\", \"name\": \"P\", \"grant_frame\": "
                       "\"2019-26\", \"period\": {\"end\": \"30/12/2026\"}}");
  EXPECT_THAT(ReadPlanFile(path),
              StatusIs(StatusCode::kInvalidArgument,
                       path.string() + ": linje 1, kolonne 86: /period/end: forventede en dato på formen "
                                       "ÅÅÅÅ-MM-DD, fik \"30/12/2026\""));
}

TEST(ReadPlanFileTest, FileOver20MbIsRefusedBeforeParsing) {
  ScratchDir dir;
  const fs::path path = dir.path() / "stor.json";
  WriteFileOrDie(path, std::string(21u * 1024u * 1024u, ' '));
  EXPECT_THAT(ReadPlanFile(path),
              StatusIs(StatusCode::kInvalidArgument,
                       "planfilen \"" + path.string() +
                           "\" fylder 22.020.096 byte; grænsen er 20.971.520 byte (20 MB)"));
}

TEST(ParsePlanJsonTest, TextOver20MbIsRefused) {
  std::string text = kMinimal;
  text.resize(21u * 1024u * 1024u, ' ');
  EXPECT_THAT(ParsePlanJson(text),
              StatusIs(StatusCode::kInvalidArgument,
                       "planen fylder 22.020.096 byte; grænsen er 20.971.520 byte (20 MB)"));
}

TEST(ParsePlanJsonTest, TextOfExactly20MbIsRead) {
  std::string text = kMinimal;
  text.resize(kMaxPlanJsonBytes, ' ');
  ASSERT_OK_AND_ASSIGN(model::Plan plan, ParsePlanJson(text));
  EXPECT_EQ(plan.name, "Lille plan");
}

TEST(ParsePlanJsonTest, DeepNestingIsRefusedWithItsPlace) {
  const std::string deep = std::string(1000000, '[') + std::string(1000000, ']');
  EXPECT_THAT(ParsePlanJson(deep),
              StatusIs(StatusCode::kInvalidArgument,
                       HasSubstr(": JSON-dokumentet er indlejret mere end 64 niveauer")));
  EXPECT_THAT(ParsePlanJson("{\"format\": \"helhed/plan@1\", \"x\": " + deep + "}"),
              StatusIs(StatusCode::kInvalidArgument,
                       "linje 1, kolonne 96: /x/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/"
                       "0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0/0: "
                       "JSON-dokumentet er indlejret mere end 64 niveauer"));
}

TEST(ParsePlanJsonTest, TooManyValuesAreRefused) {
  std::string text = "{\"format\": \"helhed/plan@1\", \"parties\": [";
  for (int idx = 0; idx < 2'000'001; ++idx) text += idx ? ",0" : "0";
  text += "]}";
  EXPECT_THAT(ParsePlanJson(text),
              StatusIs(StatusCode::kInvalidArgument,
                       "linje 1, kolonne 40: /parties: JSON-dokumentet har mere end 2.000.000 værdier; så stor kan "
                       "en plan ikke være"));
}

TEST(ParsePlanJsonTest, HugeNumbersGiveErrorsNotCrashes) {
  EXPECT_THAT(ParsePlanJson("{\"format\": \"helhed/plan@1\", \"name\": -1e999}"),
              StatusIs(StatusCode::kInvalidArgument, "linje 1, kolonne 37: tallet er for stort"));
  EXPECT_THAT(
      ParsePlanJson("{\"format\": \"helhed/plan@1\", \"name\": \"P\", \"grant_frame\": \"x\", "
                    "\"budget\": {\"stated_total_dkk\": 123456789012345678901234567890}}"),
      StatusIs(StatusCode::kInvalidArgument,
               "linje 1, kolonne 93: /budget/stated_total_dkk: forventede et heltal, fik 1.2345678901234568e+29"));
  EXPECT_THAT(
      ParsePlanJson("{\"format\": \"helhed/plan@1\", \"name\": \"P\", \"grant_frame\": \"x\", "
                    "\"budget\": {\"stated_total_dkk\": 18446744073709551615}}"),
      StatusIs(StatusCode::kInvalidArgument,
               "linje 1, kolonne 93: /budget/stated_total_dkk: tallet 18446744073709551615 er uden for det "
               "tilladte område (-9223372036854775808 til 9223372036854775807)"));
}

TEST(ParsePlanJsonTest, InvalidUtf8IsRefusedWithPosition) {
  EXPECT_THAT(ParsePlanJson("{\"format\": \"helhed/plan@1\",\n \"name\": \"Fredericia \xff\"}"),
              StatusIs(StatusCode::kInvalidArgument,
                       "linje 2, kolonne 22: ugyldig UTF-8 i en tekst; gem filen som UTF-8"));
  // Latin-1 "æ" (0xE6) as an editor on Windows may save it.
  EXPECT_THAT(ParsePlanJson("{\"name\": \"N\xe6stved\"}"),
              StatusIs(StatusCode::kInvalidArgument, HasSubstr("ugyldig UTF-8")));
}

TEST(WritePlanJsonTest, InvalidUtf8InTheModelIsReplacedNotThrown) {
  model::Plan plan;
  plan.name = "N\xe6stved";
  plan.grant_frame = "2019-26";
  const std::string text = WritePlanJson(plan);
  EXPECT_THAT(text, HasSubstr("\"name\": \"N\xef\xbf\xbd"));
  ASSERT_OK(ParsePlanJson(text).status());
}

TEST(WritePlanFileTest, WritesCanonicalTextAndLeavesNoTemporaryFile) {
  ScratchDir dir;
  ASSERT_OK_AND_ASSIGN(model::Plan plan, ParsePlanJson(kMinimal));
  const fs::path path = dir.path() / "plan.json";
  WriteFileOrDie(path, "gammelt indhold");
  ASSERT_OK(WritePlanFile(path, plan));
  EXPECT_EQ(ReadFileOrDie(path), kMinimal);
  int files = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path())) ++files;
  EXPECT_EQ(files, 1);
}

TEST(WritePlanFileTest, MissingDirectoryIsUnavailable) {
  ScratchDir dir;
  ASSERT_OK_AND_ASSIGN(model::Plan plan, ParsePlanJson(kMinimal));
  const fs::path path = dir.path() / "ingen" / "plan.json";
  EXPECT_THAT(WritePlanFile(path, plan),
              StatusIs(StatusCode::kUnavailable,
                       "kan ikke skrive planfilen \"" + path.string() + "\": mappen findes ikke"));
}

}  // namespace
}  // namespace helhed::planfile
