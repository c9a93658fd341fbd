// SPDX-License-Identifier: Apache-2.0
// HTTP tests of the follow-up dashboards: the numbers the store holds reach
// the page in Danish format with their intervals and counts, a suppressed
// value shows as "Diskretioneret" and never as a number (even if a faulty
// import left numbers on the row), and indicators without register data say
// so in Danish. The JSON API gives the same numbers under the same rules.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "testing/status_matchers.h"
#include "web_fixture.h"

namespace helhed::web {
namespace {

using store::Measurement;
using store::OrgLevel;
using store::OrgUnit;

class WebFollowUpTest : public WebFixture {
 protected:
  void StoreF4() {
    const std::vector<OrgUnit> units = {
        {"land:DK", "Hele landet", OrgLevel::kLand, std::nullopt},
        {"kommune:607", "Fredericia", OrgLevel::kKommune, "land:DK"},
        {"boligområde:omraade", "De 41 boligafdelinger", OrgLevel::kBoligomraade, "kommune:607"},
        {"zone:zone-1", "Zone 1", OrgLevel::kZone, "kommune:607"},
        {"zone:zone-2", "Zone 2", OrgLevel::kZone, "kommune:607"},
    };
    const store::Provenance provenance{"blake2b-256:abc", "helhed 0.1.0; indikatorer 2026-1", "{\"min_cell\":5}"};
    auto ok = [&](std::string unit, std::string year, double num, double den) {
      const double p = 100.0 * num / den;
      return Measurement{"F4", std::move(unit), std::move(year), num, den, p, p - 3.0, p + 3.5, "ok", "DST", provenance};
    };
    std::vector<Measurement> rows = {
        ok("boligområde:omraade", "2021", 61, 274), ok("boligområde:omraade", "2023", 58, 281),
        ok("kommune:607", "2021", 1200, 8100),     ok("kommune:607", "2022", 1190, 8150),
        ok("kommune:607", "2023", 1180, 8200),     ok("land:DK", "2021", 90000, 610000),
        ok("land:DK", "2022", 91000, 612000),      ok("land:DK", "2023", 92000, 615000),
        ok("zone:zone-1", "2023", 31, 139),
    };
    // A suppressed row that still carries numbers: the page must ignore them.
    rows.push_back(Measurement{"F4", "boligområde:omraade", "2022", 53, 159, 33.33, 29.14, 37.76, "suppressed", "DST",
                               provenance});
    rows.push_back(Measurement{"F4", "zone:zone-2", "2023", 6, 191, 3.14, 1.23, 8.76, "suppressed", "DST", provenance});
    ASSERT_OK(Inspect().PutMeasurementBatch(units, rows));
  }
};

TEST_F(WebFollowUpTest, GoalDashboardShowsAreaKommuneAndLandWithIntervals) {
  StoreF4();
  const Browser partner = LogIn("partner");
  httplib::Result res = Get(Path("/planer/{plan}/opfoelgning/maal/2"), &partner);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const std::string& page = res->body;
  EXPECT_NE(page.find("<h1>Mål 2: Flere bliver tilknyttet arbejdsmarkedet</h1>"), std::string::npos);
  // The chart: an accessible SVG with the plan's baseline.
  EXPECT_NE(page.find("<svg xmlns=\"http://www.w3.org/2000/svg\""), std::string::npos);
  EXPECT_NE(page.find("role=\"img\" aria-labelledby=\"maal2-1-aar-title maal2-1-aar-desc\""), std::string::npos);
  EXPECT_NE(page.find("Planens baseline (2021): 22,3 %"), std::string::npos);
  // The numbers table: 61 of 274 = 22,3 %, with its interval and counts; the kommune's count with a thousands dot.
  EXPECT_NE(page.find("<td class=\"tal\">22,3 %</td><td class=\"tal\">19,3–25,8 %</td>"
                      "<td class=\"tal\">61</td><td class=\"tal\">274</td>"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("<td class=\"tal\">8.100</td>"), std::string::npos);
  // The zone breakdown for the latest year.
  EXPECT_NE(page.find("Fordelt på zoner"), std::string::npos);
  EXPECT_NE(page.find("(2023)</caption>"), std::string::npos);
  // F5 has no measurements in this store.
  EXPECT_NE(page.find("Der er endnu ikke beregnet registerdata (F5)"), std::string::npos);
  EXPECT_NE(page.find("Kilde: DST. Beregnet med helhed 0.1.0"), std::string::npos);
}

// The server keeps a rendered dashboard (PlanViewCache); numbers stored
// afterwards, by another connection as `helhed compute --store` would, show
// on the next request.
TEST_F(WebFollowUpTest, NewMeasurementsShowAtOnceOnAKeptDashboard) {
  const Browser bestyrelse = LogIn("bestyrelse");
  const std::string path = Path("/planer/{plan}/opfoelgning/maal/2");
  for (int attempt = 0; attempt < 2; ++attempt) {  // the second is answered from what the server kept
    httplib::Result res = Get(path, &bestyrelse);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200);
    EXPECT_NE(res->body.find("Der er endnu ikke beregnet registerdata (F4)"), std::string::npos);
  }
  StoreF4();
  httplib::Result res = Get(path, &bestyrelse);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(res->body.find("Der er endnu ikke beregnet registerdata (F4)"), std::string::npos);
  EXPECT_NE(res->body.find("<td class=\"tal\">22,3 %</td>"), std::string::npos) << res->body;

  // One corrected number: 70 of 281 in 2023 is 24,9 %.
  const double p = 100.0 * 70 / 281;
  ASSERT_OK(Inspect().PutMeasurement(store::Measurement{"F4", "boligområde:omraade", "2023", 70, 281, p, p - 3.0,
                                                        p + 3.0, "ok", "DST", {"blake2b-256:abd", "helhed", "{}"}}));
  res = Get(path, &bestyrelse);
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("<td class=\"tal\">24,9 %</td>"), std::string::npos);
  EXPECT_EQ(res->body.find("<td class=\"tal\">20,6 %</td>"), std::string::npos);  // 58 of 281, replaced

