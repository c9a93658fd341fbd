// SPDX-License-Identifier: Apache-2.0
// Read-side use cases for the web pages and the API: a plan's current
// revision decoded and checked, its approval state, its history with
// readable diffs.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/model/plan.h"
#include "helhed/rules/finding.h"
#include "helhed/store/records.h"
#include "helhed/store/store.h"

namespace helhed::service {

struct PlanView {
  store::PlanSummary summary;
  store::RevisionInfo head;
  model::Plan plan;
  // `helhed check` on the head revision, in CheckPlan's order.
  std::vector<rules::Finding> findings;
  // Set when the plan could not be checked (its grant-frame pack is missing
  // or broken); Danish.
  std::optional<std::string> check_problem;
  std::vector<store::RevisionInfo> revisions;  // oldest first
  std::vector<store::Approval> approvals;
};

// kNotFound for an unknown plan; kDataLoss when the stored text is not a
// valid plan (it was valid when saved).
StatusOr<PlanView> LoadPlanView(store::Store& store, store::PlanId plan_id, const std::filesystem::path& data_dir);

// The approval state in Danish, from approval_state.h: "Godkendt (revision
// N)" when nothing awaits a decision, else "Afventer bestyrelsen og LBF",
// followed by "; godkendt version: revision N" when an earlier one is.
std::string ApprovalState(const std::vector<store::RevisionInfo>& revisions,
                          const std::vector<store::Approval>& approvals);

// "1.1.2023 – 31.12.2026", the period as written, or "Ingen periode".
std::string PeriodText(const model::Plan& plan);

struct HistoryEntry {
  store::RevisionInfo info;
  // Danish sentences from plandiff::DiffPlans against the parent; for the
  // first revision, "Planen oprettet".
  std::vector<std::string> changes;
  // Each part this revision changed with its approval state:
  // "Delaftale Beskæftigelse: afventer bestyrelsens godkendelse".
  std::vector<std::string> part_states;
  std::vector<store::Approval> approvals;  // of this revision
};

// Newest first. kNotFound for an unknown plan.
StatusOr<std::vector<HistoryEntry>> PlanHistory(store::Store& store, store::PlanId plan_id);

}  // namespace helhed::service
