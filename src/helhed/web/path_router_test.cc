// SPDX-License-Identifier: Apache-2.0
// PathRouter answers exactly as httplib's regex routing would: for every
// route's example path and for paths at the edges of each pattern, the route
// it finds (if any) is the first route whose std::regex matches, with the
// same groups, and every route of the table is compiled.
#include "helhed/web/internal/path_router.h"

#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "helhed/web/routes.h"

namespace helhed::web::internal {
namespace {

struct RegexAnswer {
  std::size_t route = 0;
  std::vector<std::string> groups;
};

// What httplib does: the first route of the method whose regex matches the whole path.
std::optional<RegexAnswer> ByRegex(std::string_view method, const std::string& path) {
  const std::span<const RouteInfo> routes = RouteTable();
  for (std::size_t idx = 0; idx < routes.size(); ++idx) {
    if (routes[idx].method != method) continue;
    std::smatch match;
    const std::regex pattern{std::string(routes[idx].pattern)};
    if (!std::regex_match(path, match, pattern)) continue;
    RegexAnswer answer{idx, {}};
    for (std::size_t group = 1; group < match.size(); ++group) answer.groups.push_back(match[group].str());
    return answer;
  }
  return std::nullopt;
}

std::string WithPlan(std::string_view example) {
  std::string path(example);
  if (const std::size_t at = path.find("{plan}"); at != std::string::npos) path.replace(at, 6, "7");
  return path;
}

void ExpectSameAsRegex(const PathRouter& router, std::string_view method, const std::string& path) {
  const std::optional<RegexAnswer> expected = ByRegex(method, path);
  const std::optional<PathRouter::Match> found = router.Find(method, path);
  ASSERT_EQ(found.has_value(), expected.has_value()) << method << " " << path;
  if (!found) return;
  EXPECT_EQ(found->route, expected->route) << method << " " << path;
  EXPECT_EQ(found->groups, expected->groups) << method << " " << path;
}

TEST(PathRouterTest, EveryRouteIsCompiledAndFoundAsByItsRegex) {
  const PathRouter router(RouteTable());
  EXPECT_EQ(router.compiled(), RouteTable().size());
  for (const RouteInfo& route : RouteTable()) {
    const std::string path = WithPlan(route.example);
    ExpectSameAsRegex(router, route.method, path);
    EXPECT_TRUE(router.Find(route.method, path).has_value()) << route.method << " " << path;
  }
}

TEST(PathRouterTest, EdgesOfThePatternsAnswerAsTheRegexDoes) {
  const PathRouter router(RouteTable());
  for (const char* path :
       {"/", "", "/planer", "/planer/", "/planer//historik", "/planer/abc", "/planer/-1", "/planer/0",
        "/planer/123456789012345", "/planer/1234567890123456", "/planer/7/historik/", "/planer/7/delaftaler/1234567",
        "/planer/7/delaftaler/123456", "/planer/7/opfoelgning/delaftaler/1/delmaal/2",
        "/planer/7/indtastning/d1m2i3", "/planer/7/indtastning/m1i1", "/planer/7/indtastning/dm2i3",
        "/planer/7/indtastning/d1m2i", "/planer/7/indtastning/m1234567i1", "/planer/7/indtastning/m1i1x",
        "/planer/7/indtastning/M1i1", "/planer/7/indtastning/r12i3", "/planer/7/indtastning/1m1",
        "/planer/7/indtastning/abcdefghijklmnopqrstuvwx", "/planer/7/indtastning/abcdefghijklmnopqrstuvwxy",
        "/planer/7/indtastning/r1-i1", "/static/helhed.css", "/static/helhedXcss", "/static/helhed\ncss",
        "/api/plans/7/revisions", "/api/plans/7/revisions/x", "/PLANER/7", "/planer/٣"}) {
    for (const char* method : {"GET", "POST"}) ExpectSameAsRegex(router, method, path);
  }
}

TEST(PathRouterTest, PatternsItCannotCompileAreLeftToHttplibWithAllAfterThem) {
  const RouteInfo routes[] = {
      {"GET", "/a", "/a", RouteAccess::kPublic, Action::kViewPlan, false},
      {"GET", R"(/b/(\w+))", "/b/x", RouteAccess::kPublic, Action::kViewPlan, false},
      {"GET", "/c", "/c", RouteAccess::kPublic, Action::kViewPlan, false},
      {"POST", "/c", "/c", RouteAccess::kPublic, Action::kViewPlan, false},
  };
  const PathRouter router(routes);
  EXPECT_EQ(router.compiled(), 2u);
  EXPECT_TRUE(router.Find("GET", "/a").has_value());
  EXPECT_FALSE(router.Find("GET", "/b/x").has_value());
  EXPECT_FALSE(router.Find("GET", "/c").has_value());  // httplib would try /b/(\w+) first
  ASSERT_TRUE(router.Find("POST", "/c").has_value());
  EXPECT_EQ(router.Find("POST", "/c")->route, 3u);
}

}  // namespace
}  // namespace helhed::web::internal
