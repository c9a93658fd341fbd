// SPDX-License-Identifier: Apache-2.0
// `helhed export` end to end on the Fredericia example: the plan as it stood
// on a date with its approval state, one delaftale alone, escaping in HTML,
// the plan's tables read back with python3-openpyxl and as Danish CSV, and
// the Danish messages and exit statuses for bad input.
#include <map>
#include <set>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "export_fixture.h"
#include "helhed/store/clock.h"

namespace helhed {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

class ExportCliTest : public testing::ExportFixture {};

std::string Replace(std::string text, std::string_view from, std::string_view to) {
  const auto pos = text.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  if (pos != std::string::npos) text.replace(pos, from.size(), to);
  return text;
}

TEST_F(ExportCliTest, AsOfShowsThatDaysTextAndApprovalState) {
  // Revision 1 saved in January 2025, approved by the board in March and by
  // LBF in April; revision
  // 2 (a new Beskæftigelse baseline) saved today and not yet approved.
  Backdate(1, "2025-01-10T09:00:00Z");
  auto approve = Run({"plan", "approve", "1", "--rev", "1", "--board", "--date", "2025-03-12", "--meeting",
                      "Bestyrelsesmøde 12.03.2025, pkt. 4"});
  ASSERT_EQ(approve.exit_code, 0) << approve.err;
  auto lbf = Run({"plan", "approve", "1", "--rev", "1", "--lbf", "--date", "2025-04-02", "--reference", "LBF j.nr. 2025-117"});
  ASSERT_EQ(lbf.exit_code, 0) << lbf.err;
  const std::string changed = (scratch_.path() / "ny-baseline.json").string();
  testing::WriteFileOrDie(changed, Replace(testing::ReadFileOrDie(example_), "\"value\": 42.6", "\"value\": 41.9"));
  auto update = Run({"plan", "update", "1", changed, "--base", "1", "-m", "Ny baseline"});
  ASSERT_EQ(update.exit_code, 0) << update.err;

  const std::string then = (scratch_.path() / "juni.md").string();
  auto past = Run({"export", "1", "--as-of", "2025-06-01", "--format", "md", "--out", then, "--delaftale",
                   "Beskæftigelse"});
  ASSERT_EQ(past.exit_code, 0) << past.err;
  EXPECT_EQ(past.out, "Delaftale Beskæftigelse pr. revision 1 er skrevet til " + then + ".\n");
  const std::string past_text = testing::ReadFileOrDie(then);
  EXPECT_THAT(past_text, HasSubstr("# Delaftale for indsatsområdet Beskæftigelse"));
  EXPECT_THAT(past_text, HasSubstr("Godkendt af bestyrelsen den 12.03.2025 (Bestyrelsesmøde 12.03.2025, pkt. 4)."));
  EXPECT_THAT(past_text, HasSubstr("42,6 %"));
  EXPECT_THAT(past_text, Not(HasSubstr("41,9 %")));
  EXPECT_THAT(past_text, HasSubstr("Planen, som den stod den 01.06.2025"));
  // One delaftale alone: no strategic agreement, no other delaftale.
  EXPECT_THAT(past_text, Not(HasSubstr("Strategisk samarbejdsaftale om boligsocial indsats")));
  EXPECT_THAT(past_text, Not(HasSubstr("Delaftale for indsatsområdet Kriminalitetsforebyggelse")));

  const std::string now = (scratch_.path() / "i-dag.md").string();
  const std::string today = store::DateOf(store::SystemClock()->Now()).ToIso();
  auto current = Run({"export", "1", "--as-of", today, "--format", "md", "--out", now, "--delaftale", "2"});
  ASSERT_EQ(current.exit_code, 0) << current.err;
  const std::string now_text = testing::ReadFileOrDie(now);
  EXPECT_THAT(now_text, HasSubstr("41,9 %"));
  EXPECT_THAT(now_text, HasSubstr("Afventer godkendelse i bestyrelsen."));

  const std::string whole = (scratch_.path() / "hele.md").string();
  auto whole_run = Run({"export", "1", "--as-of", "2025-06-01", "--format", "md", "--out", whole});
  ASSERT_EQ(whole_run.exit_code, 0) << whole_run.err;
  EXPECT_THAT(testing::ReadFileOrDie(whole),
              HasSubstr("**Godkendelse:** *Godkendt af Landsbyggefonden den 02.04.2025 (LBF j.nr. 2025-117).*"));

  // --approved as of today: revision 2 awaits the board, so revision 1.
  const std::string approved = (scratch_.path() / "godkendt.json").string();
  auto approved_run = Run({"export", "1", "--approved", "--format", "json", "--out", approved});
  ASSERT_EQ(approved_run.exit_code, 0) << approved_run.err;
  EXPECT_THAT(testing::ReadFileOrDie(approved), HasSubstr("\"value\": 42.6"));

  // Before the plan existed.
  auto before = Run({"export", "1", "--as-of", "2024-12-31", "--format", "md", "--out", then});
  EXPECT_EQ(before.exit_code, 2);
  EXPECT_THAT(before.err, StartsWith("fejl: Plan 1 fandtes ikke endnu 31.12.2024"));
}

TEST_F(ExportCliTest, PartialPlanHasNoEmptyAgreement) {
  auto add = Run({"plan", "add", (testing::SourceDir() / "examples" / "aalborg-oest-2017-delaftale.json").string()});
  ASSERT_EQ(add.exit_code, 0) << add.err;
  const std::string out = (scratch_.path() / "aalborg.md").string();
  auto run = Run({"export", "2", "--format", "md", "--out", out});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string text = testing::ReadFileOrDie(out);
  EXPECT_THAT(text, Not(HasSubstr("Strategisk samarbejdsaftale om boligsocial indsats")));
  EXPECT_THAT(text, HasSubstr("# Delaftale for indsatsområdet Kriminalpræventiv indsats"));
  // The 2015-18 template's own labels.
  EXPECT_THAT(text, HasSubstr("## Problemkompleks for indsatsområdet:"));
}

TEST_F(ExportCliTest, JsonIsTheRevisionsPlanText) {
  const std::string out = (scratch_.path() / "plan.json").string();
  auto run = Run({"export", "1", "--format", "json", "--out", out});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  auto show = Run({"plan", "show", "1", "--format", "json"});
  EXPECT_EQ(testing::ReadFileOrDie(out), show.out);
}

TEST_F(ExportCliTest, HtmlEscapesAHostilePlanName) {
  const std::string hostile = (scratch_.path() / "hostile.json").string();
  testing::WriteFileOrDie(hostile, Replace(testing::ReadFileOrDie(example_), "\"name\": \"Bydækkende Boligsocial Helhedsplan",
                                           "\"name\": \"<script>alert(1)</script> Bydækkende Boligsocial Helhedsplan"));
  auto add = Run({"plan", "add", hostile});
  ASSERT_EQ(add.exit_code, 0) << add.err;
  const std::string out = (scratch_.path() / "plan.html").string();
  auto run = Run({"export", "2", "--format", "html", "--out", out});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string html = testing::ReadFileOrDie(out);
  EXPECT_THAT(html, Not(HasSubstr("<script>")));
  EXPECT_THAT(html, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt; Bydækkende Boligsocial Helhedsplan"));
  EXPECT_THAT(html, HasSubstr("@page { size: A4;"));
  EXPECT_THAT(html, HasSubstr("<h1>Strategisk samarbejdsaftale om boligsocial indsats</h1>"));
  EXPECT_THAT(html, HasSubstr("<h2>5. Overordnede mål og indikatorer for den boligsociale indsats</h2>"));
  EXPECT_THAT(html, HasSubstr("<th scope=\"col\">Baseline kommune (evt. andet)</th>"));
}

TEST_F(ExportCliTest, KommissoriumAndBeredskabsplanFollowTheDelaftalerInTheTemplatesOrder) {
  const std::string out = (scratch_.path() / "plan.md").string();
  auto run = Run({"export", "1", "--format", "md", "--out", out});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string md = testing::ReadFileOrDie(out);
  const std::size_t last_sub = md.find("# Delaftale for indsatsområdet Sammenhængskraft og medborgerskab");
  const std::size_t terms = md.find("# Kommissorium/forretningsorden for bestyrelsen");
  const std::size_t preparedness = md.find("# Boligsocial beredskabsplan");
  ASSERT_NE(last_sub, std::string::npos);
  ASSERT_NE(terms, std::string::npos);
  ASSERT_NE(preparedness, std::string::npos);
  EXPECT_LT(last_sub, terms);
  EXPECT_LT(terms, preparedness);
  // Kommissorium: the numbered rows with the plan's text, the board as a table.
  for (const char* expected : {
           "## 1\\. Formål", "Bestyrelsen sætter de overordnede rammer", "## 2\\. Nedsættelse og sammensætning",
           "| Direktør | Boligkontoret Fredericia | ja | ja |", "## 3\\. Mødefrekvens", "4 møder om året.",
           "## 4\\. Opgaver\n\n*Planen beskriver bestyrelsens opgaver under 1. Formål.*",
           "## 5\\. Kompetence og beføjelser", "## 6\\. Sekretariatsbetjening", "## 7\\. Formandskab for bestyrelsen",
           "- Direktør (Boligkontoret Fredericia)", "## 8\\. Ændringer/tilføjelser",
           "**Godkendelse:** *Afventer godkendelse i Landsbyggefonden",
       }) {
    EXPECT_THAT(md.substr(terms, preparedness - terms), HasSubstr(expected));
  }
  // Beredskabsplan: both activation paths, the steps, outreach, the crisis
  // communication and the missing signatures.
  const std::string prep = md.substr(preparedness);
  for (const char* expected : {
           "## 1 Deltagere i beredskabet",
           "### Beredskab som aktiveres på Politiets foranledning, når der er en politisag",
           "**Leder:** Syddjyllands Politi, Fredericia",
           "- Koordinator (SSP)",
           "### Beredskab som aktiveres af enten kommune, boligorganisationer eller Områdesekretariatet, når der ikke er "
           "en politisag",
           "## 4 Kompetencer/handlemuligheder i beredskabssituationer",
           "- Trin 1: Den boligsociale projektchef orienterer bestyrelsen.",
           "## 5 Håndtering af omverdenen", "- Varmemestrene og driftschefer", "### Krisekommunikation",
           "| Medier | Boligsocial projektchef | Håndterer medierne i samråd med den boligsociale bestyrelse |",
           "## 6 Underskrift", "*Ikke underskrevet.*",
       }) {
    EXPECT_THAT(prep, HasSubstr(expected));
  }
  // The empty participant lines of the police path are not shown as bullets.
  EXPECT_THAT(prep, Not(HasSubstr("\n- \n")));
}

TEST_F(ExportCliTest, BadInputGivesDanishMessageAndStatus) {
  const std::string out = (scratch_.path() / "x.docx").string();
  auto unknown_plan = Run({"export", "99", "--format", "docx", "--out", out});
  EXPECT_EQ(unknown_plan.exit_code, 2);
  EXPECT_THAT(unknown_plan.err, StartsWith("fejl: "));

  auto unknown_sub = Run({"export", "1", "--format", "docx", "--out", out, "--delaftale", "Sundhed"});
  EXPECT_EQ(unknown_sub.exit_code, 2);
  EXPECT_THAT(unknown_sub.err, HasSubstr("planen har ingen delaftale \"Sundhed\"; dens delaftaler er: 1 Uddannelse og "
                                         "livschancer, 2 Beskæftigelse"));
  auto too_far = Run({"export", "1", "--format", "docx", "--out", out, "--delaftale", "5"});
  EXPECT_EQ(too_far.exit_code, 2);

  auto bad_date = Run({"export", "1", "--as-of", "12/03/2025", "--format", "docx", "--out", out});
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_THAT(bad_date.err, StartsWith("fejl: --as-of: "));

  auto bad_format = Run({"export", "1", "--format", "pdf", "--out", out});
  EXPECT_EQ(bad_format.exit_code, 2);
  EXPECT_THAT(bad_format.err, HasSubstr("ukendt format \"pdf\""));

  const std::string unwritable = (scratch_.path() / "findes-ikke" / "plan.docx").string();
  auto no_dir = Run({"export", "1", "--format", "docx", "--out", unwritable});
  EXPECT_EQ(no_dir.exit_code, 3);
  EXPECT_THAT(no_dir.err, HasSubstr("findes-ikke/plan.docx"));
  EXPECT_FALSE(std::filesystem::exists(out));
  // Nothing half-written is left next to the output.
  for (const auto& entry : std::filesystem::directory_iterator(scratch_.path())) {
    EXPECT_THAT(entry.path().filename().string(), Not(HasSubstr(".tmp-")));
  }
}

// The numbers of every baseline in the plan file, keyed "indicator|kind|area".
std::multiset<std::string> ExpectedBaselines(const std::string& plan_text) {
  const nlohmann::json plan = nlohmann::json::parse(plan_text);
  std::multiset<std::string> out;
  auto add_indicator = [&](const nlohmann::json& indicator) {
    for (const auto& [key, kind] : {std::pair{"baselines", "Baseline"}, std::pair{"other_baselines", "Anden baseline"}}) {
      for (const auto& baseline : indicator.value(key, nlohmann::json::array())) {
        const auto& value = baseline.at("value");
        if (!value.contains("value")) continue;
        out.insert(fmt::format("{}|{}|{:g}", indicator.at("name").get<std::string>(), kind,
                               value.at("value").get<double>()));
      }
    }
  };
  for (const auto& goal : plan.value("overall_goals", nlohmann::json::array())) {
    for (const auto& indicator : goal.value("indicators", nlohmann::json::array())) add_indicator(indicator);
  }
  for (const auto& sub : plan.value("sub_agreements", nlohmann::json::array())) {
    for (const auto& goal : sub.value("goals", nlohmann::json::array())) {
      for (const auto& indicator : goal.value("indicators", nlohmann::json::array())) add_indicator(indicator);
    }
  }
  return out;
}

TEST_F(ExportCliTest, TablesReadBackWithOpenpyxl) {
  const std::string out = (scratch_.path() / "tabeller.xlsx").string();
  auto run = Run({"export", "1", "--tables", "--format", "xlsx", "--out", out});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "6 tabeller er skrevet til " + out + ".\n");
  const nlohmann::json sheets = testing::ReadXlsx(out);
  // The plan's four tables, then its data: no measurements or list results
  // are stored in this database, so those sheets have their header and say so.
  ASSERT_EQ(sheets.size(), 6u);
  EXPECT_EQ(sheets[0].at("name"), "Mål og indikatorer");
  EXPECT_EQ(sheets[1].at("name"), "Medarbejdere");
  EXPECT_EQ(sheets[4].at("name"), "Målinger");
  EXPECT_EQ(sheets[4].at("rows").size(), 1u);
  EXPECT_EQ(sheets[5].at("name"), "§ 61 a-lister");
  EXPECT_EQ(sheets[5].at("rows").at(1).at(3), "ingen gemte listeresultater");
  const auto& rows = sheets[0].at("rows");
  const auto& header = rows.at(0);
  ASSERT_EQ(header.at(3), "Indikator");
  ASSERT_EQ(header.at(5), "Baselinetype");
  ASSERT_EQ(header.at(7), "Værdi");
  std::multiset<std::string> got;
  for (std::size_t idx = 1; idx < rows.size(); ++idx) {
    const auto& row = rows.at(idx);
    if (!row.at(7).is_number()) continue;
    got.insert(fmt::format("{}|{}|{:g}", row.at(3).get<std::string>(), row.at(5).get<std::string>(),
                           row.at(7).get<double>()));
  }
  const std::multiset<std::string> expected = ExpectedBaselines(testing::ReadFileOrDie(example_));
  EXPECT_GT(expected.size(), 20u);
  EXPECT_EQ(got, expected);
  // Staff hours are numbers too.
  EXPECT_GT(sheets[1].at("rows").size(), 1u);
}

TEST_F(ExportCliTest, GoalTableAsDanishCsv) {
  const std::string out = (scratch_.path() / "maal.csv").string();
  auto run = Run({"export", "1", "--tables", "--table", "maal", "--format", "csv", "--out", out});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string csv = testing::ReadFileOrDie(out);
  EXPECT_THAT(csv, StartsWith("\xEF\xBB\xBF" "Del;Mål;Indikator-id;Indikator;"));
  EXPECT_THAT(csv, HasSubstr(";Andel 1-5-årige i dagtilbud;andel (%);Baseline;Hele planområdet;81,7;"));
  auto no_table = Run({"export", "1", "--tables", "--format", "csv", "--out", out});
  EXPECT_EQ(no_table.exit_code, 2);
  EXPECT_THAT(no_table.err, HasSubstr("--table"));
}

}  // namespace
}  // namespace helhed
