// SPDX-License-Identifier: Apache-2.0
// The auditor's documentation for a year (revisorerklæring om opfølgning):
// the board's and LBF's recorded decisions on the plan that year, which
// data lie behind each fixed goal's indicators and from when (the
// measurements' provenance), and the status reports made for the board.
// It documents what helhed holds and says so where it holds nothing.
#pragma once

#include <filesystem>

#include "helhed/base/statusor.h"
#include "helhed/document/document.h"
#include "helhed/store/store.h"

namespace helhed::service {

// kNotFound for an unknown plan; kInvalidArgument for a year outside 2000-2100.
StatusOr<document::Document> BuildAuditReport(store::Store& store, store::PlanId plan_id, int year,
                                              const std::filesystem::path& data_dir);

// The audit-log action recorded when a board report is made, so the audit
// report can say which report the board received and from which revision.
inline constexpr const char* kBoardReportAuditAction = "report.board";

}  // namespace helhed::service
