// SPDX-License-Identifier: Apache-2.0
// The grant-frame packs in data/ load, hold the values their sources give,
// and a broken or unknown pack gives a Danish error naming the problem.
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/rules/pack_loader.h"
#include "helhed/rules/registry.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::rules {
namespace {

namespace fs = std::filesystem;
using ::helhed::testing::ReadFileOrDie;
using ::helhed::testing::ScratchDir;
using ::helhed::testing::SourceDir;
using ::helhed::testing::StatusIs;
using ::helhed::testing::WriteFileOrDie;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

fs::path DataDir() { return SourceDir() / "data"; }

TEST(PackLoaderTest, ListsTheThreeFrames) {
  ASSERT_OK_AND_ASSIGN(auto frames, ListGrantFrames(DataDir()));
  EXPECT_THAT(frames, ElementsAre("2011-14", "2015-18", "2019-26"));
}

TEST(PackLoaderTest, Loads2019PackWithFixedGoalsAndRouting) {
  ASSERT_OK_AND_ASSIGN(const GrantFramePack pack, LoadGrantFramePack(DataDir(), "2019-26"));
  // EVIDENCE-OF: domain/README.md §3: "2019-26 | 380 mio. kr./yr | adopted 11 Dec 2019"
  EXPECT_EQ(pack.annual_amount_mdkk, 380);
  EXPECT_EQ(pack.regulation_date, "2019-12-11");
  EXPECT_EQ(pack.min_local_cofinancing_percent, 25);
  EXPECT_FALSE(pack.min_local_cofinancing_confirmed);
  ASSERT_EQ(pack.focus_areas.size(), 4u);
  EXPECT_EQ(pack.focus_areas[3].name, "Sammenhængskraft og medborgerskab");
  EXPECT_THAT(pack.focus_areas[3].aliases, ElementsAre("Medborgerskab og sammenhængskraft"));
  ASSERT_EQ(pack.fixed_indicators.size(), 9u);
  // EVIDENCE-OF: indicators.md §1: F2 "Karaktergennemsnit i dansk og matematik for 9.-klasseselever" is a grade average, never "%"
  EXPECT_EQ(pack.fixed_indicators[1].text, "Karaktergennemsnit i dansk og matematik for 9.-klasseselever");
  EXPECT_EQ(pack.fixed_indicators[1].unit, model::Unit::kGrade);
  EXPECT_EQ(pack.fixed_indicators[6].kind, IndicatorKind::kSurvey);
  EXPECT_TRUE(pack.fixed_indicators[8].requires_election);
  ASSERT_EQ(pack.approval_routing.size(), 6u);
  EXPECT_EQ(pack.approval_routing[0].part, "sub_agreement");
  EXPECT_EQ(pack.approval_routing[0].approver, "board");
  EXPECT_FALSE(pack.approval_routing[0].lbf_notified);
  EXPECT_EQ(pack.approval_routing[3].part, "terms_of_reference");
  EXPECT_TRUE(pack.approval_routing[3].requires_board_consensus);
  EXPECT_EQ(pack.baseline_max_age_years, 3);
  EXPECT_EQ(pack.contracted_hours_per_week, 37);
  EXPECT_EQ(pack.required_documents.size(), 8u);
  EXPECT_THAT(pack.mandatory_activity_fields,
              ElementsAre("name", "purpose", "target_groups", "content", "responsibilities"));
  EXPECT_FALSE(pack.template_sentences.empty());
  // Other frames' areas are known so that a 2015-18 name is told apart from a typo.
  bool knows_2015 = false;
  for (const ForeignFocusArea& area : pack.foreign_focus_areas) {
    knows_2015 = knows_2015 || (area.name == "Kriminalpræventiv indsats" && area.frame_id == "2015-18");
  }
  EXPECT_TRUE(knows_2015);
}

TEST(PackLoaderTest, FrameSeveritiesDiffer) {
  ASSERT_OK_AND_ASSIGN(const GrantFramePack p2019, LoadGrantFramePack(DataDir(), "2019-26"));
  ASSERT_OK_AND_ASSIGN(const GrantFramePack p2015, LoadGrantFramePack(DataDir(), "2015-18"));
  // EVIDENCE-OF: validation-rules.md R1: "Year-only and start-only periods are errors for 2019-26 and warnings for 2015-18 imports."
  EXPECT_EQ(p2019.severities.at("R1.period_incomplete"), Severity::kError);
  EXPECT_EQ(p2015.severities.at("R1.period_incomplete"), Severity::kWarning);
  // EVIDENCE-OF: validation-rules.md R10: "2015-18: additionally Succeskriterier, Datakilde and Forankring."
  EXPECT_THAT(p2015.mandatory_activity_fields,
              ElementsAre("name", "purpose", "target_groups", "content", "responsibilities", "success_criteria",
                          "data_source", "anchoring"));
  EXPECT_EQ(p2015.focus_areas.size(), 4u);
  ASSERT_OK_AND_ASSIGN(const GrantFramePack p2011, LoadGrantFramePack(DataDir(), "2011-14"));
  EXPECT_EQ(p2011.focus_areas.size(), 7u);
  EXPECT_EQ(p2011.annual_amount_mdkk, 440);
}

TEST(PackLoaderTest, EveryPackNamesEveryRuleCode) {
  for (const char* frame : {"2011-14", "2015-18", "2019-26"}) {
    ASSERT_OK_AND_ASSIGN(const GrantFramePack pack, LoadGrantFramePack(DataDir(), frame));
    EXPECT_EQ(pack.severities.size(), AllRuleCodes().size()) << frame;
  }
}

TEST(PackLoaderTest, UnknownFrameListsKnownFrames) {
  EXPECT_THAT(LoadGrantFramePack(DataDir(), "2020-24"),
              StatusIs(StatusCode::kNotFound,
                       "ukendt støtteramme \"2020-24\"; kendte støtterammer: 2011-14, 2015-18, 2019-26"));
  EXPECT_THAT(LoadGrantFramePack(DataDir(), "../../etc/passwd"), StatusIs(StatusCode::kNotFound));
}

// A copy of data/ in a scratch directory, so one pack can be broken.
class BrokenPackTest : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir_.path() / "grant-frames");
    for (const char* frame : {"2011-14", "2015-18", "2019-26"}) {
      fs::copy_file(DataDir() / "grant-frames" / (std::string(frame) + ".json"),
                    dir_.path() / "grant-frames" / (std::string(frame) + ".json"));
    }
  }
  fs::path Pack() const { return dir_.path() / "grant-frames/2019-26.json"; }
  ScratchDir dir_;
};

