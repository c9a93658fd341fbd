// SPDX-License-Identifier: Apache-2.0
// The authorization test: calls EVERY route of the route table as every role
// and as an anonymous visitor and checks each answer against the permission
// matrix (web/permissions.cc, documented in docs/permissions.md).
#include <gtest/gtest.h>

#include <optional>

#include "helhed/web/permissions.h"
#include "helhed/web/routes.h"
#include "web_fixture.h"

namespace helhed::web {
namespace {

class WebPermissionsTest : public WebFixture {};

// The answer a route must give, from the matrix alone. `role` is absent for
// an anonymous visitor; `member` is false for a user without a role here.
int ExpectedStatus(const RouteInfo& route, std::optional<store::Role> role, bool logged_in) {
  if (route.access == RouteAccess::kPublic) {
    if (route.method == "POST") return 400;  // /login without fields: a malformed form
    return route.pattern == "/" ? 303 : 200;
  }
  if (!logged_in) return route.api ? 401 : 303;  // API: 401; pages: to the login page
  if (route.access == RouteAccess::kSession) return route.method == "POST" ? 303 : 200;  // logout → login page
  if (!role || !Allows(*role, route.action)) return 403;
  // Allowed: a GET shows the page; an empty POST reaches the handler and is
  // refused for its missing fields.
  return route.method == "GET" ? 200 : 400;
}

TEST_F(WebPermissionsTest, EveryRouteAnswersAsTheMatrixSaysForEveryRole) {
  struct Caller {
    std::string name;
    std::optional<store::Role> role;
    bool logged_in;
  };
  const std::vector<Caller> callers = {
      {"anonym", std::nullopt, false},
      {"admin", store::Role::kAdmin, true},
      {"sekretariat", store::Role::kSekretariat, true},
      {"bestyrelse", store::Role::kBestyrelse, true},
      {"partner", store::Role::kPartner, true},
      {"lbf", store::Role::kLbf, true},
      {"udenfor", std::nullopt, true},
  };
  int checked = 0;
  for (const Caller& caller : callers) {
    for (const RouteInfo& route : RouteTable()) {
      // Log in afresh for each route: /logout ends the session.
      std::optional<Browser> browser;
      if (caller.logged_in) browser = LogIn(caller.name);
      const std::string path = Path(route.example);
      const Browser* who = browser ? &*browser : nullptr;
      httplib::Result res = route.method == "GET" ? Get(path, who)
                            : route.api         ? PostJson(path, "{}", who)
                                                : PostForm(path, "", who);
      ASSERT_TRUE(res) << route.method << " " << path;
      EXPECT_EQ(res->status, ExpectedStatus(route, caller.role, caller.logged_in))
          << caller.name << ": " << route.method << " " << path << "\n"
          << res->body.substr(0, 400);
      ++checked;
    }
  }
  EXPECT_EQ(checked, static_cast<int>(callers.size() * RouteTable().size()));
}

TEST_F(WebPermissionsTest, ForbiddenAnswerNamesRoleAndAction) {
  const Browser partner = LogIn("partner");
  httplib::Result res = Get(Path("/planer/{plan}/delaftaler/1/delmaal/1"), &partner);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  EXPECT_NE(res->body.find("din rolle (Partner) må ikke redigere planen"), std::string::npos) << res->body;
}

TEST_F(WebPermissionsTest, ApiForbiddenIsJsonWithDanishMessage) {
  const Browser bestyrelse = LogIn("bestyrelse");
  httplib::Result res = PostJson(Path("/api/plans/{plan}/lbf-approvals"),
                                 R"({"revision": 1, "date": "2026-03-01", "reference": "x"})", &bestyrelse);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json; charset=utf-8");
  EXPECT_EQ(res->body,
            "{\n  \"code\": \"forbidden\",\n  \"message\": \"din rolle (Bestyrelse) må ikke registrere "
            "Landsbyggefondens godkendelse\"\n}");
}

TEST_F(WebPermissionsTest, PortfolioListsOnlyPlansWithARole) {
  const Browser outsider = LogIn("udenfor");
  httplib::Result res = Get("/planer", &outsider);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->body.find("Fredericia"), std::string::npos);
  EXPECT_NE(res->body.find("Du har endnu ingen planer"), std::string::npos);
  const Browser lbf = LogIn("lbf");
  res = Get("/planer", &lbf);
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find(">Bydækkende Boligsocial Helhedsplan, Fredericia</a>"), std::string::npos) << res->body;
}

}  // namespace
}  // namespace helhed::web
