// SPDX-License-Identifier: Apache-2.0
// Write-side use cases of the web application: editing a delmål (which saves
// a new revision with its approval routing) and recording the board's
// decision or LBF's approval of a revision. All input is validated before
// anything is written, so a refused edit leaves the plan as it was.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/store/records.h"
#include "helhed/store/store.h"

namespace helhed::service {

// A delmål as typed into the form: its text and, per indicator, the name
// and the baseline values as Danish number text ("42,6"), in the order the
// plan lists them. An empty value keeps a baseline that has no number
// (e.g. "Ingen data"); a number replaces the status.
struct IndicatorEdit {
  std::string name;
  std::vector<std::string> baseline_values;
};
struct GoalEdit {
  std::string text;
  std::vector<IndicatorEdit> indicators;
};

// Saves the edited delmål `goal_index` of delaftale `sub_index` (0-based) as
// a new revision on top of `base_revision`, the revision the form showed.
// Errors: kNotFound for an unknown plan, delaftale or delmål;
// kInvalidArgument (Danish, naming the field) for an empty text or name, a
// baseline value that is not a number, or a form that does not match the
// delmål's indicators; kAborted when someone saved the plan after
// `base_revision` (the message names who and when); kFailedPrecondition when
// nothing changed.
StatusOr<store::RevisionInfo> SaveGoalEdit(store::Store& store, const std::filesystem::path& data_dir,
                                           store::PlanId plan_id, int base_revision, std::size_t sub_index,
                                           std::size_t goal_index, const GoalEdit& edit,
                                           std::string_view author);

// Records the board's decision or LBF's approval of `revision`.
// `decision_date` is ISO text (what <input type=date> sends). Errors:
// kInvalidArgument for a bad date, a date after today or an empty
// reference; kNotFound for an unknown plan or revision; kFailedPrecondition
// when nothing in the plan up to `revision` awaits this approver.
Status RecordDecision(store::Store& store, store::PlanId plan_id, int revision, store::Approver approver,
                      std::string_view decision_date, std::string_view reference, std::string_view recorded_by,
                      Date today);

}  // namespace helhed::service