TEST_F(BrokenPackTest, MalformedJsonNamesTheFile) {
  WriteFileOrDie(Pack(), "{\"id\": ");
  EXPECT_THAT(LoadGrantFramePack(dir_.path(), "2019-26"),
              StatusIs(StatusCode::kInvalidArgument, HasSubstr("datafilen " + Pack().string() + " er ikke gyldig JSON")));
}

TEST_F(BrokenPackTest, MissingSourceIsRefused) {
  std::string text = ReadFileOrDie(Pack());
  const std::string needle = "\"source\": \"domain/README.md §3 (research notes on LBF)\"";
  const size_t pos = text.find(needle);
  ASSERT_NE(pos, std::string::npos);
  text.replace(pos, needle.size(), "\"note\": \"no source\"");
  WriteFileOrDie(Pack(), text);
  EXPECT_THAT(LoadGrantFramePack(dir_.path(), "2019-26"),
              StatusIs(StatusCode::kInvalidArgument, HasSubstr("feltet \"/annual_amount_mdkk/source\" mangler")));
}

TEST_F(BrokenPackTest, UnknownRuleCodeIsRefused) {
  std::string text = ReadFileOrDie(Pack());
  const size_t pos = text.find("\"R1.plan_duration\"");
  ASSERT_NE(pos, std::string::npos);
  text.replace(pos, 18, "\"R1.plan_duratoin\"");
  WriteFileOrDie(Pack(), text);
  EXPECT_THAT(LoadGrantFramePack(dir_.path(), "2019-26"),
              StatusIs(StatusCode::kInvalidArgument,
                       HasSubstr("feltet \"/rules/R1.plan_duratoin\" er ikke en kendt regelkode")));
}

TEST(DefaultDataDirTest, EnvironmentOverridesTheBuiltInDirectory) {
  ::setenv("HELHED_DATA_DIR", "/srv/helhed-data", 1);
  EXPECT_EQ(DefaultDataDir(), fs::path("/srv/helhed-data"));
  ::unsetenv("HELHED_DATA_DIR");
  EXPECT_TRUE(fs::exists(DefaultDataDir() / "grant-frames/2019-26.json"));
}

}  // namespace
}  // namespace helhed::rules
