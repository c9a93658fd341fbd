// SPDX-License-Identifier: Apache-2.0
// Which version of a plan is approved and what awaits whom, from the stored
// revisions (with the routed parts each changed) and the recorded decisions.
//
// States of one routed change (a part changed in revision r, routed to A):
//
//      saved ──────────────► pending ("afventer bestyrelsens godkendelse" /
//                               │      "afventer LBF-godkendelse")
//                               │ A's decision recorded for a revision N >= r
//                               ▼
//                            approved (by A, on the decision's date)
//
// Invariants:
//  1. A decision by A on revision N approves every A-routed change in
//     revisions <= N: A approved the plan as it stood in N.
//  2. Revision R is an approved version when, for each approver A, the last
//     A-routed change at or before R (if any) was approved by a decision on
//     some N >= that change with no A-routed change in between R and N:
//     A approved exactly R's content of A's parts.
//  3. With `as_of`, only decisions dated on or before it count.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "helhed/base/date.h"
#include "helhed/store/records.h"

namespace helhed::service {

struct ChangeState {
  int revision = 0;
  store::PartChange change;
  std::optional<store::Approval> approved_by;  // the first decision covering it
};

struct ApprovalStatus {
  // Per revision (same order as the input), its changes with their state.
  std::vector<std::vector<ChangeState>> changes;
  // Per revision: is it an approved version (invariant 2)?
  std::vector<bool> revision_approved;
  // The newest approved revision, if any.
  std::optional<int> latest_approved;
  // Changes still awaiting a decision, oldest first.
  std::vector<ChangeState> pending;
};

// REQUIRES: `revisions` are one plan's, ordered 1..n without gaps.
ApprovalStatus ComputeApprovalStatus(const std::vector<store::RevisionInfo>& revisions,
                                     const std::vector<store::Approval>& approvals,
                                     std::optional<Date> as_of = std::nullopt);

// "afventer bestyrelsens godkendelse", "afventer LBF-godkendelse (efter
// bestyrelsens enstemmige indstilling)", "godkendt af bestyrelsen 14.03.2024
// (Bestyrelsesmøde 3)".
std::string ChangeStateText(const ChangeState& state);

// The sentence a document carries under a part's heading: "Godkendt af
// bestyrelsen den 12.03.2025 (Bestyrelsesmøde 12.03.2025, pkt. 4).",
// "Afventer godkendelse i Landsbyggefonden.".
std::string ApprovalSentence(const ChangeState& state);

// "bestyrelsen" / "LBF".
std::string ApproverText(store::Approver approver);

}  // namespace helhed::service
