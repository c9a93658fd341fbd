// SPDX-License-Identifier: Apache-2.0
// What changed between two versions of a plan, in Danish sentences a
// secretariat worker reads, e.g.
//   "Delaftale Beskæftigelse: delmål 2, baseline ændret fra 42,6 % til 41,9 %".
// A structural diff over the helhed/plan@1 JSON tree: array entries are
// matched by natural keys (delaftaler by focus area, activities and
// indicators by name, goals by position; between two revisions whose
// indicators have keys, indicators by key and goals by their indicators'
// keys), numbers use Danish formatting. Indicator keys are never reported.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "helhed/base/statusor.h"

namespace helhed::plandiff {

// One sentence per change, in document order (keys in `after`'s order, then
// removed ones). Empty when the plans are equal. kInvalidArgument if either
// text is not a JSON object.
StatusOr<std::vector<std::string>> DiffPlans(std::string_view before, std::string_view after);

}  // namespace helhed::plandiff