  // Another role reading the kept page gets the same dashboard under its own
  // name and CSRF token.
  const Browser partner = LogIn("partner");
  httplib::Result theirs = Get(path, &partner);
  ASSERT_TRUE(theirs);
  ASSERT_EQ(theirs->status, 200);
  EXPECT_NE(theirs->body.find("<td class=\"tal\">24,9 %</td>"), std::string::npos);
  EXPECT_NE(theirs->body.find("Bruger partner"), std::string::npos);
  EXPECT_EQ(theirs->body.find("Bruger bestyrelse"), std::string::npos);
  const auto main_of = [](const std::string& page) { return page.substr(page.find("<main")); };
  EXPECT_EQ(main_of(theirs->body), main_of(res->body));
}

TEST_F(WebFollowUpTest, SuppressedValuesAreMarkedAndNeverPrinted) {
  StoreF4();
  const Browser bestyrelse = LogIn("bestyrelse");
  httplib::Result res = Get(Path("/planer/{plan}/opfoelgning/maal/2"), &bestyrelse);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  const std::string& page = res->body;
  EXPECT_NE(page.find("<td class=\"diskretioneret\">Diskretioneret</td>"), std::string::npos);
  EXPECT_NE(page.find("2022: diskretioneret</title>"), std::string::npos);
  EXPECT_NE(page.find("Zone 2 2023: diskretioneret"), std::string::npos);
  // Neither the value, the interval nor the counts of the suppressed rows appear anywhere.
  for (const char* leak : {"33,3", "29,1", "37,8", ">53<", ">159<", "3,1 %", "1,2", "8,8", ">191<"}) {
    const size_t at = page.find(leak);
    EXPECT_EQ(at, std::string::npos) << leak << " in: " << (at == std::string::npos ? "" : page.substr(at > 80 ? at - 80 : 0, 160));
  }
}

TEST_F(WebFollowUpTest, IndicatorsWithoutRegisterDataSaySo) {
  const Browser lbf = LogIn("lbf");
  httplib::Result goal3 = Get(Path("/planer/{plan}/opfoelgning/maal/3"), &lbf);
  ASSERT_TRUE(goal3);
  ASSERT_EQ(goal3->status, 200);
  EXPECT_NE(goal3->body.find("F7 (tryghed) måles med en spørgeskemaundersøgelse"), std::string::npos);
  // Delaftale Uddannelse, delmål 1 (elevfravær) links to no register indicator.
  httplib::Result sub = Get(Path("/planer/{plan}/opfoelgning/delaftaler/1/delmaal/1"), &lbf);
  ASSERT_TRUE(sub);
  ASSERT_EQ(sub->status, 200);
  EXPECT_NE(sub->body.find("Der er ingen registerdata for denne indikator"), std::string::npos);
}

TEST_F(WebFollowUpTest, IndexLinksEveryGoalAndDelmaal) {
  const Browser sekretariat = LogIn("sekretariat");
  httplib::Result plan = Get(Path("/planer/{plan}"), &sekretariat);
  ASSERT_TRUE(plan);
  EXPECT_NE(plan->body.find(Path("href=\"/planer/{plan}/opfoelgning\"")), std::string::npos);
  httplib::Result res = Get(Path("/planer/{plan}/opfoelgning"), &sekretariat);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  EXPECT_NE(res->body.find(Path("href=\"/planer/{plan}/opfoelgning/maal/4\"")), std::string::npos);
  EXPECT_NE(res->body.find("1 af 2 indikatorer med registerdata"), std::string::npos);
  EXPECT_NE(res->body.find(Path("href=\"/planer/{plan}/opfoelgning/delaftaler/2/delmaal/5\"")), std::string::npos);
}

TEST_F(WebFollowUpTest, UnknownGoalIsADanish404) {
  const Browser admin = LogIn("admin");
  for (const char* path : {"/planer/{plan}/opfoelgning/maal/99", "/planer/{plan}/opfoelgning/maal/0",
                           "/planer/{plan}/opfoelgning/delaftaler/9/delmaal/1",
                           "/planer/{plan}/opfoelgning/delaftaler/1/delmaal/99"}) {
    httplib::Result res = Get(Path(path), &admin);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404) << path;
    EXPECT_NE(res->body.find("findes ikke"), std::string::npos) << path;
  }
}

