// SPDX-License-Identifier: Apache-2.0
// Turns the bytes of a .txt or .md file into blocks, refusing what is not a
// text document: empty, binary or too large input.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/import/block.h"

namespace helhed::import {

// Files above this size (50 MB) are refused before any parsing; the largest
// real plan package is about 170 KB of text or 2 MB of DOCX.
inline constexpr std::size_t kMaxImportBytes = 50u * 1024u * 1024u;

// Splits text into blocks: one per non-blank line, a tab-separated line with
// two or more cells becomes a row (a row with only its first cell filled is a
// label swallowed by a table and becomes plain text), markdown separator rows
// are dropped. A UTF-8 byte-order mark is skipped; CRLF is accepted.
// kInvalidArgument (Danish message) when the text is empty or blank, larger
// than kMaxImportBytes, holds NUL bytes, or is not valid UTF-8 (binary data).
StatusOr<std::vector<Block>> BlocksFromText(std::string_view text);

// One line of text as a block: tab-separated cells become a row by the rule
// of BlocksFromText. nullopt for a blank line or a separator row.
std::optional<Block> LineBlock(int line_number, std::string_view line, int blank_lines_before);

// True when `text` is valid UTF-8 (for DOCX runs as well).
bool IsValidUtf8(std::string_view text);

}  // namespace helhed::import
