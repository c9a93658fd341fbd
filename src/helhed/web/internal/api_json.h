// SPDX-License-Identifier: Apache-2.0
// Internal: what every JSON API handler (api*.cc) shares.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace helhed::web::internal {

// The reply body; invalid UTF-8 in stored text must not make dump() throw.
inline std::string ApiDump(const nlohmann::json& value) {
  return value.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace helhed::web::internal
