// SPDX-License-Identifier: Apache-2.0
// The approval computation of approval_state.h.
#include "helhed/service/approval_state.h"

#include <fmt/format.h>

namespace helhed::service {
namespace {

// Decisions that count: all, or those dated on or before as_of.
std::vector<const store::Approval*> Counted(const std::vector<store::Approval>& approvals,
                                            std::optional<Date> as_of) {
  std::vector<const store::Approval*> out;
  for (const auto& approval : approvals) {
    if (!as_of || approval.decision_date <= *as_of) out.push_back(&approval);
  }
  return out;
}

}  // namespace

std::string ApproverText(store::Approver approver) {
  return approver == store::Approver::kBoard ? "bestyrelsen" : "LBF";
}

ApprovalStatus ComputeApprovalStatus(const std::vector<store::RevisionInfo>& revisions,
                                     const std::vector<store::Approval>& approvals, std::optional<Date> as_of) {
  const std::vector<const store::Approval*> counted = Counted(approvals, as_of);
  const int n = static_cast<int>(revisions.size());
  ApprovalStatus status;
  status.changes.resize(revisions.size());
  status.revision_approved.assign(revisions.size(), false);

  // last_change[A][r]: the newest revision <= r with an A-routed change (0: none).
  std::vector<int> last_change[2] = {std::vector<int>(n + 1, 0), std::vector<int>(n + 1, 0)};
  for (int r = 1; r <= n; ++r) {
    for (int a = 0; a < 2; ++a) last_change[a][r] = last_change[a][r - 1];
    for (const auto& change : revisions[r - 1].changes) last_change[static_cast<int>(change.approver)][r] = r;
  }

  for (int r = 1; r <= n; ++r) {
    for (const auto& change : revisions[r - 1].changes) {
      ChangeState state{r, change, std::nullopt};
      for (const store::Approval* approval : counted) {
        if (approval->approver != change.approver || approval->revision < r) continue;
        if (!state.approved_by || approval->decision_date < state.approved_by->decision_date) {
          state.approved_by = *approval;
        }
      }
      if (!state.approved_by) status.pending.push_back(state);
      status.changes[r - 1].push_back(std::move(state));
    }
    bool approved = true;
    for (int a = 0; a < 2; ++a) {
      const int needed = last_change[a][r];
      if (needed == 0) continue;
      bool covered = false;
      for (const store::Approval* approval : counted) {
        if (static_cast<int>(approval->approver) != a || approval->revision < needed || approval->revision > n) continue;
        if (last_change[a][approval->revision] == needed) covered = true;
      }
      approved = approved && covered;
    }
    status.revision_approved[r - 1] = approved;
    if (approved) status.latest_approved = r;
  }
  return status;
}

std::string ApprovalSentence(const ChangeState& state) {
  if (state.approved_by) {
    const std::string who =
        state.approved_by->approver == store::Approver::kBoard ? "bestyrelsen" : "Landsbyggefonden";
    return fmt::format("Godkendt af {} den {} ({}).", who, state.approved_by->decision_date.ToDanishNumeric(),
                       state.approved_by->reference);
  }
  if (state.change.approver == store::Approver::kBoard) return "Afventer godkendelse i bestyrelsen.";
  if (state.change.requires_board_consensus) {
    return "Afventer godkendelse i Landsbyggefonden (efter bestyrelsens enstemmige vedtagelse).";
  }
  return "Afventer godkendelse i Landsbyggefonden.";
}

std::string ChangeStateText(const ChangeState& state) {
  if (state.approved_by) {
    return fmt::format("godkendt af {} {} ({})", ApproverText(state.approved_by->approver),
                       state.approved_by->decision_date.ToDanishNumeric(), state.approved_by->reference);
  }
  if (state.change.approver == store::Approver::kBoard) return "afventer bestyrelsens godkendelse";
  if (state.change.requires_board_consensus) {
    return "afventer LBF-godkendelse (efter bestyrelsens enstemmige vedtagelse)";
  }
  return "afventer LBF-godkendelse";
}

}  // namespace helhed::service
