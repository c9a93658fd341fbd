// SPDX-License-Identifier: Apache-2.0
// Plan views, approval state and history.
#include "helhed/service/plan_view_service.h"

#include <algorithm>
#include <exception>

#include "helhed/base/status_macros.h"
#include "helhed/planfile/plan_json.h"
#include "helhed/plandiff/plan_diff.h"
#include "helhed/plandiff/plan_part.h"
#include "helhed/rules/check.h"
#include "helhed/rules/pack_loader.h"
#include "helhed/service/approval_state.h"

namespace helhed::service {
StatusOr<PlanView> LoadPlanView(store::Store& store, store::PlanId plan_id, const std::filesystem::path& data_dir) {
  PlanView view;
  HELHED_ASSIGN_OR_RETURN(view.summary, store.GetPlan(plan_id));
  HELHED_ASSIGN_OR_RETURN(store::Revision head, store.GetRevision(plan_id, view.summary.head_revision));
  view.head = head.info;
  StatusOr<model::Plan> plan = planfile::ParsePlanJson(head.plan_json);
  if (!plan.ok()) {
    return DataLossError("den gemte plan " + std::to_string(plan_id) + " kan ikke læses: " + plan.status().message());
  }
  view.plan = std::move(*plan);
  StatusOr<rules::GrantFramePack> pack = rules::LoadGrantFramePack(data_dir, view.plan.grant_frame);
  if (pack.ok()) {
    // CheckPlan promises not to fail; if it throws anyway, the page still shows
    // the plan and says it could not be checked.
    try {
      view.findings = rules::CheckPlan(view.plan, *pack);
    } catch (const std::exception& e) {
      view.check_problem = std::string("planen kunne ikke tjekkes på grund af en intern fejl i tjekket (") +
                           e.what() + ")";
    }
  } else {
    view.check_problem = "planen kan ikke tjekkes: " + pack.status().message();
  }
  HELHED_ASSIGN_OR_RETURN(view.revisions, store.ListRevisions(plan_id));
  HELHED_ASSIGN_OR_RETURN(view.approvals, store.ListApprovals(plan_id));
  return view;
}

std::string ApprovalState(const std::vector<store::RevisionInfo>& revisions,
                          const std::vector<store::Approval>& approvals) {
  const ApprovalStatus status = ComputeApprovalStatus(revisions, approvals);
  const std::string approved =
      status.latest_approved ? "revision " + std::to_string(*status.latest_approved) : std::string();
  if (status.pending.empty()) return approved.empty() ? "Intet afventer godkendelse" : "Godkendt (" + approved + ")";
  bool board = false;
  bool lbf = false;
  for (const ChangeState& state : status.pending) {
    board = board || state.change.approver == store::Approver::kBoard;
    lbf = lbf || state.change.approver == store::Approver::kLbf;
  }
  std::string text = "Afventer ";
  text += board && lbf ? ApproverText(store::Approver::kBoard) + " og " + ApproverText(store::Approver::kLbf)
                       : ApproverText(board ? store::Approver::kBoard : store::Approver::kLbf);
  if (!approved.empty()) text += "; godkendt version: " + approved;
  return text;
}

std::string PeriodText(const model::Plan& plan) {
  if (!plan.period) return "Ingen periode";
  if (plan.period->start && plan.period->end) {
    return plan.period->start->ToDanishNumeric() + " – " + plan.period->end->ToDanishNumeric();
  }
  if (plan.period->as_written) return *plan.period->as_written;
  return "Ufuldstændig periode";
}

StatusOr<std::vector<HistoryEntry>> PlanHistory(store::Store& store, store::PlanId plan_id) {
  HELHED_ASSIGN_OR_RETURN(std::vector<store::RevisionInfo> infos, store.ListRevisions(plan_id));
  HELHED_ASSIGN_OR_RETURN(std::vector<store::Approval> approvals, store.ListApprovals(plan_id));
  const ApprovalStatus status = ComputeApprovalStatus(infos, approvals);
  std::vector<HistoryEntry> history;
  std::string previous_json;
  for (std::size_t rev_idx = 0; rev_idx < infos.size(); ++rev_idx) {
    const store::RevisionInfo& info = infos[rev_idx];
    HELHED_ASSIGN_OR_RETURN(store::Revision revision, store.GetRevision(plan_id, info.revision));
    HistoryEntry entry;
    entry.info = info;
    if (!info.parent) {
      entry.changes = {"Planen oprettet"};
    } else {
      if (*info.parent != info.revision - 1 || previous_json.empty()) {
        HELHED_ASSIGN_OR_RETURN(store::Revision parent, store.GetRevision(plan_id, *info.parent));
        previous_json = parent.plan_json;
      }
      HELHED_ASSIGN_OR_RETURN(entry.changes, plandiff::DiffPlans(previous_json, revision.plan_json));
    }
    for (const ChangeState& state : status.changes[rev_idx]) {
      entry.part_states.push_back(plandiff::PartLabel(state.change.part, state.change.focus_area) + ": " +
                                  ChangeStateText(state));
    }
    for (const store::Approval& approval : approvals) {
      if (approval.revision == info.revision) entry.approvals.push_back(approval);
    }
    previous_json = std::move(revision.plan_json);
    history.push_back(std::move(entry));
  }
  std::reverse(history.begin(), history.end());
  return history;
}

}  // namespace helhed::service
