// SPDX-License-Identifier: Apache-2.0
// Internal to plandiff: parses plan JSON text into a tree without letting
// nlohmann's exceptions out.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "helhed/base/statusor.h"

namespace helhed::plandiff::internal {

// kInvalidArgument (naming `what`) unless `text` is a JSON object. Indicators'
// `key`s are left out: they name indicators, they are not plan content.
StatusOr<nlohmann::ordered_json> ParsePlanObject(std::string_view text, std::string_view what);

}  // namespace helhed::plandiff::internal
