// SPDX-License-Identifier: Apache-2.0
// DOCX to blocks: the ooxml document model flattened into the same blocks a
// text file gives, so one set of recognisers reads both. Table rows keep
// their cells (merged cells resolved), paragraphs keep heading and list
// levels; the block's line is the paragraph number in the body.
#pragma once

#include <string_view>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/import/block.h"
#include "helhed/ooxml/docx_document.h"

namespace helhed::import {

// Reads a .docx and flattens it. kInvalidArgument (Danish) as
// ooxml::ReadDocx, and when the document holds no text.
StatusOr<std::vector<Block>> BlocksFromDocx(std::string_view bytes);

// Flattens an already parsed document (for tests and the fuzzer).
std::vector<Block> BlocksFromDocument(const ooxml::Document& document);

}  // namespace helhed::import
