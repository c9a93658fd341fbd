// SPDX-License-Identifier: Apache-2.0
// The importer's entry points: a .txt/.md text or a .docx file in, a
// model::Plan and an ImportReport out. The web upload and `helhed import`
// both come here through service/import_service.h.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/import/block.h"
#include "helhed/import/import_report.h"
#include "helhed/import/label_table.h"
#include "helhed/model/plan.h"

namespace helhed::import {

struct ImportResult {
  model::Plan plan;
  ImportReport report;
};

// Reads data/import/labels-2019-26.json and labels-2015-18.json under
// `data_dir`. kNotFound / kInvalidArgument as LabelTable::Load.
StatusOr<LabelTable> LoadLabelTables(const std::filesystem::path& data_dir);

// Imports blocks (from text or DOCX). kInvalidArgument with a Danish message
// when nothing in them is a plan document.
StatusOr<ImportResult> ImportBlocks(const std::vector<Block>& blocks, const LabelTable& labels,
                                    const std::string& source_name, const std::string& format);

// Imports the bytes of a file: DOCX when they start as a zip archive or the
// name ends in .docx, text otherwise. kInvalidArgument (Danish) for empty,
// binary, oversized or corrupt input and for a document that is not a plan.
StatusOr<ImportResult> ImportBytes(std::string_view bytes, const std::string& source_name, const LabelTable& labels);

}  // namespace helhed::import
