// SPDX-License-Identifier: Apache-2.0
// Internal: json tree to model::Plan, collecting every structural error
// (wrong type, unknown or missing key, unknown enum name, bad date) with its
// JSON pointer and a Danish message.
#pragma once

#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "helhed/model/plan.h"
#include "helhed/planfile/plan_json.h"

namespace helhed::planfile::internal {

// Appends errors (at most kMaxReportedErrors in total) to `errors`; returns
// the plan only when none were found. Never throws.
std::optional<model::Plan> DecodePlan(const nlohmann::json& root,
                                      std::vector<PlanJsonError>& errors);

}  // namespace helhed::planfile::internal
