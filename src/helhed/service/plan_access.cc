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

StatusOr<UserRoles> RolesOf(store::Store& store, std::string_view login) {
  UserRoles roles;
  HELHED_ASSIGN_OR_RETURN(std::vector<store::Membership> memberships, store.ListUserMemberships(login));
  for (const store::Membership& member : memberships) {
    roles.per_plan[member.plan_id] = member.role;
    if (member.role == store::Role::kAdmin) roles.organisation_wide = store::Role::kAdmin;
    if (member.role == store::Role::kLbf && !roles.organisation_wide) roles.organisation_wide = store::Role::kLbf;
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
  HELHED_ASSIGN_OR_RETURN(UserRoles roles, RolesOf(store, login));
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
  HELHED_ASSIGN_OR_RETURN(UserRoles roles, RolesOf(store, login));
  // A membership names an existing plan (memberships reference plans, and
  // plans are never deleted), so a member's role needs no second query; the
  // web application asks on every request.
  if (auto it = roles.per_plan.find(plan_id); it != roles.per_plan.end()) return it->second;
  StatusOr<store::PlanSummary> plan = store.GetPlan(plan_id);
  if (!plan.ok()) {
    if (plan.status().code() == StatusCode::kNotFound) {
      return NotFoundError("planen " + std::to_string(plan_id) + " findes ikke");
    }
    return plan.status();
  }
  return Effective(roles, plan_id);
}

}  // namespace helhed::service
