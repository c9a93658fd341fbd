// SPDX-License-Identifier: Apache-2.0
// OverallGoal (section 5 of the strategic agreement) and Goal (a delmål of a
// delaftale), each with its indicators.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "helhed/model/indicator.h"

namespace helhed::model {

// OverallGoal (overordnet mål): one of the fixed goals, e.g. "G1", with the
// focus area it belongs to and its fixed indicators.
struct OverallGoal {
  std::optional<std::string> goal_id;
  std::string text;
  std::optional<std::string> focus_area;
  std::optional<std::vector<Indicator>> indicators;

  friend bool operator==(const OverallGoal&, const OverallGoal&) = default;
};

// Goal (delmål): a local sub-goal of a delaftale.
struct Goal {
  std::string text;
  std::optional<std::vector<Indicator>> indicators;

  friend bool operator==(const Goal&, const Goal&) = default;
};

}  // namespace helhed::model
