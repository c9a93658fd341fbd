// SPDX-License-Identifier: Apache-2.0
// HTTP tests of the write paths: editing a delmål saves a revision (and the
// check findings show next to the field), a stale form is refused with a
// conflict and saves nothing, and the board and LBF record decisions.
#include <gtest/gtest.h>

#include "testing/status_matchers.h"
#include "web_fixture.h"

namespace helhed::web {
namespace {

class WebEditTest : public WebFixture {
 protected:
  // The goal form of delaftale 1, delmål 1 with one changed field.
  std::string GoalForm(int revision, std::string_view text, std::string_view first_baseline) {
    return "revision=" + std::to_string(revision) + "&tekst=" + FormEncode(text) +
           "&ind_0_navn=" + FormEncode("Elevfravær i folkeskolen") + "&ind_0_base_0=" + FormEncode(first_baseline) +
           "&ind_0_base_1=6%2C2&ind_0_base_2=6%2C4&ind_0_base_3=6%2C5&ind_0_base_4=7%2C8";
  }
  static constexpr const char* kGoalText = "Fravær i folkeskolen matcher eller er under landsgennemsnittet";
};

TEST_F(WebEditTest, EditFormShowsCurrentValuesWithLabels) {
  const Browser sekretariat = LogIn("sekretariat");
  httplib::Result res = Get(Path("/planer/{plan}/delaftaler/1/delmaal/1"), &sekretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("<label for=\"tekst\">Delmål</label>"), std::string::npos);
  EXPECT_NE(res->body.find("<label for=\"ind_0_base_0\">Baseline: Indre Ringvej (nu 3,7 %)</label>"),
            std::string::npos)
      << res->body;
  EXPECT_NE(res->body.find("name=\"ind_0_base_0\" value=\"3,7\""), std::string::npos);
  EXPECT_NE(res->body.find("<input type=\"hidden\" name=\"revision\" value=\"1\">"), std::string::npos);
}

TEST_F(WebEditTest, SavingADelmaalCreatesARevisionWithTheNewValues) {
  const Browser sekretariat = LogIn("sekretariat");
  httplib::Result res = PostForm(Path("/planer/{plan}/delaftaler/1/delmaal/1"),
                                 GoalForm(1, "Fraværet falder til landsgennemsnittet", "3,5"), &sekretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 303) << res->body;
  EXPECT_EQ(res->get_header_value("Location"), Path("/planer/{plan}/delaftaler/1?besked=gemt#delmaal-1"));
  ASSERT_OK_AND_ASSIGN(store::PlanSummary plan, Inspect().GetPlan(plan_id_));
  EXPECT_EQ(plan.head_revision, 2);
  ASSERT_OK_AND_ASSIGN(store::Revision revision, Inspect().GetRevision(plan_id_, 2));
  EXPECT_EQ(revision.info.author, "sekretariat");
  EXPECT_EQ(revision.info.message, "Delmål 1 i delaftalen Uddannelse og livschancer ændret");
  ASSERT_EQ(revision.info.changes.size(), 1u);
  EXPECT_EQ(revision.info.changes[0].part, "sub_agreement");
  EXPECT_EQ(revision.info.changes[0].focus_area, "Uddannelse og livschancer");
  EXPECT_EQ(revision.info.changes[0].approver, store::Approver::kBoard);
  EXPECT_NE(revision.plan_json.find("\"text\": \"Fraværet falder til landsgennemsnittet\""), std::string::npos);
  EXPECT_NE(revision.plan_json.find("\"value\": 3.5"), std::string::npos);

  res = Get(Path("/planer/{plan}/delaftaler/1?besked=gemt"), &sekretariat);
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("Ændringen er gemt som en ny revision."), std::string::npos);
  EXPECT_NE(res->body.find("Fraværet falder til landsgennemsnittet"), std::string::npos);
  res = Get(Path("/planer/{plan}/historik"), &sekretariat);
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("Revision 2"), std::string::npos);
  EXPECT_NE(res->body.find("Delaftale Uddannelse og livschancer: afventer bestyrelsens godkendelse"), std::string::npos)
      << res->body;
}

TEST_F(WebEditTest, InvalidBaselineShowsFormAgainAndSavesNothing) {
  const Browser sekretariat = LogIn("sekretariat");
  httplib::Result res =
      PostForm(Path("/planer/{plan}/delaftaler/1/delmaal/1"), GoalForm(1, kGoalText, "mange"), &sekretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("Ændringen er ikke gemt: feltet »baseline 1 for indikator 1«"), std::string::npos)
      << res->body;
  // What the user typed is still there to correct.
  EXPECT_NE(res->body.find("name=\"ind_0_base_0\" value=\"mange\""), std::string::npos);
  ASSERT_OK_AND_ASSIGN(store::PlanSummary plan, Inspect().GetPlan(plan_id_));
  EXPECT_EQ(plan.head_revision, 1);
}

