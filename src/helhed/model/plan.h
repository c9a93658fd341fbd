// SPDX-License-Identifier: Apache-2.0
// Plan: a whole plan package (strategisk samarbejdsaftale with its
// delaftaler, budget, milepælsplan, beredskabsplan, kommissorium and
// attachments), mirroring the top level of docs/plan-format.md key by key.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/model/attachment.h"
#include "helhed/model/budget.h"
#include "helhed/model/focus_area.h"
#include "helhed/model/goal.h"
#include "helhed/model/housing_area.h"
#include "helhed/model/milestone.h"
#include "helhed/model/municipality.h"
#include "helhed/model/organisation.h"
#include "helhed/model/party.h"
#include "helhed/model/period.h"
#include "helhed/model/preparedness_plan.h"
#include "helhed/model/sub_agreement.h"
#include "helhed/model/terms_of_reference.h"

namespace helhed::model {

// The format id a plan file carries in its `format` key.
inline constexpr std::string_view kPlanFormatId = "helhed/plan@1";

// Plan (boligsocial helhedsplan / boligsocial indsats).
//
// Invariants of the model (the codec keeps them; docs/plan-format.md):
//  1. Every optional key of the format is a std::optional here, so a key that
//     is absent and a key that is present but empty ("", []) stay apart and
//     a file read and written again is byte-identical.
//  2. Required keys are plain members.
//  3. `grant_frame` is a pack id ("2019-26"); which ids exist is data
//     (data/grant-frames/), checked by the rules, not by the model.
struct Plan {
  std::string name;
  std::string grant_frame;
  std::optional<Municipality> municipality;
  // Samarbejdsaftalen gælder fra - til.
  std::optional<Period> period;
  std::optional<std::vector<Party>> parties;
  std::optional<std::vector<HousingArea>> housing_areas;
  // 1. Kort om boligområdet.
  std::optional<std::string> description;
  // 2. Vision for boligområdet.
  std::optional<std::string> vision;
  // 3. Organisering.
  std::optional<Organisation> organisation;
  // 4. Samspil med centrale tiltag og indsatser i boligområdet.
  std::optional<std::string> municipal_interplay;
  // 5. Overordnede mål og indikatorer.
  std::optional<std::vector<OverallGoal>> overall_goals;
  // 6. Indsatsområder.
  std::optional<std::vector<FocusArea>> focus_areas;
  // 7. Lokal evaluering.
  std::optional<std::string> local_evaluation;
  // 8. Revision af samarbejdsaftalen.
  std::optional<std::string> revision;
  std::optional<std::vector<SubAgreement>> sub_agreements;
  // Absent: the package holds no budget.
  std::optional<Budget> budget;
  // Absent: the package holds no milestone plan.
  std::optional<std::vector<Milestone>> milestones;
  std::optional<PreparednessPlan> preparedness_plan;
  std::optional<TermsOfReference> terms_of_reference;
  std::optional<std::vector<Attachment>> attachments;

  friend bool operator==(const Plan&, const Plan&) = default;
};

}  // namespace helhed::model
