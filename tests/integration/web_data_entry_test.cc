// SPDX-License-Identifier: Apache-2.0
// HTTP tests of local data entry: a partner enters a value for an indicator
// assigned to them and it becomes a measurement with provenance that the
// delmål's dashboard shows; every validation problem is refused with a
// Danish message next to its field and nothing saved; an existing value is
// replaced only when the user says so (and never from a stale form); an
// unassigned indicator is forbidden; the secretariat assigns and unassigns;
// the JSON API does the same.
#include <gtest/gtest.h>

#include "helhed/service/local_data_service.h"
#include "testing/status_matchers.h"
#include "web_fixture.h"

namespace helhed::web {
namespace {

constexpr const char* kArea = "boligområde:omraade";
constexpr const char* kSource = "Fredericia Jobcenter, udtræk 2025-06-30";

class WebDataEntryTest : public WebFixture {
 protected:
  // The jobcenter count (delaftale 2, delmål 3, indikator 1), assigned to
  // the partner by the fixture.
  std::string CountPath() const { return Path("/planer/{plan}/indtastning/d2m3i1"); }
  // A share (delaftale 2, delmål 1, indikator 1), assigned to nobody.
  std::string SharePath() const { return Path("/planer/{plan}/indtastning/d2m1i1"); }

  httplib::Result EnterCount(const Browser& who, const std::string& value, const std::string& period = "2025",
                             const std::string& extra = "") {
    return PostForm(CountPath(),
                    "enhed=" + FormEncode(kArea) + "&periode=" + period + "&vaerdi=" + FormEncode(value) +
                        "&kilde=" + FormEncode(kSource) + extra,
                    &who);
  }

  std::vector<store::Measurement> Stored(const std::string& key, const std::string& unit = kArea) {
    StatusOr<std::vector<store::Measurement>> rows =
        Inspect().ListMeasurements(unit, service::LocalMeasurementIndicator(plan_id_, key));
    EXPECT_TRUE(rows.ok()) << rows.status();
    return rows.ok() ? *rows : std::vector<store::Measurement>{};
  }

  std::vector<store::LocalEntry> Entries(const std::string& key) {
    StatusOr<std::vector<store::LocalEntry>> rows = Inspect().ListLocalEntries(plan_id_, std::string_view(key));
    EXPECT_TRUE(rows.ok()) << rows.status();
    return rows.ok() ? *rows : std::vector<store::LocalEntry>{};
  }
};

TEST_F(WebDataEntryTest, PartnerEntersACountThatShowsOnTheDashboardWithItsSource) {
  const Browser partner = LogIn("partner");
  httplib::Result res = Get(Path("/planer/{plan}/indtastning"), &partner);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_NE(res->body.find("/indtastning/d2m3i1\">Antallet af ledige i målgrupperne"), std::string::npos) << res->body;
  // Only the assigned indicator is listed.
  EXPECT_EQ(res->body.find("/indtastning/d2m1i1"), std::string::npos);

  res = Get(CountPath(), &partner);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_NE(res->body.find("<label for=\"kilde\">Kilde</label>"), std::string::npos);
  EXPECT_NE(res->body.find("<option value=\"zone:zone-1\">Zone 1 (zone)</option>"), std::string::npos);

  res = EnterCount(partner, "41");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 303) << res->body;
  EXPECT_EQ(res->get_header_value("Location"), CountPath() + "?besked=indtastet");

