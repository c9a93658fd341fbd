// SPDX-License-Identifier: Apache-2.0
// Effective roles from memberships.
#include "helhed/service/plan_access.h"

#include <algorithm>
#include <map>
#include <string>

#include "helhed/base/status_macros.h"

namespace helhed::service {
namespace {

struct UserRoles {
  std::map<store::PlanId, store::Role> per_plan;
  std::optional<store::Role> organisation_wide;  // admin wins over lbf
};

// The store has no "memberships of a user" query, so this reads each plan's
// memberships; fine for the tens of plans one installation holds.
StatusOr<UserRoles> RolesOf(store::Store& store, std::string_view login,
                            const std::vector<store::PlanSummary>& plans) {
  UserRoles roles;
  for (const store::PlanSummary& plan : plans) {
    HELHED_ASSIGN_OR_RETURN(std::vector<store::Membership> members, store.ListMemberships(plan.id));
    for (const store::Membership& member : members) {
      if (member.login != login) continue;
      roles.per_plan[plan.id] = member.role;
      if (member.role == store::Role::kAdmin) roles.organisation_wide = store::Role::kAdmin;
      if (member.role == store::Role::kLbf && !roles.organisation_wide) roles.organisation_wide = store::Role::kLbf;
    }
  }
  return roles;
}

std::optional<store::Role> Effective(const UserRoles& roles, store::PlanId plan_id) {
  if (auto it = roles.per_plan.find(plan_id); it != roles.per_plan.end()) return it->second;
  return roles.organisation_wide;
}

}  // namespace

StatusOr<std::vector<PlanAccess>> VisiblePlans(store::Store& store, std::string_view login) {
  HELHED_ASSIGN_OR_RETURN(std::vector<store::PlanSummary> plans, store.ListPlans());
  HELHED_ASSIGN_OR_RETURN(UserRoles roles, RolesOf(store, login, plans));
  std::vector<PlanAccess> visible;
  for (store::PlanSummary& plan : plans) {
    if (std::optional<store::Role> role = Effective(roles, plan.id)) visible.push_back({std::move(plan), *role});
  }
  std::sort(visible.begin(), visible.end(),
            [](const PlanAccess& a, const PlanAccess& b) { return a.plan.id < b.plan.id; });
  return visible;
}

StatusOr<std::optional<store::Role>> RoleOnPlan(store::Store& store, std::string_view login,
                                                store::PlanId plan_id) {
  HELHED_ASSIGN_OR_RETURN(std::vector<store::PlanSummary> plans, store.ListPlans());
  bool exists = false;
  for (const store::PlanSummary& plan : plans) exists = exists || plan.id == plan_id;
  if (!exists) return NotFoundError("planen " + std::to_string(plan_id) + " findes ikke");
  HELHED_ASSIGN_OR_RETURN(UserRoles roles, RolesOf(store, login, plans));
  return Effective(roles, plan_id);
}

}  // namespace helhed::service
