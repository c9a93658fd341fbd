// SPDX-License-Identifier: Apache-2.0
// The `check` use case: read a plan file, parse it, load its grant-frame pack
// and run the plan rules; plus the two report formats (Danish text and the
// stable JSON documented in docs/rules.md). Shared by the CLI and the web.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/rules/finding.h"

namespace helhed::service {

struct CheckOptions {
  // Where data/grant-frames and data/template-text live; empty means
  // rules::DefaultDataDir().
  std::filesystem::path data_dir;
};

struct CheckReport {
  std::string plan_path;  // as given
  std::string plan_name;
  std::string grant_frame;
  std::vector<rules::Finding> findings;  // CheckPlan's stable order
  int errors = 0;
  int warnings = 0;
  int infos = 0;
};

// Checks the plan file at `plan_path`.
// Errors (the file cannot be checked; nothing is reported as findings):
//  - kNotFound: no such file, or an unknown grant frame (the message lists
//    the known frames and points at /grant_frame);
//  - kInvalidArgument: malformed JSON (line and column), wrong types,
//    unknown keys, dates such as "30/12/2026" (JSON pointer), every problem
//    on its own line; a broken pack file (named);
//  - kPermissionDenied / kUnavailable: the file cannot be read.
StatusOr<CheckReport> CheckPlanFile(const std::filesystem::path& plan_path, const CheckOptions& options);

// Danish text: a heading, findings grouped by severity (one line each:
// severity, code, pointer with its line in the file, message) and a summary line "2 fejl, 5 advarsler".
std::string FormatCheckText(const CheckReport& report);

// {"format": "helhed/check@1", "plan", "name", "grant_frame",
//  "summary": {"errors", "warnings", "info"}, "findings": [{"code",
//  "severity", "pointer", "line" (when the pointer is not empty),
//  "message"}]}, two-space indentation, final newline.
std::string FormatCheckJson(const CheckReport& report);

}  // namespace helhed::service
