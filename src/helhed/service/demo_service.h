// SPDX-License-Identifier: Apache-2.0
// `helhed serve --demo`: fills a fresh database with one user per role and
// the Fredericia example plan, so a newcomer can log in and look around at
// once. The demo logins are listed in the README (docs/notes/web.md).
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

// Adds the demo users (when the database has no user "admin") and the plan
// in `example_plan` (when the database has no plans; routed by the pack in
// `data_dir`), and makes every demo
// user a member of that plan with their role. Leaves a database that already
// has them alone, so `--demo` can be given on every start. Errors: what
// reading the plan file or the store returns.
Status SeedDemo(store::Store& store, const std::filesystem::path& data_dir, const std::filesystem::path& example_plan,
                const PasswordCost& cost);

}  // namespace helhed::service
