// SPDX-License-Identifier: Apache-2.0
// The permission matrix (see permissions.h and docs/permissions.md).
#include "helhed/web/permissions.h"

namespace helhed::web {
namespace {

// clang-format off
constexpr PermissionRow kMatrix[] = {
  //  action                          name                     danish                                   admin  sekr.  best.  partner lbf
  {Action::kViewPlan,             "view_plan",             "se planen",                              true,  true,  true,  true,  true},
  {Action::kEditPlan,             "edit_plan",             "redigere planen",                        true,  true,  false, false, false},
  {Action::kRecordBoardDecision,  "record_board_decision", "registrere bestyrelsens beslutning",     true,  false, true,  false, false},
  {Action::kRecordLbfApproval,    "record_lbf_approval",   "registrere Landsbyggefondens godkendelse", true, false, false, false, true},
  {Action::kCreatePlan,           "create_plan",           "oprette nye planer",                     true,  true,  false, false, false},
  {Action::kDownloadPlan,         "download_plan",         "hente planens dokumenter og tabeller",   true,  true,  true,  true,  true},
  {Action::kDownloadReports,      "download_reports",      "hente statusrapporten og dokumentationen til revisor", true, true, true, false, true},
  {Action::kAssignIndicator,      "assign_indicator",      "tildele indikatorer til partnere",       true,  true,  false, false, false},
  {Action::kEnterLocalData,       "enter_local_data",      "indtaste lokale tal",                    true,  false, false, true,  false},
};
// clang-format on

const PermissionRow& RowFor(Action action) {
  for (const PermissionRow& row : kMatrix) {
    if (row.action == action) return row;
  }
  return kMatrix[0];  // unreachable: every Action has a row
}

}  // namespace

std::span<const PermissionRow> PermissionMatrix() { return kMatrix; }

bool Allows(store::Role role, Action action) {
  const PermissionRow& row = RowFor(action);
  switch (role) {
    case store::Role::kAdmin: return row.admin;
    case store::Role::kSekretariat: return row.sekretariat;
    case store::Role::kBestyrelse: return row.bestyrelse;
    case store::Role::kPartner: return row.partner;
    case store::Role::kLbf: return row.lbf;
  }
  return false;
}

std::string_view ActionDanish(Action action) { return RowFor(action).danish; }

std::string_view RoleDanish(store::Role role) {
  switch (role) {
    case store::Role::kAdmin: return "Administrator";
    case store::Role::kSekretariat: return "Sekretariat";
    case store::Role::kBestyrelse: return "Bestyrelse";
    case store::Role::kPartner: return "Partner";
    case store::Role::kLbf: return "Landsbyggefonden";
  }
  return "Ukendt";
}

}  // namespace helhed::web
