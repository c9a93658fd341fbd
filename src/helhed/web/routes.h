// SPDX-License-Identifier: Apache-2.0
// The route table: every URL the web application answers, with the
// permission it needs. The server registers exactly these routes, and the
// authorization test walks the same table, so no route escapes the matrix.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "helhed/web/permissions.h"

namespace helhed::web {

enum class RouteAccess {
  kPublic,   // anyone (login page, stylesheet)
  kSession,  // a logged-in user; plan lists are filtered by role
  kPlan,     // a logged-in user whose role on the plan (first path number) allows `action`
  // A logged-in user who holds, on some plan (or organisation-wide), a role
  // that allows `action`: for actions that concern no existing plan.
  kOrganisation,
};

struct RouteInfo {
  std::string_view method;   // "GET" or "POST"
  std::string_view pattern;  // httplib regex, e.g. R"(/planer/(\d+))"
  // A concrete path for tests and docs, with "{plan}" for the plan id.
  std::string_view example;
  RouteAccess access;
  Action action;  // meaningful for kPlan only
  bool api;       // answers JSON
};

std::span<const RouteInfo> RouteTable();

}  // namespace helhed::web
