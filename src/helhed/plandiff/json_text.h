// SPDX-License-Identifier: Apache-2.0
// Internal to plandiff: parses plan JSON text into a tree without letting
// nlohmann's exceptions out.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "helhed/base/statusor.h"

namespace helhed::plandiff::internal {

// An indicator's member naming it across revisions (service/indicator_keys.h):
// not plan content, so never reported or routed as a change.
inline constexpr std::string_view kIndicatorKey = "key";

// kInvalidArgument (naming `what`) unless `text` is a JSON object.
StatusOr<nlohmann::ordered_json> ParsePlanObject(std::string_view text, std::string_view what);

// `plan` without its indicators' keys.
void DropIndicatorKeys(nlohmann::ordered_json& plan);

}  // namespace helhed::plandiff::internal
