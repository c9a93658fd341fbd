// SPDX-License-Identifier: Apache-2.0
// The Make function of every rule, one per r<NN>_<topic>.cc file; registry.cc
// lists them in order. Internal to the rules module.
#pragma once

#include <memory>
#include <string_view>

#include "helhed/rules/rule.h"

namespace helhed::rules {

std::unique_ptr<Rule> MakePeriodComplete();        // r01_period_complete.cc
std::unique_ptr<Rule> MakePeriodContainment();     // r01_period_containment.cc
std::unique_ptr<Rule> MakePlanDuration();          // r01_plan_duration.cc
std::unique_ptr<Rule> MakeFocusAreaNames();        // r02_focus_area_names.cc
std::unique_ptr<Rule> MakeFocusAreaCoverage();     // r02_focus_area_coverage.cc
std::unique_ptr<Rule> MakeRequiredDocuments();     // r03_required_documents.cc
std::unique_ptr<Rule> MakeFixedGoals();            // r04_fixed_goals.cc
std::unique_ptr<Rule> MakeFixedBaselines();        // r04_fixed_baselines.cc
std::unique_ptr<Rule> MakeUnits();                 // r05_units.cc
std::unique_ptr<Rule> MakeValueRange();            // r05_value_range.cc
std::unique_ptr<Rule> MakeMissingStatus();         // r06_missing_status.cc
std::unique_ptr<Rule> MakeBaselineYear();          // r07_baseline_year.cc
std::unique_ptr<Rule> MakeBaselineDate();          // r07_baseline_date.cc
std::unique_ptr<Rule> MakeElection();              // r07_election.cc
std::unique_ptr<Rule> MakeGoalRows();              // r08_goal_rows.cc
std::unique_ptr<Rule> MakeTarget();                // r08_target.cc
std::unique_ptr<Rule> MakeActivityForms();         // r09_activity_forms.cc
std::unique_ptr<Rule> MakeActivityFields();        // r10_activity_fields.cc
std::unique_ptr<Rule> MakeTemplateText();          // r11_template_text.cc
std::unique_ptr<Rule> MakeStaffAllocation();       // r12_staff_allocation.cc
std::unique_ptr<Rule> MakeBudgetReconciliation();  // r13_budget_reconciliation.cc
std::unique_ptr<Rule> MakeBudgetArithmetic();      // r14_budget_arithmetic.cc
std::unique_ptr<Rule> MakeCofinancing();           // r14_cofinancing.cc
std::unique_ptr<Rule> MakeGovernance();            // r19_governance.cc
std::unique_ptr<Rule> MakePreparedness();          // r20_preparedness.cc
std::unique_ptr<Rule> MakePlanName();              // r21_plan_name.cc
std::unique_ptr<Rule> MakeChangeKind();            // r26_change_kind.cc
std::unique_ptr<Rule> MakeUnitCounts();            // r29_unit_counts.cc
std::unique_ptr<Rule> MakeParentMissing();         // partial_parent_missing.cc

// True for the activity-form keys R10 can check ("purpose", "anchoring", ...);
// the pack loader refuses other names in mandatory_activity_fields.
bool IsKnownActivityField(std::string_view key);

// True for the document ids R3 can look for ("budget", "milestone_plan", ...);
// the pack loader refuses other ids in required_documents.
bool IsKnownDocumentId(std::string_view id);

}  // namespace helhed::rules
