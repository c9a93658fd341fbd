// SPDX-License-Identifier: Apache-2.0
// WebFixture: a real `helhed serve` stack in-process for the HTTP tests: a
// SQLite store in a scratch directory on a manual clock, the Fredericia
// example plan, one user per role (plus one without any role), and the web
// server on a free loopback port, driven with httplib::Client.
#pragma once

#include <httplib.h>

#include <memory>
#include <string>
#include <thread>

#include <gtest/gtest.h>

#include "helhed/store/clock.h"
#include "helhed/store/records.h"
#include "helhed/store/store.h"
#include "helhed/web/server.h"
#include "testing/test_paths.h"

namespace helhed::web {

// A logged-in browser: its cookie and its CSRF token.
struct Browser {
  std::string cookie;  // "helhed_session=..."
  std::string csrf;
};

class WebFixture : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Logs `login` in (password "pw-" + login) and fetches its CSRF token.
  Browser LogIn(const std::string& login);

  httplib::Result Get(const std::string& path, const Browser* browser = nullptr);
  // POSTs an urlencoded form; adds csrf=<token> when `browser` is given
  // and `with_csrf`.
  httplib::Result PostForm(const std::string& path, const std::string& body, const Browser* browser = nullptr,
                           bool with_csrf = true);
  httplib::Result PostJson(const std::string& path, const std::string& body, const Browser* browser);

  // "/planer/{plan}" with the plan id filled in.
  std::string Path(std::string_view pattern) const;

  // A second store on the same database, for looking behind the server.
  store::Store& Inspect();

  static constexpr const char* kLogins[] = {"admin", "sekretariat", "bestyrelse", "partner", "lbf"};

  std::shared_ptr<store::ManualClock> clock_;
  std::unique_ptr<testing::ScratchDir> dir_;
  std::string db_url_;
  store::PlanId plan_id_ = 0;
  std::unique_ptr<WebServer> server_;
  std::thread serve_thread_;
  int port_ = 0;
  std::unique_ptr<httplib::Client> client_;
  std::unique_ptr<store::Store> inspect_;
};

// URL-encodes a form value.
std::string FormEncode(std::string_view text);

}  // namespace helhed::web
