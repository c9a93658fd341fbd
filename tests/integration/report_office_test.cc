// SPDX-License-Identifier: Apache-2.0
// `helhed report board` and `helhed report audit` on the Fredericia example
// with the demo's synthetic register stored as measurements: the board
// report's DOCX opened by headless LibreOffice (pdftotext, pdfinfo), its HTML
// printable and script-free, and the audit report naming the decisions, the
// data's provenance and the status reports made. Slow: seeding plus
// LibreOffice.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "export_fixture.h"
#include "helhed/planfile/plan_json.h"
#include "helhed/rules/pack_loader.h"
#include "helhed/service/demo_register.h"
#include "helhed/service/local_data_service.h"
#include "helhed/store/clock.h"
#include "helhed/store/open_store.h"

namespace helhed {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::StartsWith;

class ReportOfficeTest : public testing::ExportFixture {
 protected:
  void SetUp() override {
    ExportFixture::SetUp();
    auto store = store::OpenStore(db_);
    ASSERT_TRUE(store.ok()) << store.status().message();
    const Status seeded = service::SeedDemoRegister(**store, testing::SourceDir() / "data");
    ASSERT_TRUE(seeded.ok()) << seeded.message();
  }
};

TEST_F(ReportOfficeTest, BoardReportDocxOpensInLibreOffice) {
  auto approve = Run({"plan", "approve", "1", "--rev", "1", "--board", "--date", "2025-03-12", "--meeting",
                      "Bestyrelsesmøde 12.03.2025, pkt. 4"});
  ASSERT_EQ(approve.exit_code, 0) << approve.err;
  const auto docx = scratch_.path() / "status.docx";
  auto run = Run({"report", "board", "1", "--period", "2025H1", "--format", "docx", "--out", docx.string(),
                  "--author", "Anna Sekretær"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "Statusrapporten for 1. halvår 2025 er skrevet til " + docx.string() + ".\n");
  const auto pdf = testing::ConvertToPdf(docx, scratch_.path());
  const std::string text = testing::CollapseSpaces(testing::PdfText(pdf));
  for (const char* expected : {
           "Statusrapport til bestyrelsen, 1. halvår 2025",
           "Plan: Bydækkende Boligsocial Helhedsplan, Fredericia",
           "Mål 1: Der skal ske et fagligt løft af børn og unge",
           "Mål 2: Flere bliver tilknyttet arbejdsmarkedet",
           "Fredericia Kommune",
           "Hele landet",
           "Planens baseline (2021): 81,7 %",
           "Delmål: Beskæftigelse",
           "Områdernes § 61 a-kriterier",
           // No list results stored: the report says so for each area.
           "Der er ikke gemt listeresultater for området (id zone-1) for listeåret 2025 eller før",
           "Milepæle",
           "Planen indeholder intet budget.",
           "Ændringer der afventer godkendelse",
           "Åbne fejl og advarsler fra tjekket af planen",
           "Kilde: Syntetisk register",
       }) {
    EXPECT_THAT(text, HasSubstr(expected));
  }
  // The board approved the delaftaler: they no longer await it.
  EXPECT_THAT(text, Not(HasSubstr("Afventer godkendelse i bestyrelsen.")));
  const int pages = testing::PdfPages(pdf);
  EXPECT_GE(pages, 8);
  EXPECT_LE(pages, 120);

  // The audit report lists the decision, the report and the data's provenance.
  const std::string year = std::to_string(store::DateOf(store::SystemClock()->Now()).year());
  auto audit = Run({"report", "audit", "1", "--year", year});
  ASSERT_EQ(audit.exit_code, 0) << audit.err;
  EXPECT_THAT(audit.out, HasSubstr("| Anna Sekretær | Statusrapport 1. halvår 2025 (status.docx) |"));
  EXPECT_THAT(audit.out, HasSubstr("Kilde: Syntetisk register (helhed synth)"));
  auto audit_2025 = Run({"report", "audit", "1", "--year", "2025"});
  // The plan was saved today, so it did not exist at the end of 2025.
  if (year != "2025") {
    EXPECT_EQ(audit_2025.exit_code, 2);
    EXPECT_THAT(audit_2025.err, StartsWith("fejl: Plan 1 fandtes ikke endnu 31.12.2025"));
  }
}

TEST_F(ReportOfficeTest, BoardReportHtmlPrintsWithoutScript) {
  // Zone 1 on the 2024 list (udsat: 2 criteria above the thresholds) and on
  // the 2025 list (no longer: 30 % outside work), which a report for 2024
  // must not show yet.
  const auto criteria = scratch_.path() / "kriterier.csv";
  testing::WriteFileOrDie(criteria,
                          "area_id;area_name;year;residents;outside_work_share;non_western_share;convicted_share;"
                          "basic_education_share;income_ratio\n"
                          "zone-1;Zone 1;2024;1.200;41,5%;22,1%;1,8%;61%;69,2%\n"
                          "zone-1;Zone 1;2025;1.200;30%;22,1%;1,8%;40%;69,2%\n");
  for (const char* year : {"2024", "2025"}) {
    auto stored = Run({"lists", "--year", year, "--criteria", criteria.string(), "--national-convicted", "0,73",
                       "--store", "--author", "analytiker"});
    ASSERT_EQ(stored.exit_code, 0) << stored.err;
  }
  const auto html_path = scratch_.path() / "status.html";
  auto run = Run({"report", "board", "1", "--period", "2025H2", "--format", "html", "--out", html_path.string()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string html = testing::ReadFileOrDie(html_path);
  EXPECT_THAT(html, HasSubstr("@page { size: A4;"));
  EXPECT_THAT(html, HasSubstr("<img src=\"data:image/svg+xml;base64,"));
  EXPECT_THAT(html, HasSubstr("<h1>Statusrapport til bestyrelsen, 2. halvår 2025</h1>"));
  EXPECT_THAT(html, Not(HasSubstr("<script")));
  // Nothing was approved: the strategic agreement awaits LBF.
  EXPECT_THAT(html, HasSubstr("<td>Strategisk samarbejdsaftale</td><td>Afventer godkendelse i Landsbyggefonden.</td>"));
  // § 61 a for 2025: zone 1's 2025 list, the value as a percentage and a
  // fraction, the threshold, met or not and the distance.
  EXPECT_THAT(html, HasSubstr("<h2>Zone 1</h2>"));
  EXPECT_THAT(html, HasSubstr("Listeår:</dt><dd>2025</dd>")) << html.substr(html.find("<h2>Zone 1</h2>"), 3000);
  EXPECT_THAT(html, HasSubstr("30,0 %</td><td class=\"num\">3/10</td><td>udsat</td><td class=\"num\">40,0 %</td>"
                              "<td>nej</td><td>"));
  EXPECT_THAT(html, HasSubstr(" personer</td>"));
  EXPECT_THAT(html, HasSubstr("Der er ikke gemt listeresultater for området (id zone-2) for listeåret 2025 eller før"));
  // A report for 2024 shows the list of 2024, not the later one.
  auto run_2024 = Run({"report", "board", "1", "--period", "2024", "--format", "html", "--out", html_path.string()});
  ASSERT_EQ(run_2024.exit_code, 0) << run_2024.err;
  const std::string html_2024 = testing::ReadFileOrDie(html_path);
  EXPECT_THAT(html_2024, HasSubstr("Listeår:</dt><dd>2024</dd>"));
  EXPECT_THAT(html_2024, Not(HasSubstr("Listeår:</dt><dd>2025</dd>")));
  EXPECT_THAT(html_2024, HasSubstr("<dt>Kategori:</dt><dd>udsat boligområde</dd>"));
  EXPECT_THAT(html_2024, HasSubstr("41,5 %</td><td class=\"num\">83/200</td><td>udsat</td><td class=\"num\">40,0 %</td>"
                                   "<td>ja</td><td>"));

  // No activity has a status in the example plan: the report says so.
  EXPECT_THAT(html, HasSubstr("Planen angiver ingen status for delaftalens aktiviteter"));
  // With a status on an activity form, the delaftale's activities become a
  // table with each form's status and remark.
  std::string with_status = testing::ReadFileOrDie(example_);
  const std::string form = "\"name\": \"Lektiecaféer\",";
  ASSERT_NE(with_status.find(form), std::string::npos);
  with_status.replace(with_status.find(form), form.size(),
                      form + " \"status\": \"paused\", \"status_note\": \"Genstarter efter sommerferien\",");
  const auto status_plan = scratch_.path() / "status-plan.json";
  testing::WriteFileOrDie(status_plan, with_status);
  auto added = Run({"plan", "add", status_plan.string()});
  ASSERT_EQ(added.exit_code, 0) << added.err;
  auto run_status = Run({"report", "board", "2", "--period", "2025H2", "--format", "html", "--out", html_path.string()});
  ASSERT_EQ(run_status.exit_code, 0) << run_status.err;
  const std::string status_html = testing::ReadFileOrDie(html_path);
  EXPECT_THAT(status_html, HasSubstr("<th scope=\"col\">Aktivitet</th><th scope=\"col\">Status</th>"
                                     "<th scope=\"col\">Bemærkning</th>"));
  EXPECT_THAT(status_html, HasSubstr("<td>Lektiecaféer</td><td>sat i bero</td><td>Genstarter efter sommerferien</td>"));
  EXPECT_THAT(status_html, HasSubstr("<td>Din Uddannelsesvej</td><td>ikke angivet</td><td></td>"));

  auto bad_period = Run({"report", "board", "1", "--period", "2025Q1", "--format", "html", "--out", html_path.string()});
  EXPECT_EQ(bad_period.exit_code, 2);
  EXPECT_THAT(bad_period.err, HasSubstr("--period: \"2025Q1\" er ikke en periode"));
  auto unknown = Run({"report", "board", "7", "--period", "2025H1", "--format", "html", "--out", html_path.string()});
  EXPECT_EQ(unknown.exit_code, 2);
}

TEST_F(ReportOfficeTest, BoardReportShowsThePeriodsNumbersAndTheLocalValues) {
  // F7 (tryghed, overall goal 3's second indicator) is measured by survey:
  // the secretariat enters it for 2023 and 2025.
  {
    auto store = store::OpenStore(db_);
    ASSERT_TRUE(store.ok()) << store.status().message();
    StatusOr<model::Plan> plan = planfile::ParsePlanJson(testing::ReadFileOrDie(example_));
    ASSERT_TRUE(plan.ok()) << plan.status().message();
    StatusOr<service::LocalIndicator> f7 = service::FindLocalIndicator(*plan, testing::SourceDir() / "data", "m3i2");
    ASSERT_TRUE(f7.ok()) << f7.status().message();
    for (const auto& [year, count] : {std::pair{"2023", "150"}, std::pair{"2025", "170"}}) {
      service::LocalEntryInput input;
      input.unit = "plan:1";
      input.period = year;
      if (f7->unit == model::Unit::kShare) {
        input.numerator = count;
        input.denominator = "200";
      } else {
        input.value = count;
      }
      input.source = std::string("Tryghedsmåling ") + year;
      StatusOr<service::LocalEntryOutcome> outcome = service::EnterLocalValue(
          **store, *plan, 1, *f7, input, "admin", store::SystemClock()->Now());
      ASSERT_TRUE(outcome.ok()) << outcome.status().message();
      ASSERT_TRUE(outcome->errors.empty()) << outcome->errors.front().message;
    }
  }
  const auto html_path = scratch_.path() / "status.html";
  auto run_2024 = Run({"report", "board", "1", "--period", "2024", "--format", "html", "--out", html_path.string()});
  ASSERT_EQ(run_2024.exit_code, 0) << run_2024.err;
  const std::string html_2024 = testing::ReadFileOrDie(html_path);
  EXPECT_THAT(html_2024, HasSubstr("Kilde: Tryghedsmåling 2023. Lokal indtastning af admin"));
  EXPECT_THAT(html_2024, Not(HasSubstr("Tryghedsmåling 2025")));

  auto run_2025 = Run({"report", "board", "1", "--period", "2025H2", "--format", "html", "--out", html_path.string()});
  ASSERT_EQ(run_2025.exit_code, 0) << run_2025.err;
  const std::string html_2025 = testing::ReadFileOrDie(html_path);
  EXPECT_THAT(html_2025, HasSubstr("Kilde: Tryghedsmåling 2025. Lokal indtastning af admin"));

  // The demo register has 2019-2024; a report for 2021 shows none of the later years.
  auto run_2021 = Run({"report", "board", "1", "--period", "2021", "--format", "html", "--out", html_path.string()});
  ASSERT_EQ(run_2021.exit_code, 0) << run_2021.err;
  const std::string html_2021 = testing::ReadFileOrDie(html_path);
  EXPECT_THAT(html_2021, HasSubstr("<dd>år til og med 2021 (registerdata er årstal"));
  EXPECT_NE(html_2021.find("<td class=\"num\">2021</td>"), std::string::npos);
  for (const char* later : {"<td class=\"num\">2022</td>", "<td class=\"num\">2024</td>"}) {
    EXPECT_EQ(html_2021.find(later), std::string::npos) << later;
    EXPECT_NE(html_2025.find(later), std::string::npos) << later;
  }
}

TEST_F(ReportOfficeTest, DataTablesHoldTheDashboardsNumbersAndTheLists) {
  const std::string xlsx = (scratch_.path() / "tal.xlsx").string();
  auto run = Run({"export", "1", "--tables", "--format", "xlsx", "--out", xlsx});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const nlohmann::json sheets = testing::ReadXlsx(xlsx);
  // The plan's four tables, its two data tables, the legend for "diskr.".
  ASSERT_EQ(sheets.size(), 7u);
  ASSERT_EQ(sheets[4].at("name"), "Målinger");
  const nlohmann::json& rows = sheets[4].at("rows");
  ASSERT_EQ(rows.at(0).at(5), "Værdi");
  ASSERT_EQ(rows.at(0).at(9), "Tæller");
  // F1 for the plan's area as the dashboard draws it: 2020 is 64 of 76, 2019 suppressed.
  bool saw_value = false, saw_suppressed = false;
  for (const nlohmann::json& row : rows) {
    if (row.at(2) != "F1" || row.at(3) != "De 41 boligafdelinger i Den Bydækkende Helhedsplan") continue;
    if (row.at(4) == 2020) {
      EXPECT_NEAR(row.at(5).get<double>(), 100.0 * 64 / 76, 1e-6);
      EXPECT_EQ(row.at(6), "%");
      EXPECT_EQ(row.at(9), 64);
      EXPECT_EQ(row.at(10), 76);
      EXPECT_EQ(row.at(11), "ok");
      saw_value = true;
    }
    if (row.at(4) == 2019) {
      for (int column : {5, 7, 8, 9, 10}) EXPECT_EQ(row.at(column), "diskr.") << column;
      EXPECT_EQ(row.at(11), "diskretioneret");
      saw_suppressed = true;
    }
  }
  EXPECT_TRUE(saw_value);
  EXPECT_TRUE(saw_suppressed);
  EXPECT_GT(rows.size(), 100u);
  // The § 61 a results the demo stores for the plan's boligområde.
  ASSERT_EQ(sheets[5].at("name"), "§ 61 a-lister");
  int list_rows = 0;
  for (const nlohmann::json& row : sheets[5].at("rows")) {
    if (row.at(1) == "omraade" && row.at(2).is_number()) ++list_rows;
  }
  EXPECT_GT(list_rows, 5);
  EXPECT_EQ(sheets[6].at("name"), "Forklaring");

  // The same table as Danish CSV: suppressed cells say so, decimals with commas.
  const std::string csv = (scratch_.path() / "maalinger.csv").string();
  auto to_csv = Run({"export", "1", "--tables", "--table", "maalinger", "--format", "csv", "--out", csv});
  ASSERT_EQ(to_csv.exit_code, 0) << to_csv.err;
  const std::string text = testing::ReadFileOrDie(csv);
  EXPECT_THAT(text, StartsWith("\xEF\xBB\xBFMål;Indikator;Registerindikator;Enhed;År;Værdi"));
  EXPECT_THAT(text, HasSubstr("F1;De 41 boligafdelinger i Den Bydækkende Helhedsplan;2020;84,2;%;"));
  EXPECT_THAT(text, HasSubstr(";2019;diskr.;%;diskr.;diskr.;diskr.;diskr.;diskretioneret;"));
}

}  // namespace
}  // namespace helhed