  const std::vector<store::LocalEntry> entries = Entries("d2m3i1");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].version, 1);
  EXPECT_EQ(entries[0].entered_by, "partner");
  EXPECT_EQ(entries[0].source, kSource);
  EXPECT_EQ(entries[0].value, 41.0);
  const std::vector<store::Measurement> stored = Stored("d2m3i1");
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].status, "ok");
  EXPECT_EQ(stored[0].value, 41.0);
  EXPECT_EQ(stored[0].source, kSource);
  EXPECT_EQ(stored[0].provenance.engine_version, "lokal indtastning");
  EXPECT_NE(stored[0].provenance.parameters.find("\"indtastet_af\":\"partner\""), std::string::npos);
  ASSERT_OK_AND_ASSIGN(const std::vector<store::AuditEntry> audit, Inspect().ListAudit(1));
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].action, "local_data.enter");
  EXPECT_EQ(audit[0].user, "partner");

  // The page after saving confirms and lists the value.
  res = Get(CountPath() + "?besked=indtastet", &partner);
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("Tallet er gemt som en måling"), std::string::npos);
  EXPECT_NE(res->body.find("<td class=\"tal\">41</td>"), std::string::npos) << res->body;

  // Any role that reads the plan sees it on the delmål's dashboard.
  const Browser board = LogIn("bestyrelse");
  res = Get(Path("/planer/{plan}/opfoelgning/delaftaler/2/delmaal/3"), &board);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_NE(res->body.find("Lokale tal, indtastet af planens partnere"), std::string::npos);
  EXPECT_NE(res->body.find("Kilde: Fredericia Jobcenter, udtræk 2025-06-30. Lokal indtastning af partner "
                           "02.03.2026 kl. 09:00 UTC (version 1)."),
            std::string::npos)
      << res->body;
  EXPECT_NE(res->body.find("<svg"), std::string::npos);
  // The second indicator of that delmål has nothing entered and says so.
  EXPECT_NE(res->body.find("Der er endnu ikke indtastet lokale tal for den."), std::string::npos);
}

// A dashboard the server has kept shows a new or replaced entry at once.
TEST_F(WebDataEntryTest, ANewEntryShowsAtOnceOnAKeptDashboard) {
  const Browser board = LogIn("bestyrelse");
  const std::string dashboard = Path("/planer/{plan}/opfoelgning/delaftaler/2/delmaal/3");
  for (int attempt = 0; attempt < 2; ++attempt) {
    httplib::Result res = Get(dashboard, &board);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200);
    EXPECT_EQ(res->body.find("Lokale tal, indtastet af planens partnere"), std::string::npos);
  }
  const Browser partner = LogIn("partner");
  httplib::Result res = EnterCount(partner, "41");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 303) << res->body;
  res = Get(dashboard, &board);
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("Lokale tal, indtastet af planens partnere"), std::string::npos);
  EXPECT_NE(res->body.find("<td class=\"tal\">41</td>"), std::string::npos) << res->body;

  res = EnterCount(partner, "44", "2025", "&erstatter=1");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 303) << res->body;
  res = Get(dashboard, &board);
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("<td class=\"tal\">44</td>"), std::string::npos) << res->body;
  EXPECT_EQ(res->body.find("<td class=\"tal\">41</td>"), std::string::npos);
  EXPECT_NE(res->body.find("(version 2)."), std::string::npos);
}

TEST_F(WebDataEntryTest, EachValidationProblemIsShownAtItsFieldAndNothingIsSaved) {
  const Browser partner = LogIn("partner");
  struct Case {
    std::string body;
    std::string field;
    std::string message;
  };
  const std::string unit = "enhed=" + FormEncode(kArea);
  const std::string source = "&kilde=" + FormEncode(kSource);
  const std::vector<Case> cases = {
      {unit + "&periode=2025&vaerdi=fyrre" + source, "vaerdi", "Antallet skal være et tal, fx 41; »fyrre« er ikke et tal."},
      {unit + "&periode=2025&vaerdi=-3" + source, "vaerdi", "Antallet kan ikke være under 0."},
      {unit + "&periode=2025&vaerdi=4%2C5" + source, "vaerdi", "skal være et helt tal"},
      {unit + "&periode=2025&vaerdi=" + source, "vaerdi", "Skriv antallet."},
      {"enhed=zone%3Aandetsteds&periode=2025&vaerdi=41" + source, "enhed",
       "Enheden »zone:andetsteds« hører ikke til planen."},
      {"periode=2025&vaerdi=41" + source, "enhed", "Vælg den enhed"},
      {unit + "&periode=2019&vaerdi=41" + source, "periode", "2019 ligger før planens periode (2023-2026)."},
      {unit + "&periode=2027&vaerdi=41" + source, "periode", "2027 ligger efter planens periode (2023-2026)."},
      {unit + "&periode=25&vaerdi=41" + source, "periode", "Perioden skal være et årstal med fire cifre"},
      {unit + "&periode=2025&vaerdi=41&kilde=+++", "kilde", "Skriv kilden til tallet"},
  };
  for (const Case& c : cases) {
    httplib::Result res = PostForm(CountPath(), c.body, &partner);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 400) << c.body;
    EXPECT_NE(res->body.find("<p class=\"field-error\" id=\"" + c.field + "-fejl\">"), std::string::npos)
        << c.body << "\n" << res->body;
    EXPECT_NE(res->body.find(c.message), std::string::npos) << c.body << "\n" << res->body;
    EXPECT_NE(res->body.find("aria-invalid=\"true\" aria-describedby=\"" + c.field + "-fejl\""), std::string::npos)
        << c.body;
  }
  EXPECT_TRUE(Entries("d2m3i1").empty());
  EXPECT_TRUE(Stored("d2m3i1").empty());
}

