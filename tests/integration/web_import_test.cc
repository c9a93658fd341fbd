// SPDX-License-Identifier: Apache-2.0
// HTTP tests of "Importér plan": uploading a plan document shows it for
// review without saving, "Gem som ny plan" saves it as revision 1 with the
// importing user as author and an audit entry, and bad uploads (no CSRF
// token, wrong type, too large, a role that may not create plans) are refused.
#include <gtest/gtest.h>

#include <string>

#include "helhed/import/source_text.h"
#include "testing/status_matchers.h"
#include "web_fixture.h"

namespace helhed::web {
namespace {

class WebImportTest : public WebFixture {
 protected:
  httplib::Result Upload(const std::string& file_name, const std::string& content, const Browser& browser,
                         bool with_csrf = true) {
    httplib::MultipartFormDataItems items = {{"fil", content, file_name, "application/octet-stream"}};
    if (with_csrf) items.push_back({"csrf", browser.csrf, "", ""});
    httplib::Headers headers = {{"Cookie", browser.cookie}};
    return client_->Post("/planer/importer", headers, items);
  }

  static std::string Fredericia() {
    return testing::ReadFileOrDie(testing::SourceDir() / "tests/golden/import/plans/fredericia-2023-helhedsplan.txt");
  }

  // The import id in the review page's save form.
  static std::string ImportId(const std::string& body) {
    const std::string key = "name=\"import\" value=\"";
    const std::size_t at = body.find(key);
    if (at == std::string::npos) return "";
    return body.substr(at + key.size(), 32);
  }
};

TEST_F(WebImportTest, UploadShowsReviewAndSavesNothing) {
  const Browser sekretariat = LogIn("sekretariat");
  httplib::Result res = Upload("fredericia-2023-helhedsplan.txt", Fredericia(), sekretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body.substr(0, 600);
  EXPECT_NE(res->body.find("<h1>Gennemse importeret plan</h1>"), std::string::npos);
  EXPECT_NE(res->body.find("<dt>Plan</dt><dd>Bydækkende Boligsocial Helhedsplan, Fredericia</dd>"),
            std::string::npos)
      << res->body.substr(0, 2000);
  EXPECT_NE(res->body.find("<h2>Importrapport</h2>"), std::string::npos);
  EXPECT_NE(res->body.find("<h2>Tjek af planen</h2>"), std::string::npos);
  EXPECT_NE(res->body.find("<button type=\"submit\">Gem som ny plan</button>"), std::string::npos);
  EXPECT_EQ(ImportId(res->body).size(), 32u);
  ASSERT_OK_AND_ASSIGN(std::vector<store::PlanSummary> plans, Inspect().ListPlans());
  EXPECT_EQ(plans.size(), 1u);  // only the fixture's plan
}

TEST_F(WebImportTest, SaveCreatesThePlanWithAuthorMembershipAndAudit) {
  const Browser sekretariat = LogIn("sekretariat");
  httplib::Result res = Upload("fredericia-2023-helhedsplan.txt", Fredericia(), sekretariat);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  const std::string id = ImportId(res->body);
  res = PostForm("/planer/importer/gem", "import=" + id, &sekretariat);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 303) << res->body;
  ASSERT_OK_AND_ASSIGN(std::vector<store::PlanSummary> plans, Inspect().ListPlans());
  ASSERT_EQ(plans.size(), 2u);
  const store::PlanSummary& created = plans.back();
  EXPECT_EQ(created.name, "Bydækkende Boligsocial Helhedsplan, Fredericia");
  EXPECT_EQ(created.head_revision, 1);
  EXPECT_EQ(res->get_header_value("Location"), "/planer/" + std::to_string(created.id) + "?besked=importeret");
  ASSERT_OK_AND_ASSIGN(store::Revision revision, Inspect().GetRevision(created.id, 1));
  EXPECT_EQ(revision.info.author, "sekretariat");
  EXPECT_EQ(revision.info.message, "Importeret fra fredericia-2023-helhedsplan.txt");
  ASSERT_OK_AND_ASSIGN(std::vector<store::Membership> members, Inspect().ListMemberships(created.id));
  ASSERT_EQ(members.size(), 1u);
  EXPECT_EQ(members[0].login, "sekretariat");
  EXPECT_EQ(members[0].role, store::Role::kSekretariat);
  ASSERT_OK_AND_ASSIGN(std::vector<store::AuditEntry> audit, Inspect().ListAudit(5));
  ASSERT_FALSE(audit.empty());
  EXPECT_EQ(audit.back().action, "plan.import");
  EXPECT_EQ(audit.back().user, "sekretariat");
  EXPECT_EQ(audit.back().object, "plan/" + std::to_string(created.id));
  EXPECT_EQ(audit.back().detail, "importeret fra filen fredericia-2023-helhedsplan.txt");

  res = Get("/planer/" + std::to_string(created.id) + "?besked=importeret", &sekretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("Planen er importeret og gemt som revision 1."), std::string::npos);

  // The upload is used up: a second save is refused and adds nothing.
  res = PostForm("/planer/importer/gem", "import=" + id, &sekretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  ASSERT_OK_AND_ASSIGN(plans, Inspect().ListPlans());
  EXPECT_EQ(plans.size(), 2u);
}

TEST_F(WebImportTest, AnotherSessionCannotSaveTheUpload) {
  const Browser sekretariat = LogIn("sekretariat");
  httplib::Result res = Upload("fredericia-2023-helhedsplan.txt", Fredericia(), sekretariat);
  ASSERT_TRUE(res);
  const std::string id = ImportId(res->body);
  const Browser admin = LogIn("admin");
  res = PostForm("/planer/importer/gem", "import=" + id, &admin);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  EXPECT_NE(res->body.find("den uploadede fil findes ikke længere"), std::string::npos);
  ASSERT_OK_AND_ASSIGN(std::vector<store::PlanSummary> plans, Inspect().ListPlans());
  EXPECT_EQ(plans.size(), 1u);
}

TEST_F(WebImportTest, UploadWithoutCsrfIsForbidden) {
  const Browser sekretariat = LogIn("sekretariat");
  httplib::Result res = Upload("fredericia-2023-helhedsplan.txt", Fredericia(), sekretariat, false);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  EXPECT_NE(res->body.find("sikkerhedsnøgle (CSRF) mangler"), std::string::npos);
}

TEST_F(WebImportTest, WrongFileTypeIsRefused) {
  const Browser sekretariat = LogIn("sekretariat");
  httplib::Result res = Upload("plan.pdf", "%PDF-1.4", sekretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("kun Word-filer (.docx) og tekst (.txt, .md) kan importeres"), std::string::npos)
      << res->body;
}

TEST_F(WebImportTest, FileOverTheImportLimitIsRefused) {
  const Browser sekretariat = LogIn("sekretariat");
  httplib::Result res = Upload("stor.txt", std::string(import::kMaxImportBytes + 1, 'a'), sekretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_NE(res->body.find("er større end de 50 MiB, der kan importeres"), std::string::npos) << res->body;
}

TEST_F(WebImportTest, OtherRoutesKeepTheSmallBodyLimit) {
  const Browser sekretariat = LogIn("sekretariat");
  httplib::Result res =
      PostForm(Path("/planer/{plan}/delaftaler/1/delmaal/1"), "tekst=" + std::string(20 * 1024, 'a'), &sekretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_NE(res->body.find("større end de tilladte 16 KiB"), std::string::npos) << res->body;
}

TEST_F(WebImportTest, PartnerMayNotImport) {
  const Browser partner = LogIn("partner");
  httplib::Result res = Get("/planer/importer", &partner);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  res = Upload("fredericia-2023-helhedsplan.txt", Fredericia(), partner);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  EXPECT_NE(res->body.find("du har ingen rolle, der må oprette nye planer"), std::string::npos) << res->body;
}

}  // namespace
}  // namespace helhed::web
