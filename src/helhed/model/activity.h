// SPDX-License-Identifier: Apache-2.0
// Activity: one activity form (aktivitetsskema) of a delaftale.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace helhed::model {

// SuccessCriterion (succeskriterium) with its datakilde.
struct SuccessCriterion {
  std::string text;
  std::optional<std::string> data_source;

  friend bool operator==(const SuccessCriterion&, const SuccessCriterion&) = default;
};

// ActivityStatus: where an activity stands, for the board's status report.
// Not a field of LBF's form; the secretariat keeps it up to date in helhed.
enum class ActivityStatus {
  kPlanned,  // planlagt: not started
  kRunning,  // i gang
  kPaused,   // sat i bero
  kDone,     // afsluttet as planned
  kStopped,  // stoppet before its end
};

// Activity (aktivitet / aktivitetsskema). The fields are the form's labels:
// Aktivitetsnavn, Formål, Målgruppe(r), Indhold og praksis, Aktører der
// inddrages, Ansvars- og rollefordeling, Succeskriterier, Datakilde, Forankring.
struct Activity {
  std::string name;
  std::optional<std::string> purpose;
  std::optional<std::string> target_groups;
  std::optional<std::string> content;
  std::optional<std::string> actors;
  std::optional<std::string> responsibilities;
  std::optional<std::vector<SuccessCriterion>> success_criteria;
  // 2015-18 template only.
  std::optional<std::string> data_source;
  std::optional<std::string> anchoring;
  // helhed's own: the activity's status and a short remark on it.
  std::optional<ActivityStatus> status;
  std::optional<std::string> status_note;

  friend bool operator==(const Activity&, const Activity&) = default;
};

}  // namespace helhed::model
