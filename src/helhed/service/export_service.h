// SPDX-License-Identifier: Apache-2.0
// `helhed export`: the plan as it stood on a date, as LBF's documents (DOCX,
// HTML, Markdown) with each part's approval state, or as its helhed/plan@1
// text (JSON); and the plan's tables as XLSX or Danish CSV.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "helhed/base/date.h"
#include "helhed/base/statusor.h"
#include "helhed/store/store.h"

namespace helhed::service {

enum class ExportFormat { kDocx, kHtml, kMarkdown, kJson, kXlsx, kDanishCsv };

// "docx", "html", "md", "json", "xlsx", "csv"; kInvalidArgument (Danish) otherwise.
StatusOr<ExportFormat> ParseExportFormat(std::string_view name);

struct ExportRequest {
  store::PlanId plan_id = 0;
  // The plan as saved on this date (UTC, end of day); absent = newest.
  std::optional<Date> as_of;
  // The newest approved version (as of `as_of`) instead of the newest saved.
  bool approved = false;
  ExportFormat format = ExportFormat::kDocx;
  std::filesystem::path out;
  // One delaftale alone: its focus area (name or alias, any case) or its
  // number in the plan (1 = the first).
  std::optional<std::string> sub_agreement;
  // The plan's tables (goals, staff, budget, milestones; then its data,
  // data_tables.h: the dashboards' numbers and the § 61 a results, up to
  // the year of `as_of`) instead of the documents; format kXlsx or kDanishCsv.
  bool tables = false;
  // With `tables`: only this table ("maal", "medarbejdere", "budget",
  // "milepaele", "maalinger", "lister"); required for CSV, which holds one
  // table per file.
  std::optional<std::string> table;
  std::filesystem::path data_dir;  // holds import/labels-*.json and the indicator definitions
};

struct ExportResult {
  int revision = 0;
  std::string summary;  // Danish: what was written
};

// Errors: kNotFound for an unknown plan, a date before the plan existed, no
// approved version, an unknown delaftale (the message lists the plan's);
// kInvalidArgument for a format that does not fit (tables as DOCX, one
// delaftale as JSON); kUnavailable when `out` cannot be written (nothing is
// left half-written); kDataLoss when the stored revision cannot be read.
StatusOr<ExportResult> ExportPlan(store::Store& store, const ExportRequest& request);

}  // namespace helhed::service
