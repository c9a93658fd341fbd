// SPDX-License-Identifier: Apache-2.0
// HTTP tests of logins, sessions, CSRF, security headers and bad input: each
// bad request gets a Danish page with the right status and changes nothing.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <vector>

#include "helhed/store/open_store.h"
#include "helhed/store/store_pool.h"
#include "helhed/web/server.h"
#include "testing/status_matchers.h"
#include "web_fixture.h"

namespace helhed::web {
namespace {

class WebSecurityTest : public WebFixture {
 protected:
  std::vector<store::AuditEntry> Audit() {
    StatusOr<std::vector<store::AuditEntry>> entries = Inspect().ListAudit(1000);
    EXPECT_TRUE(entries.ok());
    return entries.ok() ? *entries : std::vector<store::AuditEntry>();
  }
  int CountAudit(std::string_view action, std::string_view user) {
    int count = 0;
    for (const store::AuditEntry& entry : Audit()) count += entry.action == action && entry.user == user;
    return count;
  }
};

TEST_F(WebSecurityTest, LoginSetsStrictHttpOnlyCookieAndIsAudited) {
  httplib::Result res = PostForm("/login", "brugernavn=bestyrelse&adgangskode=pw-bestyrelse");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 303);
  EXPECT_EQ(res->get_header_value("Location"), "/planer");
  const std::string cookie = res->get_header_value("Set-Cookie");
  EXPECT_EQ(cookie.substr(0, 15), "helhed_session=");
  EXPECT_NE(cookie.find("; Path=/; HttpOnly; SameSite=Strict; Max-Age=28800"), std::string::npos) << cookie;
  EXPECT_EQ(cookie.find("Secure"), std::string::npos);  // plain HTTP on loopback
  EXPECT_EQ(CountAudit("login.success", "bestyrelse"), 1);
}

TEST_F(WebSecurityTest, WrongPasswordIs401WithDanishMessageAndAudited) {
  httplib::Result res = PostForm("/login", "brugernavn=bestyrelse&adgangskode=forkert");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401);
  EXPECT_NE(res->body.find("Login mislykkedes: forkert brugernavn eller adgangskode."), std::string::npos);
  EXPECT_EQ(res->get_header_value("Set-Cookie"), "");
  EXPECT_EQ(CountAudit("login.failure", "bestyrelse"), 1);
}

TEST_F(WebSecurityTest, FiveFailuresThrottleTheAccountEvenWithTheRightPassword) {
  for (int attempt = 0; attempt < 5; ++attempt) {
    httplib::Result res = PostForm("/login", "brugernavn=partner&adgangskode=forkert");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 401);
  }
  httplib::Result res = PostForm("/login", "brugernavn=partner&adgangskode=pw-partner");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 429);
  EXPECT_NE(res->body.find("for mange mislykkede loginforsøg; prøv igen om 15 minutter"), std::string::npos)
      << res->body;
  EXPECT_EQ(CountAudit("login.throttled", "partner"), 1);
  clock_->Advance(std::chrono::minutes(15));
  res = PostForm("/login", "brugernavn=partner&adgangskode=pw-partner");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 303);
}

TEST_F(WebSecurityTest, PostWithoutCsrfTokenIsRefusedAndChangesNothing) {
  const Browser bestyrelse = LogIn("bestyrelse");
  httplib::Result res = PostForm(Path("/planer/{plan}/bestyrelsesbeslutning"),
                                 "revision=1&dato=2026-03-01&reference=M%C3%B8de+1", &bestyrelse,
                                 /*with_csrf=*/false);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  EXPECT_NE(res->body.find("formularens sikkerhedsnøgle (CSRF) mangler"), std::string::npos);
  // Another session's token does not count either.
  const Browser admin = LogIn("admin");
  res = PostForm(Path("/planer/{plan}/bestyrelsesbeslutning"),
                 "revision=1&dato=2026-03-01&reference=x&csrf=" + admin.csrf, &bestyrelse, false);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  ASSERT_OK_AND_ASSIGN(std::vector<store::Approval> approvals, Inspect().ListApprovals(plan_id_));
  EXPECT_TRUE(approvals.empty());
}

TEST_F(WebSecurityTest, CrossOriginPostIsRefused) {
  const Browser bestyrelse = LogIn("bestyrelse");
  httplib::Headers headers = {{"Cookie", bestyrelse.cookie}, {"Origin", "https://evil.example"}};
  httplib::Result res = client_->Post(Path("/planer/{plan}/bestyrelsesbeslutning").c_str(), headers,
                                      "revision=1&dato=2026-03-01&reference=x&csrf=" + bestyrelse.csrf,
                                      "application/x-www-form-urlencoded");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
}

TEST_F(WebSecurityTest, PagesCarrySecurityHeaders) {
  const Browser admin = LogIn("admin");
  for (const std::string& path : {std::string("/planer"), std::string("/login"), std::string("/findes-ikke")}) {
    httplib::Result res = Get(path, &admin);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->get_header_value("Content-Security-Policy"),
              "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; "
              "base-uri 'none'")
        << path;
    EXPECT_EQ(res->get_header_value("X-Content-Type-Options"), "nosniff") << path;
    EXPECT_EQ(res->get_header_value("X-Frame-Options"), "DENY") << path;
    EXPECT_EQ(res->get_header_value("Cache-Control"), "no-store") << path;
  }
}

