// SPDX-License-Identifier: Apache-2.0
// Milestone: one entry of the milepælsplan.
#pragma once

#include <optional>
#include <string>

#include "helhed/base/date.h"

namespace helhed::model {

// MilestoneStatus: planlagt, gennemført, forsinket, aflyst.
enum class MilestoneStatus {
  kPlanned,
  kDone,
  kDelayed,
  kCancelled,
};

// Milestone (milepæl).
struct Milestone {
  Date date{1970, 1, 1};
  std::string title;
  std::optional<std::string> focus_area;
  MilestoneStatus status = MilestoneStatus::kPlanned;

  friend bool operator==(const Milestone&, const Milestone&) = default;
};

}  // namespace helhed::model
