// SPDX-License-Identifier: Apache-2.0
// Internal: turns plan text into an nlohmann::json tree, or into one Danish
// error with line and column. Also refuses duplicate keys and nesting deeper
// than a plan ever needs, which nlohmann would accept.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <variant>

#include <nlohmann/json.hpp>

#include "helhed/planfile/plan_json.h"

namespace helhed::planfile::internal {

// Deeper nesting than this is refused; a plan file nests about 10 levels.
inline constexpr int kMaxJsonDepth = 64;

// More values than this are refused, so that 20 MB of "{},{},..." cannot
// make a tree of gigabytes. A realistic 20 MB plan holds about 550.000.
inline constexpr std::size_t kMaxJsonValues = 2'000'000;

// Never throws. Returns the document, or the first syntax error (with line
// and column), duplicate key, too-deep nesting or too many values (with a
// pointer).
std::variant<nlohmann::json, PlanJsonError> ParseJsonText(std::string_view text);

// Line and column (1-based; the column in UTF-8 code points) of the byte at
// `offset` in `text`; an offset at or past the end gives the position just
// after the last character.
std::pair<int, int> LineAndColumnAt(std::string_view text, std::size_t offset);

// Appends the RFC 6901 form of `key` ("a/b" -> "a~1b") to `pointer`.
std::string AppendPointer(std::string_view pointer, std::string_view key);

}  // namespace helhed::planfile::internal
