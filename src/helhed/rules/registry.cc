// SPDX-License-Identifier: Apache-2.0
#include "helhed/rules/registry.h"

#include "helhed/rules/rules.h"

namespace helhed::rules {
namespace {

constexpr RuleEntry kRules[] = {
    {"period_complete", &MakePeriodComplete},
    {"period_containment", &MakePeriodContainment},
    {"plan_duration", &MakePlanDuration},
    {"focus_area_names", &MakeFocusAreaNames},
    {"focus_area_coverage", &MakeFocusAreaCoverage},
    {"required_documents", &MakeRequiredDocuments},
    {"fixed_goals", &MakeFixedGoals},
    {"fixed_baselines", &MakeFixedBaselines},
    {"units", &MakeUnits},
    {"value_range", &MakeValueRange},
    {"missing_status", &MakeMissingStatus},
    {"baseline_year", &MakeBaselineYear},
    {"baseline_date", &MakeBaselineDate},
    {"election", &MakeElection},
    {"goal_rows", &MakeGoalRows},
    {"target", &MakeTarget},
    {"activity_forms", &MakeActivityForms},
    {"activity_fields", &MakeActivityFields},
    {"template_text", &MakeTemplateText},
    {"staff_allocation", &MakeStaffAllocation},
    {"budget_reconciliation", &MakeBudgetReconciliation},
    {"budget_arithmetic", &MakeBudgetArithmetic},
    {"cofinancing", &MakeCofinancing},
    {"governance", &MakeGovernance},
    {"preparedness", &MakePreparedness},
    {"plan_name", &MakePlanName},
    {"change_kind", &MakeChangeKind},
    {"unit_counts", &MakeUnitCounts},
    {"parent_missing", &MakeParentMissing},
};

}  // namespace

std::span<const RuleEntry> AllRules() { return kRules; }

std::vector<std::string> AllRuleCodes() {
  std::vector<std::string> codes;
  for (const RuleEntry& entry : kRules) {
    for (std::string_view code : entry.make()->codes()) codes.emplace_back(code);
  }
  return codes;
}

}  // namespace helhed::rules
