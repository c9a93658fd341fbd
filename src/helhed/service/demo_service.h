// SPDX-License-Identifier: Apache-2.0
// `helhed serve --demo`: fills a fresh database with one user per role, the
// Fredericia example plan and synthetic register measurements for its
// areas, so a newcomer can log in and see real dashboards at once. The demo logins are listed in the README (docs/notes/web.md).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "helhed/base/status.h"
#include "helhed/service/password_hash.h"
#include "helhed/store/records.h"
#include "helhed/store/store.h"

namespace helhed::service {

struct DemoUser {
  std::string login;
  std::string password;
  std::string display_name;
  store::Role role;
};

// The demo users: "admin", "sekretariat", "bestyrelse", "partner" and "lbf",
// each with the password "demo-" + login.
std::vector<DemoUser> DemoUsers();

// A clear sequence of steps, each skipped when its data is already there, so
// `--demo` can be given on every start:
//  1. the demo users (when the database has no user "admin");
//  2. the plan in `example_plan` (when the database has no plans; routed by
//     the pack in `data_dir`), every demo user a member with their role;
//  3. the synthetic register's indicators as measurements (demo_register.h);
//  4. the partner's locally measured indicator (a jobcenter count in
//     delaftale Beskæftigelse), when no indicator is assigned yet.
// Errors: what reading the files, the register steps or the store return.
Status SeedDemo(store::Store& store, const std::filesystem::path& data_dir, const std::filesystem::path& example_plan,
                const PasswordCost& cost);

}  // namespace helhed::service
