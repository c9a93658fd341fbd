// SPDX-License-Identifier: Apache-2.0
// Internal: finds where a JSON pointer's value sits in the plan text, so that
// structural errors get a line and column as well as a pointer.
#pragma once

#include <cstddef>
#include <string_view>

namespace helhed::planfile::internal {

// Byte offset of the value `pointer` names in `text`. When a segment does not
// exist (a missing key), the offset of the deepest value that does exist,
// i.e. the enclosing object. `text` should be well-formed JSON; on anything
// else the result is some offset within `text`, never out of bounds. Linear
// in the size of the text, without recursion.
std::size_t LocatePointer(std::string_view text, std::string_view pointer);

}  // namespace helhed::planfile::internal
