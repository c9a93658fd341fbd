// SPDX-License-Identifier: Apache-2.0
// Use cases for plans in the store, shared by `helhed plan ...` and the web
// application: add and update (every save a revision, routed for approval by
// the grant-frame pack), show as saved or as approved on a date, history,
// Danish diff between revisions, and recording approvals.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/base/date.h"
#include "helhed/base/statusor.h"
#include "helhed/service/approval_state.h"
#include "helhed/store/records.h"
#include "helhed/store/store.h"

namespace helhed::service {

// The parts that differ between two canonical plan texts (`before` empty for
// a new plan), each with its routing from data_dir's pack for `grant_frame`.
// kNotFound for an unknown frame; kFailedPrecondition when the pack does not
// route a changed part.
StatusOr<std::vector<store::PartChange>> RouteChanges(const std::filesystem::path& data_dir,
                                                      std::string_view grant_frame, std::string_view before,
                                                      std::string_view after);

// Validates `plan_text` as helhed/plan@1 (kInvalidArgument with the codec's
// Danish message and position) and stores its canonical form as revision 1.
StatusOr<store::RevisionInfo> AddPlan(store::Store& store, const std::filesystem::path& data_dir,
                                      std::string_view plan_text, std::string_view author,
                                      std::string_view message);

// Saves `plan_text` as the child of `base_revision`. kAborted (naming who
// changed what, when) when someone else saved after `base_revision`;
// kFailedPrecondition when the text equals the base (nothing to save).
StatusOr<store::RevisionInfo> UpdatePlan(store::Store& store, const std::filesystem::path& data_dir,
                                         store::PlanId plan_id, int base_revision, std::string_view plan_text,
                                         std::string_view author, std::string_view message);

// A plan as it stood: the saved state, or the approved version.
struct PlanSnapshot {
  store::PlanSummary summary;
  store::Revision revision;
  ApprovalStatus approval;         // as of `as_of` when set
  std::optional<Date> as_of;
  bool approved_version = false;   // `revision` is the latest approved one
};

// Without `as_of`: the newest revision. With it: the newest revision saved on
// or before that date (UTC). With `approved`: the newest approved version,
// counting decisions dated on or before `as_of` (or all). kNotFound when there
// is no such revision (message says which).
StatusOr<PlanSnapshot> ShowPlan(store::Store& store, store::PlanId plan_id, std::optional<Date> as_of,
                                bool approved);

// The Danish text `helhed plan show` prints: name, frame, which revision is
// shown and why, the approved version, what is pending, the delaftaler.
std::string FormatPlanSnapshot(const PlanSnapshot& snapshot);

// The Danish text `helhed plan history` prints: every revision with author,
// time, message, its changed parts and their approval state.
StatusOr<std::string> PlanHistoryText(store::Store& store, store::PlanId plan_id);

// Sentences (plandiff::DiffPlans) for what changed from `from` to `to`.
// kNotFound for an unknown plan or revision.
StatusOr<std::vector<std::string>> DiffRevisions(store::Store& store, store::PlanId plan_id, int from, int to);

// Records `approver`'s decision on `revision`. kFailedPrecondition when no
// change at or before `revision` awaits that approver; kInvalidArgument for
// an empty reference.
Status ApproveRevision(store::Store& store, store::PlanId plan_id, int revision, store::Approver approver,
                       const Date& decision_date, std::string_view reference, std::string_view recorded_by);

}  // namespace helhed::service
