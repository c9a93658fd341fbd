// SPDX-License-Identifier: Apache-2.0
// The one place plandiff calls the throwing JSON parser.
#include "helhed/plandiff/json_text.h"

#include <fmt/format.h>

namespace helhed::plandiff::internal {

void DropIndicatorKeys(nlohmann::ordered_json& node) {
  if (node.is_array()) {
    for (auto& item : node) DropIndicatorKeys(item);
    return;
  }
  if (!node.is_object()) return;
  for (auto& [name, value] : node.items()) {
    if (name == "indicators" && value.is_array()) {
      for (auto& indicator : value) {
        if (indicator.is_object()) indicator.erase(std::string(kIndicatorKey));
      }
    } else {
      DropIndicatorKeys(value);
    }
  }
}

StatusOr<nlohmann::ordered_json> ParsePlanObject(std::string_view text, std::string_view what) {
  nlohmann::ordered_json doc = nlohmann::ordered_json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return InvalidArgumentError(fmt::format("{} er ikke gyldig JSON", what));
  if (!doc.is_object()) return InvalidArgumentError(fmt::format("{} er ikke et JSON-objekt", what));
  return doc;
}

}  // namespace helhed::plandiff::internal
