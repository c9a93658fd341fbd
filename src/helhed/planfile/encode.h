// SPDX-License-Identifier: Apache-2.0
// Internal: model::Plan to an ordered json tree in the canonical key order.
#pragma once

#include <nlohmann/json.hpp>

#include "helhed/model/plan.h"

namespace helhed::planfile::internal {

// Never throws (apart from std::bad_alloc).
nlohmann::ordered_json EncodePlan(const model::Plan& plan);

}  // namespace helhed::planfile::internal