TEST_F(WebFollowUpTest, ApiGivesTheDashboardsNumbersAndNothingSuppressed) {
  StoreF4();
  const Browser bestyrelse = LogIn("bestyrelse");
  httplib::Result res = Get(Path("/api/plans/{plan}/follow-up/goals/2"), &bestyrelse);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json; charset=utf-8");
  const nlohmann::json body = nlohmann::json::parse(res->body);
  EXPECT_EQ(body["heading"], "Mål 2: Flere bliver tilknyttet arbejdsmarkedet");
  const nlohmann::json& f4 = body["indicators"][0];
  EXPECT_EQ(f4["register_indicator"], "F4");
  const nlohmann::json& series = f4["by_year"]["series"];
  ASSERT_EQ(series.size(), 3u);
  EXPECT_EQ(series[0]["style"], "primary");
  EXPECT_EQ(series[1]["name"], "Fredericia Kommune");
  EXPECT_EQ(series[2]["name"], "Hele landet");
  // The area: 2021 61/274 with its interval; 2022 suppressed without any number.
  const nlohmann::json& area = series[0]["points"];
  ASSERT_EQ(area.size(), 3u);
  EXPECT_EQ(area[0]["year"], 2021);
  EXPECT_EQ(area[0]["status"], "ok");
  EXPECT_EQ(area[0]["numerator"], 61);
  EXPECT_EQ(area[0]["denominator"], 274);
  EXPECT_NEAR(area[0]["value"].get<double>(), 100.0 * 61 / 274, 1e-9);
  EXPECT_NEAR(area[0]["ci_low"].get<double>(), 100.0 * 61 / 274 - 3.0, 1e-9);
  EXPECT_EQ(area[1], (nlohmann::json{{"year", 2022}, {"status", "suppressed"}}));
  EXPECT_EQ(f4["by_year"]["baseline"]["year"], 2021);
  // The zones in 2023: zone 1 published, zone 2 suppressed; kommune and land as references.
  const nlohmann::json& zones = f4["by_zone"];
  EXPECT_EQ(zones["year"], 2023);
  EXPECT_EQ(zones["units"][0]["name"], "Zone 1");
  EXPECT_EQ(zones["units"][0]["numerator"], 31);
  EXPECT_EQ(zones["units"][1], (nlohmann::json{{"name", "Zone 2"}, {"status", "suppressed"}}));
  EXPECT_EQ(zones["references"].size(), 2u);
  // F5 has no numbers: a reason, no chart.
  EXPECT_TRUE(body["indicators"][1]["by_year"].is_null());
  EXPECT_NE(body["indicators"][1]["no_data"].get<std::string>().find("(F5)"), std::string::npos);
  for (const char* leak : {"33.3", "29.1", "37.7", "159", "3.14", "191"}) {
    EXPECT_EQ(res->body.find(leak), std::string::npos) << leak;
  }
}

