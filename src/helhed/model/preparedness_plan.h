// SPDX-License-Identifier: Apache-2.0
// PreparednessPlan: the beredskabsplan, with its two activation paths (with
// and without a police case), numbered steps and crisis communication.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "helhed/base/date.h"
#include "helhed/model/organisation.h"
#include "helhed/model/party.h"

namespace helhed::model {

// PathKind: med politisag / uden politisag.
enum class PathKind {
  kWithPoliceCase,
  kWithoutPoliceCase,
};

// ActivationPath (aktiveringsspor): who leads and who takes part.
struct ActivationPath {
  PathKind kind = PathKind::kWithPoliceCase;
  std::optional<std::string> lead;
  std::optional<std::vector<Member>> participants;

  friend bool operator==(const ActivationPath&, const ActivationPath&) = default;
};

// PreparednessStep (trin): a numbered step of the plan.
struct PreparednessStep {
  int number = 0;
  std::string text;

  friend bool operator==(const PreparednessStep&, const PreparednessStep&) = default;
};

// Audience (målgruppe for krisekommunikation).
enum class Audience {
  kMedier,
  kBeboere,
  kSamarbejdspartnere,
};

// CommunicationLine: one row of the crisis-communication matrix.
struct CommunicationLine {
  Audience audience = Audience::kBeboere;
  std::optional<std::string> responsible;
  std::optional<std::string> channel;

  friend bool operator==(const CommunicationLine&, const CommunicationLine&) = default;
};

// PreparednessPlan (beredskabsplan). LBF must approve it before tilsagn.
struct PreparednessPlan {
  std::optional<std::vector<ActivationPath>> paths;
  std::optional<std::vector<PreparednessStep>> steps;
  // Who is contacted (opsøgende indsats).
  std::optional<std::vector<std::string>> outreach_targets;
  std::optional<std::vector<CommunicationLine>> communication;
  std::optional<std::vector<Signature>> signatures;
  std::optional<Date> lbf_approval_date;

  friend bool operator==(const PreparednessPlan&, const PreparednessPlan&) = default;
};

}  // namespace helhed::model
