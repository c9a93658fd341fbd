// SPDX-License-Identifier: Apache-2.0
// The permission matrix: which role on a plan may do which action. Written
// once, here; every route names its Action and asks Allows().
// docs/permissions.md documents the same table, and web_permissions_test.cc
// calls every route as every role to hold the two together.
#pragma once

#include <span>
#include <string_view>

#include "helhed/store/records.h"

namespace helhed::web {

enum class Action {
  kViewPlan,             // portfolio entry, overview, delaftaler, history, API reads
  kEditPlan,             // edit a delmål (saves a new revision)
  kRecordBoardDecision,  // bestyrelsens beslutning (date, meeting reference)
  kRecordLbfApproval,    // LBF's godkendelse (date, case reference)
  kCreatePlan,           // import a document as a new plan (no plan yet: any role the user holds)
  kDownloadPlan,         // the plan as LBF's documents and its tables (DOCX, HTML, Markdown, JSON, XLSX, CSV)
  kDownloadReports,      // the board's status report and the auditor's documentation
  kAssignIndicator,      // give a locally measured indicator to a partner, or take it back
  kEnterLocalData,       // enter values for locally measured indicators (a partner: only those assigned to them)
};

struct PermissionRow {
  Action action;
  std::string_view name;    // "view_plan", ...
  std::string_view danish;  // what the user is told they may not do
  bool admin;
  bool sekretariat;
  bool bestyrelse;
  bool partner;
  bool lbf;
};

// The whole matrix, one row per action.
std::span<const PermissionRow> PermissionMatrix();

// True when `role` on a plan permits `action` on that plan.
bool Allows(store::Role role, Action action);

// "se planen", "redigere planen", ...: for "Din rolle (...) må ikke <danish>".
std::string_view ActionDanish(Action action);

// Danish role name as shown in the UI ("Administrator", "Sekretariat", ...).
std::string_view RoleDanish(store::Role role);

}  // namespace helhed::web
