// SPDX-License-Identifier: Apache-2.0
// The § 61 a page and the portfolio's list category, from results stored the
// way `helhed lists --store` stores them (service::StoreListResults over a
// criteria table computed by service::ComputeLists).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "helhed/service/lists_service.h"
#include "helhed/service/lists_store_service.h"
#include "testing/status_matchers.h"
#include "web_fixture.h"

namespace helhed::web {
namespace {

class WebListsTest : public WebFixture {
 protected:
  // Zone 1 of the Fredericia plan on two lists: 2021 not on a list, 2022 an
  // udsat boligområde (2 criteria above the udsat thresholds, 1.200 residents).
  void StoreZone1() {
    const auto csv = dir_->path() / "kriterier.csv";
    testing::WriteFileOrDie(
        csv,
        "area_id;area_name;year;residents;outside_work_share;non_western_share;convicted_share;"
        "basic_education_share;income_ratio\n"
        "zone-1;Zone 1;2021;1.200;35%;22,1%;1,8%;52,6%;69,2%\n"
        "zone-1;Zone 1;2022;1.200;41,5%;22,1%;1,8%;61%;69,2%\n");
    for (int year : {2021, 2022}) {
      service::ListsRequest request;
      request.list_year = year;
      request.criteria_file = csv;
      request.national_convicted = "0,73";
      request.data_dir = testing::SourceDir() / "data";
      ASSERT_OK_AND_ASSIGN(lists::ListsReport report, service::ComputeLists(request));
      ASSERT_OK_AND_ASSIGN(int stored, service::StoreListResults(Inspect(), request, report, "analytiker"));
      EXPECT_EQ(stored, 1);
    }
  }
};

TEST_F(WebListsTest, PageShowsCriteriaThresholdsDistancesAndYears) {
  StoreZone1();
  const Browser partner = LogIn("partner");
  httplib::Result res = Get(Path("/planer/{plan}/lister"), &partner);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const std::string& body = res->body;
  EXPECT_NE(body.find("<h3>Listeåret 2022</h3>"), std::string::npos);
  EXPECT_NE(body.find("<h3>Listeåret 2021</h3>"), std::string::npos);
  EXPECT_LT(body.find("Listeåret 2022"), body.find("Listeåret 2021")) << "newest first";
  EXPECT_NE(body.find("<dd>udsat boligområde</dd>"), std::string::npos);
  // outside_work 41,5 % = 83/200 against the udsat threshold of 40 %, met.
  EXPECT_NE(body.find("<td>41,5 %</td><td>83/200</td><td>udsat</td><td>40,0 %</td><td>ja</td>"), std::string::npos)
      << body;
  EXPECT_NE(body.find(" personer"), std::string::npos);
  // Areas without stored results say so and how to store them.
  EXPECT_NE(body.find("Der er ikke gemt listeresultater for området (id zone-2)"), std::string::npos);
}

TEST_F(WebListsTest, ApiGivesEveryAreaWithItsStoredResults) {
  StoreZone1();
  const Browser lbf = LogIn("lbf");
  httplib::Result res = Get(Path("/api/plans/{plan}/lists"), &lbf);
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const nlohmann::json body = nlohmann::json::parse(res->body);
  const nlohmann::json* zone1 = nullptr;
  const nlohmann::json* zone2 = nullptr;
  for (const nlohmann::json& area : body["areas"]) {
    if (area["area_id"] == "zone-1") zone1 = &area;
    if (area["area_id"] == "zone-2") zone2 = &area;
  }
  ASSERT_NE(zone1, nullptr) << res->body;
  ASSERT_NE(zone2, nullptr);
  EXPECT_TRUE((*zone2)["results"].empty());
  const nlohmann::json& results = (*zone1)["results"];
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[0]["list_year"], 2021);
  EXPECT_EQ(results[1]["list_year"], 2022);
  EXPECT_EQ(results[1]["category"], "udsat");
  EXPECT_EQ(results[1]["category_text"], "udsat boligområde");
  // The stored helhed/lists@1 document, with the criterion's counts.
  EXPECT_EQ(results[1]["result"]["format"], "helhed/lists@1");
  EXPECT_NE(results[1]["result"].dump().find("83"), std::string::npos);
}

TEST_F(WebListsTest, PortfolioShowsTheLatestCategory) {
  const Browser lbf = LogIn("lbf");
  httplib::Result before = Get("/planer", &lbf);
  ASSERT_TRUE(before);
  EXPECT_NE(before->body.find("<td>ikke beregnet</td>"), std::string::npos);
  StoreZone1();
  httplib::Result after = Get("/planer", &lbf);
  ASSERT_TRUE(after);
  EXPECT_NE(after->body.find("Zone 1: udsat boligområde (2022)"), std::string::npos) << after->body;
}

TEST_F(WebListsTest, StoredResultsKeepProvenanceAndAreAudited) {
  StoreZone1();
  ASSERT_OK_AND_ASSIGN(std::vector<store::ListResult> results, Inspect().ListListResults("zone-1"));
  ASSERT_EQ(results.size(), 2u);
  EXPECT_EQ(results[1].category, "udsat");
  EXPECT_EQ(results[1].origin, "kriterietabel");
  EXPECT_EQ(results[1].stored_by, "analytiker");
  EXPECT_EQ(results[1].provenance.input_checksum.rfind("sha256:", 0), 0u);
  EXPECT_NE(results[1].provenance.parameters.find("\"list_year\":2022"), std::string::npos);
  ASSERT_OK_AND_ASSIGN(std::vector<store::AuditEntry> audit, Inspect().ListAudit(1));
  ASSERT_EQ(audit.size(), 1u);
  EXPECT_EQ(audit[0].action, "lists.store");
}

}  // namespace
}  // namespace helhed::web