TEST_F(WebEditTest, StaleFormIsRefusedWithConflictNamingWhoSaved) {
  const Browser sekretariat = LogIn("sekretariat");
  const Browser admin = LogIn("admin");
  // Both opened the form at revision 1; the admin saves first.
  httplib::Result first =
      PostForm(Path("/planer/{plan}/delaftaler/1/delmaal/1"), GoalForm(1, kGoalText, "3,6"), &admin);
  ASSERT_TRUE(first);
  ASSERT_EQ(first->status, 303) << first->body;
  httplib::Result stale =
      PostForm(Path("/planer/{plan}/delaftaler/1/delmaal/1"), GoalForm(1, kGoalText, "3,17"), &sekretariat);
  ASSERT_TRUE(stale);
  EXPECT_EQ(stale->status, 409);
  EXPECT_NE(stale->body.find("Konflikt: planen er ændret, siden du hentede formularen: admin gemte revision 2 "
                             "02.03.2026 kl. 09:00 UTC. Dine ændringer er ikke gemt"),
            std::string::npos)
      << stale->body;
  ASSERT_OK_AND_ASSIGN(store::PlanSummary plan, Inspect().GetPlan(plan_id_));
  EXPECT_EQ(plan.head_revision, 2);
  ASSERT_OK_AND_ASSIGN(store::Revision revision, Inspect().GetRevision(plan_id_, 2));
  EXPECT_NE(revision.plan_json.find("\"value\": 3.6"), std::string::npos);
  EXPECT_EQ(revision.plan_json.find("\"value\": 3.17"), std::string::npos);
}

TEST_F(WebEditTest, BoardAndLbfRecordTheirDecisions) {
  const Browser bestyrelse = LogIn("bestyrelse");
  httplib::Result res = PostForm(Path("/planer/{plan}/bestyrelsesbeslutning"),
                                 "revision=1&dato=2026-02-26&reference=" + FormEncode("Bestyrelsesmøde 1/2026, pkt. 4"),
                                 &bestyrelse);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 303) << res->body;
  EXPECT_EQ(res->get_header_value("Location"), Path("/planer/{plan}/historik?besked=registreret"));
  const Browser lbf = LogIn("lbf");
  res = PostJson(Path("/api/plans/{plan}/lbf-approvals"),
                 R"({"revision": 1, "date": "2026-03-01", "reference": "LBF sag 2026-117"})", &lbf);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 201) << res->body;

  ASSERT_OK_AND_ASSIGN(std::vector<store::Approval> approvals, Inspect().ListApprovals(plan_id_));
  ASSERT_EQ(approvals.size(), 2u);
  EXPECT_EQ(approvals[0].approver, store::Approver::kBoard);
  EXPECT_EQ(approvals[0].decision_date, Date(2026, 2, 26));
  EXPECT_EQ(approvals[0].reference, "Bestyrelsesmøde 1/2026, pkt. 4");
  EXPECT_EQ(approvals[0].recorded_by, "bestyrelse");
  EXPECT_EQ(approvals[1].approver, store::Approver::kLbf);

  res = Get(Path("/planer/{plan}/historik"), &bestyrelse);
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("Status: Godkendt (revision 1)"), std::string::npos) << res->body;
  EXPECT_NE(res->body.find("Bestyrelsen godkendte 26.02.2026 (reference: Bestyrelsesmøde 1/2026, pkt. 4; "
                           "registreret af bestyrelse)"),
            std::string::npos)
      << res->body;
}

TEST_F(WebEditTest, DecisionDatedInTheFutureIsRefused) {
  const Browser bestyrelse = LogIn("bestyrelse");
  httplib::Result res = PostForm(Path("/planer/{plan}/bestyrelsesbeslutning"),
                                 "revision=1&dato=2026-03-03&reference=M%C3%B8de", &bestyrelse);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("feltet »Dato for beslutningen«: 03.03.2026 ligger efter dags dato"), std::string::npos)
      << res->body;
  ASSERT_OK_AND_ASSIGN(std::vector<store::Approval> approvals, Inspect().ListApprovals(plan_id_));
  EXPECT_TRUE(approvals.empty());
}

}  // namespace
}  // namespace helhed::web