TEST_F(WebDataEntryTest, ShareChecksNumeratorAgainstDenominatorAndSuppressesSmallCounts) {
  const Browser admin = LogIn("admin");  // an administrator may enter any local indicator
  const std::string unit = "enhed=zone%3Azone-1&periode=2024&kilde=" + FormEncode("Jobcentret, kendskabsmåling");
  httplib::Result res = PostForm(SharePath(), unit + "&taeller=20&naevner=10", &admin);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("Tælleren (20) kan ikke være større end nævneren (10)"), std::string::npos) << res->body;
  res = PostForm(SharePath(), unit + "&taeller=0&naevner=0", &admin);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("Nævneren (alle i gruppen) kan ikke være 0."), std::string::npos);
  EXPECT_TRUE(Entries("d2m1i1").empty());

  // 3 of 40: the entry keeps what was typed, the measurement publishes nothing.
  res = PostForm(SharePath(), unit + "&taeller=3&naevner=40", &admin);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 303) << res->body;
  std::vector<store::Measurement> stored = Stored("d2m1i1", "zone:zone-1");
  ASSERT_EQ(stored.size(), 1u);
  EXPECT_EQ(stored[0].status, "suppressed");
  EXPECT_FALSE(stored[0].value.has_value());
  EXPECT_FALSE(stored[0].numerator.has_value());
  res = Get(Path("/planer/{plan}/opfoelgning/delaftaler/2/delmaal/1"), &admin);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("Diskretioneret"), std::string::npos) << res->body;
  EXPECT_EQ(res->body.find("7,5 %"), std::string::npos);

  // 12 of 40 in another year is published as a share with its interval.
  res = PostForm(SharePath(), "enhed=zone%3Azone-1&periode=2025&taeller=12&naevner=40&kilde=Jobcentret", &admin);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 303) << res->body;
  stored = Stored("d2m1i1", "zone:zone-1");
  ASSERT_EQ(stored.size(), 2u);
  EXPECT_EQ(stored[1].status, "ok");
  EXPECT_EQ(stored[1].value, 30.0);
  EXPECT_TRUE(stored[1].ci_low.has_value());
  res = Get(Path("/planer/{plan}/opfoelgning/delaftaler/2/delmaal/1"), &admin);
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("30,0 %"), std::string::npos);
}

TEST_F(WebDataEntryTest, AnExistingValueIsReplacedOnlyExplicitlyAndNeverFromAStaleForm) {
  const Browser partner = LogIn("partner");
  httplib::Result res = EnterCount(partner, "41");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 303);

  // The same unit and year again: refused, the existing value is shown with
  // the choice to replace it.
  res = EnterCount(partner, "44");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 409);
  EXPECT_NE(res->body.find("Der findes allerede en værdi for 2025"), std::string::npos) << res->body;
  EXPECT_NE(res->body.find("name=\"erstatter\" value=\"1\""), std::string::npos);
  EXPECT_NE(res->body.find("Version 1: 41 (kilde: Fredericia Jobcenter"), std::string::npos) << res->body;
  EXPECT_EQ(Stored("d2m3i1")[0].value, 41.0);

  // Replacing version 1 on purpose: a new version, the old one kept.
  res = EnterCount(partner, "44", "2025", "&erstatter=1");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 303) << res->body;
  std::vector<store::LocalEntry> entries = Entries("d2m3i1");
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0].value, 41.0);
  EXPECT_EQ(entries[1].version, 2);
  EXPECT_EQ(entries[1].value, 44.0);
  EXPECT_EQ(Stored("d2m3i1")[0].value, 44.0);

  // A form that still says "replace version 1" is stale now.
  res = EnterCount(partner, "50", "2025", "&erstatter=1");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 409);
  EXPECT_NE(res->body.find("Konflikt: værdien for 2025"), std::string::npos) << res->body;
  EXPECT_NE(res->body.find("name=\"erstatter\" value=\"2\""), std::string::npos);
  EXPECT_EQ(Entries("d2m3i1").size(), 2u);
  EXPECT_EQ(Stored("d2m3i1")[0].value, 44.0);

  // Another year is a value of its own.
  res = EnterCount(partner, "39", "2024");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 303);
}