TEST_F(WebSecurityTest, OversizedBodyIs413WithDanishPage) {
  const Browser sekretariat = LogIn("sekretariat");
  const std::string huge = "tekst=" + std::string(20 * 1024, 'a') + "&revision=1";
  httplib::Result res = PostForm(Path("/planer/{plan}/delaftaler/1/delmaal/1"), huge, &sekretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_NE(res->body.find("Forespørgslen er for stor"), std::string::npos) << res->body;
  EXPECT_NE(res->body.find("større end de tilladte 16 KiB og er ikke gemt"), std::string::npos);
  ASSERT_OK_AND_ASSIGN(store::PlanSummary plan, Inspect().GetPlan(plan_id_));
  EXPECT_EQ(plan.head_revision, 1);
}

TEST_F(WebSecurityTest, MalformedFormIs400) {
  const Browser sekretariat = LogIn("sekretariat");
  httplib::Result res =
      PostForm(Path("/planer/{plan}/delaftaler/1/delmaal/1"), "tekst=%ZZ&revision=1", &sekretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("formularen er ugyldigt kodet (forkert %-tegn)"), std::string::npos) << res->body;
  res = PostForm(Path("/planer/{plan}/bestyrelsesbeslutning"), "revision=1&dato=1.3.2026&reference=x",
                 &sekretariat);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);  // sekretariat may not record board decisions at all
  const Browser bestyrelse = LogIn("bestyrelse");
  res = PostForm(Path("/planer/{plan}/bestyrelsesbeslutning"), "revision=1&dato=1.3.2026&reference=x", &bestyrelse);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_NE(res->body.find("Dato for beslutningen"), std::string::npos) << res->body;
}

TEST_F(WebSecurityTest, UnknownIdsAre404InDanish) {
  const Browser admin = LogIn("admin");
  for (const std::string& path : {std::string("/planer/999"), Path("/planer/{plan}/delaftaler/9"),
                                 Path("/planer/{plan}/delaftaler/1/delmaal/99"), std::string("/planer/abc"),
                                 std::string("/api/plans/999")}) {
    httplib::Result res = Get(path, &admin);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 404) << path << "\n" << res->body;
  }
  httplib::Result res = Get("/planer/999", &admin);
  EXPECT_NE(res->body.find("planen 999 findes ikke"), std::string::npos) << res->body;
  res = Get("/api/plans/999", &admin);
  EXPECT_EQ(res->body, "{\n  \"code\": \"not_found\",\n  \"message\": \"planen 999 findes ikke\"\n}");
}

TEST_F(WebSecurityTest, ExpiredSessionRedirectsToLoginWithMessage) {
  const Browser admin = LogIn("admin");
  clock_->Advance(std::chrono::hours(8) + std::chrono::seconds(1));
  httplib::Result res = Get("/planer", &admin);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 303);
  EXPECT_EQ(res->get_header_value("Location"), "/login?besked=udloebet");
  res = Get("/login?besked=udloebet");
  ASSERT_TRUE(res);
  EXPECT_NE(res->body.find("Din session er udløbet. Log ind igen."), std::string::npos);
  res = Get("/api/plans", &admin);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401);
}

TEST_F(WebSecurityTest, LogoutEndsTheSession) {
  const Browser admin = LogIn("admin");
  httplib::Result res = PostForm("/logout", "", &admin);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 303);
  res = Get("/api/plans", &admin);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 401);
}

TEST_F(WebSecurityTest, PlanNameWithScriptIsEscapedEverywhere) {
  const std::string evil = "<script>alert('x')</script> & \"co\"";
  store::NewRevision revision{"test", "ondsindet navn",
                              "{\n  \"format\": \"helhed/plan@1\",\n  \"name\": \"<script>alert('x')</script> & "
                              "\\\"co\\\"\",\n  \"grant_frame\": \"2019-26\"\n}\n",
                              evil, "2019-26", {}};
  ASSERT_OK_AND_ASSIGN(store::RevisionInfo created, Inspect().CreatePlan(revision));
  ASSERT_OK(Inspect().SetMembership({created.plan_id, "partner", store::Role::kPartner}));
  const Browser partner = LogIn("partner");
  for (const std::string& path : {std::string("/planer"), "/planer/" + std::to_string(created.plan_id),
                                 "/planer/" + std::to_string(created.plan_id) + "/historik"}) {
    httplib::Result res = Get(path, &partner);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << path << res->body;
    EXPECT_EQ(res->body.find("<script"), std::string::npos) << path;
    EXPECT_NE(res->body.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;"),
              std::string::npos)
        << path;
  }
}

// httplib itself listens with a backlog of 5; the server widens it, so a
// burst of new connections waits in the kernel's queue for the accepting
// thread instead of having its SYNs dropped (each then retried a second
// later). Here nothing accepts at all: every connection must still be
// established by the kernel.
TEST_F(WebSecurityTest, ABurstOfNewConnectionsIsQueuedNotDropped) {
  store::StoreOptions options;
  options.clock = clock_;
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<store::Store> store, store::OpenStore(db_url_, options));
  ServerOptions server_options;
  server_options.port = 0;
  WebServer idle(std::make_unique<store::StorePool>(std::move(store), db_url_, options, 1), clock_, server_options);
  ASSERT_OK_AND_ASSIGN(const int port, idle.Bind());  // listening, never serving
  constexpr int kConnections = 40;
  std::vector<int> sockets;
  for (int idx = 0; idx < kConnections; ++idx) {
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    ASSERT_GE(fd, 0);
    sockets.push_back(fd);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(port));
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    (void)::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address);
  }
  int established = 0;
  for (const int fd : sockets) {
    pollfd waiting{fd, POLLOUT, 0};
    int error = -1;
    socklen_t size = sizeof error;
    if (::poll(&waiting, 1, 500) == 1 && ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size) == 0 && error == 0) {
      ++established;
    }
    ::close(fd);
  }
  EXPECT_EQ(established, kConnections);
}

}  // namespace
}  // namespace helhed::web
