// SPDX-License-Identifier: Apache-2.0
// Downloads from the plan overview: the documents are the real thing (a DOCX
// whose document.xml holds the plan's text, an XLSX that openpyxl reads),
// with the right headers, an audit record, forms only for roles that may use
// them, and Danish 400/404 pages for bad input.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "helhed/ooxml/zip_archive.h"
#include "testing/status_matchers.h"
#include "web_fixture.h"

namespace helhed::web {
namespace {

class WebDownloadsTest : public WebFixture {
 protected:
  std::vector<store::AuditEntry> AuditWith(std::string_view action) {
    std::vector<store::AuditEntry> found;
    StatusOr<std::vector<store::AuditEntry>> entries = Inspect().ListAudit(1000);
    EXPECT_TRUE(entries.ok());
    if (!entries.ok()) return found;
    for (const store::AuditEntry& entry : *entries) {
      if (entry.action == action) found.push_back(entry);
    }
    return found;
  }
};

// Debian's python3-openpyxl reads the workbook as a spreadsheet user's program would.
nlohmann::json ReadXlsx(const std::string& bytes, const testing::ScratchDir& dir) {
  const auto path = dir.path() / "hentet.xlsx";
  testing::WriteFileOrDie(path, bytes);
  const std::string script = (testing::SourceDir() / "tests" / "integration" / "read_xlsx.py").string();
  FILE* pipe = ::popen(fmt::format("/usr/bin/python3 '{}' '{}'", script, path.string()).c_str(), "r");
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
  EXPECT_EQ(::pclose(pipe), 0) << out;
  return nlohmann::json::parse(out);
}

TEST_F(WebDownloadsTest, PlanAsDocxIsTheRealDocumentWithHeadersAndAuditRecord) {
  const Browser partner = LogIn("partner");
  httplib::Result res = PostForm(Path("/planer/{plan}/hent/plan"), "format=docx&dato=&delaftale=", &partner);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body.substr(0, 600);
  EXPECT_EQ(res->get_header_value("Content-Type"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  // httplib's client percent-decodes header values as it reads them; the
  // exact encoding on the wire is content_disposition_test's business.
  EXPECT_EQ(res->get_header_value("Content-Disposition"),
            "attachment; filename=\"Byd__kkende Boligsocial Helhedsplan, Fredericia.docx\"; "
            "filename*=UTF-8''Bydækkende Boligsocial Helhedsplan, Fredericia.docx");
  ASSERT_EQ(res->body.substr(0, 4), std::string("PK\x03\x04", 4));
  ASSERT_OK_AND_ASSIGN(ooxml::ZipArchive zip, ooxml::ZipArchive::Open(res->body));
  ASSERT_OK_AND_ASSIGN(std::string xml, zip.Read("word/document.xml"));
  EXPECT_NE(xml.find("Flere bliver tilknyttet arbejdsmarkedet"), std::string::npos);
  EXPECT_NE(xml.find("Bydækkende Boligsocial Helhedsplan, Fredericia"), std::string::npos);

  const std::vector<store::AuditEntry> logged = AuditWith("download.plan");
  ASSERT_EQ(logged.size(), 1u);
  EXPECT_EQ(logged[0].user, "partner");
  EXPECT_EQ(logged[0].object, "plan/" + std::to_string(plan_id_));
  EXPECT_EQ(logged[0].detail, "docx, revision 1");
}

TEST_F(WebDownloadsTest, OneDelaftaleAsMarkdownHoldsOnlyThatPart) {
  const Browser lbf = LogIn("lbf");
  httplib::Result res = PostForm(Path("/planer/{plan}/hent/plan"), "format=md&delaftale=2&dato=2026-03-02", &lbf);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body.substr(0, 600);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/markdown; charset=utf-8");
  EXPECT_NE(res->get_header_value("Content-Disposition").find("pr. 2026-03-02.md\""), std::string::npos);
  EXPECT_NE(res->body.find("Beskæftigelse"), std::string::npos) << res->body.substr(0, 2000);
  EXPECT_EQ(res->body.find("Flere er en del af fællesskabet"), std::string::npos) << "another delaftale's goal";
}

TEST_F(WebDownloadsTest, TablesAsXlsxReadBackWithOpenpyxl) {
  const Browser sekretariat = LogIn("sekretariat");
  httplib::Result res = PostForm(Path("/planer/{plan}/hent/tabeller"), "format=xlsx&tabel=", &sekretariat);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body.substr(0, 600);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  ASSERT_EQ(res->body.substr(0, 4), std::string("PK\x03\x04", 4));
  const nlohmann::json sheets = ReadXlsx(res->body, *dir_);
  ASSERT_GE(sheets.size(), 4u) << sheets.dump();
  bool goal_found = false;
  for (const auto& row : sheets[0]["rows"]) {
    for (const auto& cell : row) {
      if (cell.is_string() && cell.get<std::string>().find("Flere bliver tilknyttet arbejdsmarkedet") != std::string::npos) {
        goal_found = true;
      }
    }
  }
  EXPECT_TRUE(goal_found) << sheets[0].dump().substr(0, 2000);
  EXPECT_EQ(AuditWith("download.tables").size(), 1u);
}

TEST_F(WebDownloadsTest, CsvIsOneTableWithBomAndSemicolons) {
  const Browser bestyrelse = LogIn("bestyrelse");
  httplib::Result res = PostForm(Path("/planer/{plan}/hent/tabeller"), "format=csv&tabel=budget", &bestyrelse);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body.substr(0, 600);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(res->body.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(res->body.find(';'), std::string::npos);
  // Without a table the CSV has nothing to hold.
  res = PostForm(Path("/planer/{plan}/hent/tabeller"), "format=csv&tabel=", &bestyrelse);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("en CSV-fil rummer én tabel"), std::string::npos) << res->body;
  // The plan's data: the dashboards' numbers and the § 61 a results.
  for (const char* table : {"maalinger", "lister"}) {
    res = PostForm(Path("/planer/{plan}/hent/tabeller"), std::string("format=csv&tabel=") + table, &bestyrelse);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << table << res->body.substr(0, 600);
  }
  EXPECT_NE(res->body.find("Område;Områdeid;Listeår;Kategori"), std::string::npos) << res->body;
  res = PostForm(Path("/planer/{plan}/hent/tabeller"), "format=csv&tabel=hemmelig", &bestyrelse);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("ukendt tabel"), std::string::npos) << res->body;
}

TEST_F(WebDownloadsTest, BoardReportAndAuditDocumentationForTheBoard) {
  const Browser bestyrelse = LogIn("bestyrelse");
  httplib::Result res =
      PostForm(Path("/planer/{plan}/hent/statusrapport"), "format=html&periode=2025H2", &bestyrelse);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body.substr(0, 600);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_NE(res->get_header_value("Content-Disposition").find("statusrapport 2025H2.html"), std::string::npos);
  EXPECT_NE(res->body.find("2. halvår 2025"), std::string::npos);
  EXPECT_NE(res->body.find("Flere bliver tilknyttet arbejdsmarkedet"), std::string::npos);
  // The same record as `helhed report board`, which the audit documentation lists.
  const std::vector<store::AuditEntry> made = AuditWith("report.board");
  ASSERT_EQ(made.size(), 1u);
  EXPECT_EQ(made[0].user, "bestyrelse");

  res = PostForm(Path("/planer/{plan}/hent/revision"), "format=docx&aar=2026", &bestyrelse);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body.substr(0, 600);
  ASSERT_OK_AND_ASSIGN(ooxml::ZipArchive zip, ooxml::ZipArchive::Open(res->body));
  ASSERT_OK_AND_ASSIGN(std::string xml, zip.Read("word/document.xml"));
  EXPECT_NE(xml.find("Statusrapport 2. halvår 2025"), std::string::npos) << "the report just made is listed";
  EXPECT_EQ(AuditWith("download.audit").size(), 1u);
}

TEST_F(WebDownloadsTest, OverviewShowsOnlyTheFormsTheRoleMayUse) {
  const Browser partner = LogIn("partner");
  httplib::Result res = Get(Path("/planer/{plan}"), &partner);
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("action=\"/planer/" + std::to_string(plan_id_) + "/hent/plan\""), std::string::npos);
  EXPECT_NE(res->body.find("/hent/tabeller\""), std::string::npos);
  EXPECT_EQ(res->body.find("/hent/statusrapport\""), std::string::npos);
  EXPECT_EQ(res->body.find("/hent/revision\""), std::string::npos);
  const Browser bestyrelse = LogIn("bestyrelse");
  res = Get(Path("/planer/{plan}"), &bestyrelse);
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("/hent/statusrapport\""), std::string::npos);
  EXPECT_NE(res->body.find("/hent/revision\""), std::string::npos);
  // 2 March 2026: the half-year just ended is proposed.
  EXPECT_NE(res->body.find("name=\"periode\" value=\"2025H2\""), std::string::npos);
}

TEST_F(WebDownloadsTest, BadInputIsADanish400AndAnUnknownPlan404) {
  const Browser admin = LogIn("admin");
  struct Case {
    std::string path;
    std::string body;
    std::string message;
  };
  const Case cases[] = {
      {"/planer/{plan}/hent/plan", "format=pdf", "formatet &quot;pdf&quot; findes ikke her; vælg docx, html, md, json"},
      {"/planer/{plan}/hent/plan", "format=docx&dato=31.02.2025", "Dato: &quot;31.02.2025&quot; er ikke en dato"},
      {"/planer/{plan}/hent/plan", "format=docx&dato=2025-02-31", "er ikke en gyldig kalenderdato"},
      {"/planer/{plan}/hent/plan", "format=json&delaftale=1", "JSON er hele planens tekst"},
      {"/planer/{plan}/hent/statusrapport", "format=docx&periode=2025Q1", "Periode: &quot;2025Q1&quot; er ikke en periode"},
      {"/planer/{plan}/hent/statusrapport", "format=md&periode=2025H1", "formatet &quot;md&quot; findes ikke her"},
      {"/planer/{plan}/hent/revision", "format=docx&aar=1999", "År: 1999 er ikke et årstal"},
  };
  for (const Case& c : cases) {
    httplib::Result res = PostForm(Path(c.path), c.body, &admin);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400) << c.body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
    EXPECT_TRUE(res->get_header_value("Content-Disposition").empty());
    EXPECT_NE(res->body.find(c.message), std::string::npos) << c.body << "\n" << res->body;
  }
  httplib::Result res = PostForm("/planer/987654/hent/plan", "format=docx", &admin);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404) << res->body;
  res = PostForm(Path("/planer/{plan}/hent/plan"), "format=docx&delaftale=Nordpolen", &admin);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  EXPECT_NE(res->body.find("planen har ingen delaftale &quot;Nordpolen&quot;"), std::string::npos) << res->body;
  EXPECT_TRUE(AuditWith("download.plan").empty()) << "a refused download is not recorded";
}

}  // namespace
}  // namespace helhed::web
