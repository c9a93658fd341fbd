// SPDX-License-Identifier: Apache-2.0
// Which role a user has on a plan. Roles come from memberships (per plan);
// admin and lbf are also organisation-wide: a user who holds either on any
// plan has it on every plan where they have no membership of their own
// (docs/permissions.md).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/store/records.h"
#include "helhed/store/store.h"

namespace helhed::service {

struct PlanAccess {
  store::PlanSummary plan;
  store::Role role = store::Role::kPartner;
};

// Every plan `login` may see, with its role there, ordered by plan id.
StatusOr<std::vector<PlanAccess>> VisiblePlans(store::Store& store, std::string_view login);

// The role of `login` on `plan_id`: kNotFound ("planen <id> findes ikke")
// for an unknown plan; an absent role when the user has none there.
StatusOr<std::optional<store::Role>> RoleOnPlan(store::Store& store, std::string_view login,
                                                store::PlanId plan_id);

}  // namespace helhed::service
