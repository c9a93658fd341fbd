// SPDX-License-Identifier: Apache-2.0
// The in-process web stack for the HTTP tests (web_fixture.h).
#include "web_fixture.h"

#include <chrono>

#include "helhed/planfile/plan_json.h"
#include "helhed/rules/pack_loader.h"
#include "helhed/service/password_hash.h"
#include "helhed/service/plan_service.h"
#include "helhed/store/open_store.h"
#include "testing/status_matchers.h"

namespace helhed::web {

std::string FormEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '-' || c == '_' || c == '.') {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
    }
  }
  return out;
}

void WebFixture::SetUp() {
  clock_ = std::make_shared<store::ManualClock>(store::StartOfDay(Date(2026, 3, 2)) + std::chrono::hours(9));
  dir_ = std::make_unique<testing::ScratchDir>();
  db_url_ = "sqlite:" + (dir_->path() / "web.db").string();
  store::StoreOptions options;
  options.schema = store::SchemaMode::kCreate;
  options.clock = clock_;
  ASSERT_OK_AND_ASSIGN(std::unique_ptr<store::Store> store, store::OpenStore(db_url_, options));

  ASSERT_OK_AND_ASSIGN(std::string text,
                       planfile::ReadPlanText(testing::SourceDir() / "examples" / "fredericia-2023.json"));
  ASSERT_OK_AND_ASSIGN(store::RevisionInfo created,
                       service::AddPlan(*store, testing::SourceDir() / "data", text, "import", "Eksempelplanen"));
  plan_id_ = created.plan_id;
  const store::Role roles[] = {store::Role::kAdmin, store::Role::kSekretariat, store::Role::kBestyrelse,
                               store::Role::kPartner, store::Role::kLbf};
  for (int idx = 0; idx < 5; ++idx) {
    const std::string login = kLogins[idx];
    ASSERT_OK_AND_ASSIGN(std::string hash, service::HashPassword("pw-" + login, service::PasswordCost::Minimum()));
    ASSERT_OK(store->PutUser({login, "Bruger " + login, hash}));
    ASSERT_OK(store->SetMembership({plan_id_, login, roles[idx]}));
  }
  // The partner enters the jobcenter count of delaftale 2 (Beskæftigelse),
  // delmål 3, indikator 1: a locally measured indicator.
  ASSERT_OK(store->AssignIndicator({plan_id_, "d2m3i1", "partner", "Antallet af ledige", "sekretariat", {}}));
  ASSERT_OK_AND_ASSIGN(std::string hash, service::HashPassword("pw-udenfor", service::PasswordCost::Minimum()));
  ASSERT_OK(store->PutUser({"udenfor", "Bruger uden rolle", hash}));

  ServerOptions server_options;
  server_options.port = 0;
  server_options.data_dir = testing::SourceDir() / "data";
  server_options.max_body_bytes = 16 * 1024;
  // A pool like `helhed serve`'s, so the tests run requests in parallel on
  // their own connections as production does.
  store::StoreOptions pool_options;
  pool_options.clock = clock_;
  server_ = std::make_unique<WebServer>(std::make_unique<store::StorePool>(std::move(store), db_url_, pool_options, 8),
                                        clock_, server_options);
  ASSERT_OK_AND_ASSIGN(port_, server_->Bind());
  serve_thread_ = std::thread([this] { (void)server_->Serve(); });
  client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
  client_->set_read_timeout(std::chrono::seconds(20));
  // One answered request proves the accept loop runs: httplib's stop() does
  // nothing before that, so a test that sent no request would hang in TearDown.
  httplib::Result ready = client_->Get("/login");
  ASSERT_TRUE(ready);
}

void WebFixture::TearDown() {
  if (server_) server_->Stop();
  if (serve_thread_.joinable()) serve_thread_.join();
  server_.reset();
  inspect_.reset();
}

store::Store& WebFixture::Inspect() {
  if (!inspect_) {
    store::StoreOptions options;
    options.clock = clock_;
    StatusOr<std::unique_ptr<store::Store>> opened = store::OpenStore(db_url_, options);
    EXPECT_TRUE(opened.ok()) << opened.status();
    inspect_ = std::move(*opened);
  }
  return *inspect_;
}

std::string WebFixture::Path(std::string_view pattern) const {
  std::string path(pattern);
  const std::size_t hole = path.find("{plan}");
  if (hole != std::string::npos) path.replace(hole, 6, std::to_string(plan_id_));
  return path;
}

Browser WebFixture::LogIn(const std::string& login) {
  Browser browser;
  httplib::Result res = PostForm("/login", "brugernavn=" + FormEncode(login) + "&adgangskode=" +
                                               FormEncode("pw-" + login));
  EXPECT_TRUE(res);
  if (!res) return browser;
  EXPECT_EQ(res->status, 303) << res->body;
  const std::string set_cookie = res->get_header_value("Set-Cookie");
  browser.cookie = set_cookie.substr(0, set_cookie.find(';'));
  httplib::Result session = Get("/api/session", &browser);
  EXPECT_TRUE(session);
  if (!session) return browser;
  const std::string key = "\"csrf_token\": \"";
  const std::size_t at = session->body.find(key);
  EXPECT_NE(at, std::string::npos) << session->body;
  if (at != std::string::npos) browser.csrf = session->body.substr(at + key.size(), 64);
  return browser;
}

httplib::Result WebFixture::Get(const std::string& path, const Browser* browser) {
  httplib::Headers headers;
  if (browser) headers.emplace("Cookie", browser->cookie);
  return client_->Get(path.c_str(), headers);
}

httplib::Result WebFixture::PostForm(const std::string& path, const std::string& body, const Browser* browser,
                                     bool with_csrf) {
  httplib::Headers headers;
  std::string full = body;
  if (browser) {
    headers.emplace("Cookie", browser->cookie);
    if (with_csrf) full += (full.empty() ? "" : "&") + std::string("csrf=") + browser->csrf;
  }
  return client_->Post(path.c_str(), headers, full, "application/x-www-form-urlencoded");
}

httplib::Result WebFixture::PostJson(const std::string& path, const std::string& body, const Browser* browser) {
  httplib::Headers headers;
  if (browser) {
    headers.emplace("Cookie", browser->cookie);
    headers.emplace("X-CSRF-Token", browser->csrf);
  }
  return client_->Post(path.c_str(), headers, body, "application/json");
}

}  // namespace helhed::web
