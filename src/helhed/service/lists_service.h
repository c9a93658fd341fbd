// SPDX-License-Identifier: Apache-2.0
// The § 61 a lists use case shared by the command line and the web
// application: read criteria from the register engine (with an areas file)
// or from a criteria table, classify every area for a list year, and write
// the result as Danish text, JSON, CSV or XLSX.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "helhed/base/statusor.h"
#include "helhed/lists/report.h"

namespace helhed::service {

struct ListsRequest {
  int list_year = 0;
  // Exactly one input: a criteria table, or a register store with an areas file.
  std::optional<std::filesystem::path> criteria_file;
  std::optional<std::filesystem::path> register_dir;
  std::optional<std::filesystem::path> areas_file;
  std::string area_level = "boligområde";
  // --national-convicted as typed ("0,76" or "0,76 %"): percent of residents.
  std::optional<std::string> national_convicted;
  // Where data/lists/ is; empty: lists::DefaultDataDir().
  std::filesystem::path data_dir;
};

// Classifies every area for request.list_year. kInvalidArgument (Danish) for
// a bad request or bad input, kNotFound for a missing file, list year or
// register year, kFailedPrecondition when the national convicted share is
// unknown; nothing is written.
StatusOr<lists::ListsReport> ComputeLists(const ListsRequest& request);

// Writes `report` to `out` by extension: .json (helhed/lists@1), .csv or
// .xlsx (one row per area). Via a temporary file and a rename, so a failure
// leaves nothing half-written. kInvalidArgument for another extension,
// kUnavailable when the file cannot be written.
// `danish_csv`: a .csv file is Danish CSV (semicolons, decimal comma, BOM).
Status WriteLists(const lists::ListsReport& report, const std::filesystem::path& out, bool danish_csv = false);

// Checks the extension of `out` before any work is done.
Status CheckListsOutput(const std::filesystem::path& out);

}  // namespace helhed::service
