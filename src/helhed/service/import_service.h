// SPDX-License-Identifier: Apache-2.0
// Import use case: a plan document (.docx, .txt, .md) in, a helhed/plan@1
// plan and an import report out. `helhed import` calls it with a file; the
// web upload will call ImportPlanDocument with the uploaded bytes and show
// the plan and the report for review before anything is saved.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "helhed/base/statusor.h"
#include "helhed/import/import_report.h"
#include "helhed/model/plan.h"

namespace helhed::service {

struct ImportOptions {
  // Where data/import/labels-*.json live; empty = rules::DefaultDataDir().
  std::filesystem::path data_dir;
};

struct ImportOutcome {
  model::Plan plan;
  import::ImportReport report;
  // The plan as canonical helhed/plan@1 JSON text.
  std::string plan_json;
  // The report as JSON text (helhed/import-report@1).
  std::string report_json;
};

// Imports a document from its bytes; `file_name` names it in messages and
// decides nothing but the .docx fallback. Nothing is stored.
// Errors: kInvalidArgument (Danish) for empty, binary, oversized (over
// import::kMaxImportBytes) or corrupt input and for a document that is not a
// plan; kNotFound / kInvalidArgument when the label tables cannot be read.
StatusOr<ImportOutcome> ImportPlanDocument(std::string_view bytes, const std::string& file_name,
                                           const ImportOptions& options = {});

// Reads a file (refusing directories and files over the size limit before
// reading them) and imports it. kNotFound when it does not exist.
StatusOr<ImportOutcome> ImportPlanFile(const std::filesystem::path& path, const ImportOptions& options = {});

// A short Danish summary for people: documents found, fields recognised,
// fields missing, blocks not understood, warnings.
std::string ImportSummary(const ImportOutcome& outcome);

}  // namespace helhed::service