TEST_F(WebDataEntryTest, UnassignedIndicatorsAndOtherRolesAreForbidden) {
  const Browser partner = LogIn("partner");
  httplib::Result res = Get(SharePath(), &partner);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  EXPECT_NE(res->body.find("indikatoren »Andel af ledige i boligområderne ud fra kendskabsgraden"), std::string::npos);
  EXPECT_NE(res->body.find("er ikke tildelt dig"), std::string::npos) << res->body;
  res = PostForm(SharePath(), "enhed=zone%3Azone-1&periode=2024&taeller=12&naevner=40&kilde=x", &partner);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  EXPECT_TRUE(Entries("d2m1i1").empty());

  const Browser secretariat = LogIn("sekretariat");
  res = EnterCount(secretariat, "41");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  EXPECT_NE(res->body.find("din rolle (Sekretariat) må ikke indtaste lokale tal"), std::string::npos);

  // Without the form's CSRF token nothing is saved either.
  res = PostForm(CountPath(), "enhed=" + FormEncode(kArea) + "&periode=2025&vaerdi=41&kilde=x", &partner, false);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  EXPECT_TRUE(Entries("d2m3i1").empty());

  // An indicator the register measures (F5 via its link) is not entered by hand.
  res = Get(Path("/planer/{plan}/indtastning/d2m5i1"), &partner);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  res = Get(Path("/planer/{plan}/indtastning/d9m9i9"), &partner);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
}

TEST_F(WebDataEntryTest, SecretariatAssignsAndUnassignsWithAudit) {
  const Browser secretariat = LogIn("sekretariat");
  httplib::Result res = Get(Path("/planer/{plan}/indikatoransvar"), &secretariat);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_NE(res->body.find("<option value=\"partner\">Bruger partner (partner)</option>"), std::string::npos);
  EXPECT_NE(res->body.find("<option value=\"d2m1i1\">"), std::string::npos);
  // Register-measured indicators are not offered.
  EXPECT_EQ(res->body.find("<option value=\"d2m5i1\">"), std::string::npos);

  res = PostForm(Path("/planer/{plan}/indikatoransvar"), "indikator=d2m1i1&bruger=partner", &secretariat);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 303) << res->body;
  ASSERT_OK_AND_ASSIGN(std::vector<store::AuditEntry> audit, Inspect().ListAudit(1));
  EXPECT_EQ(audit[0].action, "indicator.assign");
  EXPECT_EQ(audit[0].user, "sekretariat");
  const Browser partner = LogIn("partner");
  res = Get(SharePath(), &partner);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);

  // Only partners of the plan can be given indicators; only local ones exist.
  res = PostForm(Path("/planer/{plan}/indikatoransvar"), "indikator=d2m1i1&bruger=bestyrelse", &secretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("brugeren »bestyrelse« er ikke partner på planen"), std::string::npos);
  res = PostForm(Path("/planer/{plan}/indikatoransvar"), "indikator=d2m5i1&bruger=partner", &secretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);

  res = PostForm(Path("/planer/{plan}/indikatoransvar/fjern"), "indikator=d2m1i1&bruger=partner", &secretariat);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 303);
  ASSERT_OK_AND_ASSIGN(audit, Inspect().ListAudit(1));
  EXPECT_EQ(audit[0].action, "indicator.unassign");
  res = Get(SharePath(), &partner);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  res = PostForm(Path("/planer/{plan}/indikatoransvar/fjern"), "indikator=d2m1i1&bruger=partner", &secretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
}

