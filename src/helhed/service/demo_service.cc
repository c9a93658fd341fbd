// SPDX-License-Identifier: Apache-2.0
// Demo users, the example plan and the register measurements, in that order.
#include "helhed/service/demo_service.h"

#include "helhed/base/status_macros.h"
#include "helhed/planfile/plan_json.h"
#include "helhed/service/demo_register.h"
#include "helhed/service/local_data_service.h"
#include "helhed/service/plan_service.h"

namespace helhed::service {

std::vector<DemoUser> DemoUsers() {
  return {
      {"admin", "demo-admin", "Anne Admin", store::Role::kAdmin},
      {"sekretariat", "demo-sekretariat", "Sofie Sekretariat", store::Role::kSekretariat},
      {"bestyrelse", "demo-bestyrelse", "Bent Bestyrelse", store::Role::kBestyrelse},
      {"partner", "demo-partner", "Pia Partner", store::Role::kPartner},
      {"lbf", "demo-lbf", "Lars Landsbyggefonden", store::Role::kLbf},
  };
}

namespace {

Status SeedDemoUsers(store::Store& store, const PasswordCost& cost) {
  StatusOr<store::User> existing = store.GetUser("admin");
  if (existing.ok()) return OkStatus();
  if (existing.status().code() != StatusCode::kNotFound) return existing.status();
  for (const DemoUser& demo : DemoUsers()) {
    HELHED_ASSIGN_OR_RETURN(std::string hash, HashPassword(demo.password, cost));
    HELHED_RETURN_IF_ERROR(store.PutUser({demo.login, demo.display_name, hash}));
  }
  return OkStatus();
}

Status SeedDemoPlan(store::Store& store, const std::filesystem::path& data_dir,
                    const std::filesystem::path& example_plan) {
  HELHED_ASSIGN_OR_RETURN(std::vector<store::PlanSummary> plans, store.ListPlans());
  if (!plans.empty()) return OkStatus();
  HELHED_ASSIGN_OR_RETURN(std::string text, planfile::ReadPlanText(example_plan));
  HELHED_ASSIGN_OR_RETURN(store::RevisionInfo created,
                          AddPlan(store, data_dir, text, "demo", "Eksempelplan indlæst af helhed serve --demo"));
  for (const DemoUser& demo : DemoUsers()) {
    HELHED_RETURN_IF_ERROR(store.SetMembership({created.plan_id, demo.login, demo.role}));
  }
  return OkStatus();
}

// The partner's locally measured indicator: Beskæftigelse, delmål 3 ("Flere
// jobparate kommer på arbejdsmarkedet"), indikator 1, a count the jobcenter
// keeps and the register does not.
constexpr std::string_view kDemoPartnerIndicator = "d2m3i1";

Status SeedDemoAssignment(store::Store& store, const std::filesystem::path& data_dir) {
  HELHED_ASSIGN_OR_RETURN(std::vector<store::PlanSummary> plans, store.ListPlans());
  if (plans.empty()) return OkStatus();
  const store::PlanId plan_id = plans.front().id;
  HELHED_ASSIGN_OR_RETURN(std::vector<store::IndicatorAssignment> given, store.ListAssignments(plan_id, std::nullopt));
  if (!given.empty()) return OkStatus();
  if (!store.GetUser("partner").ok()) return OkStatus();  // users made by someone else than the demo
  HELHED_ASSIGN_OR_RETURN(store::Revision head, store.GetRevision(plan_id, plans.front().head_revision));
  HELHED_ASSIGN_OR_RETURN(model::Plan plan, planfile::ParsePlanJson(head.plan_json));
  StatusOr<LocalIndicator> indicator = FindLocalIndicator(plan, data_dir, kDemoPartnerIndicator);
  if (!indicator.ok()) return OkStatus();  // another plan than the example: nothing to give
  return store.AssignIndicator({plan_id, indicator->key, "partner", indicator->name, "demo", {}});
}

}  // namespace

Status SeedDemo(store::Store& store, const std::filesystem::path& data_dir, const std::filesystem::path& example_plan,
                const PasswordCost& cost) {
  // Each step leaves data that is already there alone.
  HELHED_RETURN_IF_ERROR(SeedDemoUsers(store, cost));
  HELHED_RETURN_IF_ERROR(SeedDemoPlan(store, data_dir, example_plan));
  HELHED_RETURN_IF_ERROR(SeedDemoRegister(store, data_dir));
  HELHED_RETURN_IF_ERROR(SeedDemoAssignment(store, data_dir));
  return OkStatus();
}

}  // namespace helhed::service
