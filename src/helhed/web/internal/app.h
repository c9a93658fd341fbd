// SPDX-License-Identifier: Apache-2.0
// Internal to web/: the state a request handler sees (App), the parsed
// request (Request) and what it answers (Reply). Handlers are plain
// functions registered in routes.cc; server.cc runs the checks that every
// route shares (session, CSRF, permission) before calling them.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <httplib.h>

#include "helhed/base/statusor.h"
#include "helhed/service/session_service.h"
#include "helhed/store/clock.h"
#include "helhed/store/records.h"
#include "helhed/store/store.h"
#include "helhed/store/store_pool.h"
#include "helhed/web/form.h"
#include "helhed/web/internal/pending_imports.h"
#include "helhed/web/internal/plan_view_cache.h"
#include "helhed/web/server.h"

namespace helhed::web::internal {

inline constexpr std::string_view kSessionCookie = "helhed_session";
inline constexpr std::string_view kCsrfField = "csrf";
inline constexpr std::string_view kCsrfHeader = "X-CSRF-Token";

struct App {
  // Each request leases its own Store (one connection) for as long as it
  // runs, so requests do not take turns on one connection.
  std::unique_ptr<store::StorePool> stores;
  std::shared_ptr<store::Clock> clock;
  ServerOptions options;
  service::SessionService sessions;
  PendingImports pending_imports;
  PlanViewCache plan_views;
};

struct Request {
  const httplib::Request& http;
  // This request's own Store, leased from App::stores; set before any check
  // or handler runs.
  store::Store* store = nullptr;
  bool api = false;     // under /api/: answers are JSON
  bool secure = false;  // reached over TLS: cookies get Secure
  std::optional<service::ActiveSession> session;
  // Set when the route names a plan (the first path number) and the user has
  // a role there that the route's action allows.
  std::optional<store::PlanId> plan_id;
  std::optional<store::Role> role;
  std::optional<Form> form;  // POST bodies of HTML routes (multipart fields for the upload)

  // The path's captured groups when PathRouter found the route (httplib's
  // `matches` are empty then); otherwise empty and `http.matches` holds them.
  std::vector<std::string> path_groups;

  // The n-th group of the path (1-based, as in the route's pattern).
  std::string PathText(std::size_t n) const;
  // The same as a number; -1 when absent.
  long long PathNumber(std::size_t n) const;
};

struct Reply {
  int status = 200;
  std::string content_type = "text/html; charset=utf-8";
  std::string body;
  std::string location;  // set for redirects (303)
  // Set for downloads: "attachment; filename=..." (content_disposition.h).
  std::string content_disposition;
  std::vector<std::string> set_cookies;

  static Reply Redirect(std::string location);
  static Reply Json(std::string body, int status = 200);
};

using Handler = std::function<StatusOr<Reply>(App&, Request&)>;

}  // namespace helhed::web::internal