TEST_F(WebDataEntryTest, ApiEntersValuesWithTheSameChecks) {
  const Browser partner = LogIn("partner");
  httplib::Result res = Get(Path("/api/plans/{plan}/local-indicators"), &partner);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_NE(res->body.find("\"key\": \"d2m3i1\""), std::string::npos);
  EXPECT_EQ(res->body.find("\"key\": \"d2m1i1\""), std::string::npos);
  EXPECT_NE(res->body.find("\"id\": \"zone:zone-1\""), std::string::npos);

  // The dashboard API is kept between requests: every entry must show at once.
  const std::string dashboard = Path("/api/plans/{plan}/follow-up/sub-agreements/2/goals/3");
  res = Get(dashboard, &partner);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->body.find("\"value\": 17"), std::string::npos) << res->body;

  const std::string path = Path("/api/plans/{plan}/local-measurements");
  res = PostJson(path, R"({"indicator": "d2m3i1", "unit": "zone:zone-2", "period": "2025", "value": 17,
                           "source": "Fredericia Jobcenter"})",
                 &partner);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_NE(res->body.find("\"version\": 1"), std::string::npos);
  EXPECT_NE(res->body.find("\"measurement_status\": \"ok\""), std::string::npos);
  res = Get(dashboard, &partner);
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("\"value\": 17"), std::string::npos) << res->body;

  res = PostJson(path, R"({"indicator": "d2m3i1", "unit": "zone:zone-2", "period": "2025", "value": 18,
                           "source": "Fredericia Jobcenter"})",
                 &partner);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 409);
  EXPECT_NE(res->body.find("\"code\": \"conflict\""), std::string::npos);
  res = PostJson(path, R"({"indicator": "d2m3i1", "unit": "zone:zone-2", "period": "2025", "value": 18,
                           "source": "Fredericia Jobcenter", "replaces": 1})",
                 &partner);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 201) << res->body;
  EXPECT_NE(res->body.find("\"version\": 2"), std::string::npos);
  res = Get(dashboard, &partner);
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("\"value\": 18"), std::string::npos) << res->body;
  EXPECT_EQ(res->body.find("\"value\": 17"), std::string::npos) << res->body;

  res = PostJson(path, R"({"indicator": "d2m3i1", "unit": "zone:zone-2", "period": "2025", "value": -1})", &partner);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("{\n      \"field\": \"value\",\n      \"message\": \"Antallet kan ikke være under 0.\""),
            std::string::npos)
      << res->body;
  EXPECT_NE(res->body.find("\"field\": \"source\""), std::string::npos);

  res = PostJson(path, R"({"indicator": "d2m1i1", "unit": "zone:zone-2", "period": "2025", "numerator": 1,
                           "denominator": 2, "source": "x"})",
                 &partner);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  EXPECT_NE(res->body.find("\"code\": \"forbidden\""), std::string::npos);
  EXPECT_NE(res->body.find("er ikke tildelt dig"), std::string::npos);
}

TEST_F(WebDataEntryTest, ApiAssignsAndUnassignsForTheSecretariatOnly) {
  const Browser secretariat = LogIn("sekretariat");
  const std::string path = Path("/api/plans/{plan}/indicator-assignments");
  httplib::Result res = Get(path, &secretariat);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_NE(res->body.find("\"indicator\": \"d2m3i1\""), std::string::npos);
  EXPECT_NE(res->body.find("\"key\": \"d2m1i1\""), std::string::npos);

  res = PostJson(path, R"({"indicator": "d2m1i1", "login": "partner"})", &secretariat);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_NE(res->body.find("\"assigned_by\": \"sekretariat\""), std::string::npos);
  res = PostJson(path, R"({"indicator": "d2m1i1", "login": "lbf"})", &secretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("er ikke partner på planen"), std::string::npos);

  const Browser partner = LogIn("partner");
  res = PostJson(path, R"({"indicator": "d2m5i1", "login": "partner"})", &partner);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  EXPECT_NE(res->body.find("din rolle (Partner) må ikke tildele indikatorer til partnere"), std::string::npos);

  res = PostJson(path + "/remove", R"({"indicator": "d2m1i1", "login": "partner"})", &secretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200) << res->body;
  res = PostJson(path + "/remove", R"({"indicator": "d2m1i1", "login": "partner"})", &secretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
}

}  // namespace
}  // namespace helhed::web
