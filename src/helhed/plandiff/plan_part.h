// SPDX-License-Identifier: Apache-2.0
// The parts of a plan that are approved separately (domain README §5): each
// delaftale by its focus area, the budget, the kommissorium, the
// beredskabsplan, the milepælsplan, and everything else as the strategic
// agreement. ChangedParts() says which parts differ between two plan texts.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/base/statusor.h"

namespace helhed::plandiff {

enum class PlanPart {
  kStrategicAgreement,  // strategisk samarbejdsaftale: all keys not named below
  kSubAgreement,        // one sub_agreements[] entry (delaftale), by focus_area
  kBudget,
  kTermsOfReference,  // kommissorium
  kPreparednessPlan,  // beredskabsplan
  kMilestones,        // milepælsplan
};

// The names the grant-frame packs use in `approval_routing[].part`:
// "strategic_agreement", "sub_agreement", "budget", "terms_of_reference",
// "preparedness_plan", "milestones".
std::string_view PlanPartName(PlanPart part);
std::optional<PlanPart> ParsePlanPart(std::string_view name);

struct ChangedPart {
  PlanPart part;
  std::string focus_area;  // set for kSubAgreement
  friend bool operator==(const ChangedPart&, const ChangedPart&) = default;
};

// Danish label: "Strategisk samarbejdsaftale", "Delaftale Beskæftigelse",
// "Budget", "Kommissorium", "Beredskabsplan", "Milepælsplan".
std::string PartLabel(PlanPart part, std::string_view focus_area);
// The same from a part name as stored; unknown names are shown as given.
std::string PartLabel(std::string_view part_name, std::string_view focus_area);

// Parts whose JSON differs between `before` and `after` (helhed/plan@1 text).
// An empty `before` means a new plan: every part present in `after` counts as
// changed. Order: strategic agreement, delaftaler in `after`'s order (then
// removed ones), budget, kommissorium, beredskabsplan, milepælsplan.
// kInvalidArgument if either text is not a JSON object.
StatusOr<std::vector<ChangedPart>> ChangedParts(std::string_view before, std::string_view after);

}  // namespace helhed::plandiff