TEST_F(WebFollowUpTest, ApiIndexLinksResolveToTheDashboards) {
  const Browser lbf = LogIn("lbf");
  httplib::Result res = Get(Path("/api/plans/{plan}/follow-up"), &lbf);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const nlohmann::json index = nlohmann::json::parse(res->body);
  ASSERT_EQ(index["overall_goals"].size(), 4u);
  EXPECT_EQ(index["overall_goals"][3]["href"], Path("/api/plans/{plan}/follow-up/goals/4"));
  const nlohmann::json& second = index["sub_agreements"][1];
  EXPECT_EQ(second["goals"][4]["href"], Path("/api/plans/{plan}/follow-up/sub-agreements/2/goals/5"));
  int visited = 0;
  for (const nlohmann::json& entry : index["overall_goals"]) {
    httplib::Result goal = Get(entry["href"].get<std::string>(), &lbf);
    ASSERT_TRUE(goal);
    EXPECT_EQ(goal->status, 200) << entry["href"];
    EXPECT_EQ(nlohmann::json::parse(goal->body)["heading"], entry["heading"]);
    ++visited;
  }
  for (const nlohmann::json& sub : index["sub_agreements"]) {
    for (const nlohmann::json& entry : sub["goals"]) {
      httplib::Result goal = Get(entry["href"].get<std::string>(), &lbf);
      ASSERT_TRUE(goal);
      EXPECT_EQ(goal->status, 200) << entry["href"];
      ++visited;
    }
  }
  EXPECT_GT(visited, 10);
}

TEST_F(WebFollowUpTest, ApiUnknownGoalIsJson404InDanish) {
  const Browser admin = LogIn("admin");
  for (const char* path : {"/api/plans/{plan}/follow-up/goals/99", "/api/plans/{plan}/follow-up/goals/0",
                           "/api/plans/{plan}/follow-up/sub-agreements/9/goals/1"}) {
    httplib::Result res = Get(Path(path), &admin);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404) << path;
    const nlohmann::json body = nlohmann::json::parse(res->body);
    EXPECT_EQ(body["code"], "not_found");
    EXPECT_NE(body["message"].get<std::string>().find("findes ikke"), std::string::npos) << path;
  }
}

}  // namespace
}  // namespace helhed::web
