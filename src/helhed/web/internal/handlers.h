// SPDX-License-Identifier: Apache-2.0
// Internal: one function per route (routes.cc lists them with their paths).
// Pages live in pages_*.cc, JSON in api*.cc.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "helhed/import/source_text.h"
#include "helhed/model/plan.h"
#include "helhed/service/local_data_service.h"
#include "helhed/web/html.h"
#include "helhed/web/internal/app.h"
#include "helhed/web/routes.h"

namespace helhed::web::internal {

// Path number `n` (1-based in the URL, as users count) as a 0-based index;
// kNotFound (Danish, naming `what`) for 0. Shared by pages and API.
inline StatusOr<std::size_t> PathIndex(const Request& req, std::size_t n, std::string_view what) {
  const long long number = req.PathNumber(n);
  if (number < 1) return NotFoundError(std::string(what) + " " + std::to_string(number) + " findes ikke i planen");
  return static_cast<std::size_t>(number - 1);
}

// pages_auth.cc
StatusOr<Reply> HomePage(App& app, Request& req);
StatusOr<Reply> Stylesheet(App& app, Request& req);
StatusOr<Reply> LoginPage(App& app, Request& req);
StatusOr<Reply> LoginSubmit(App& app, Request& req);
StatusOr<Reply> LogoutSubmit(App& app, Request& req);
// pages_plan.cc
StatusOr<Reply> PortfolioPage(App& app, Request& req);
StatusOr<Reply> PlanPage(App& app, Request& req);
StatusOr<Reply> SubAgreementPage(App& app, Request& req);
// pages_lists.cc: the § 61 a page of a plan.
StatusOr<Reply> ListsPage(App& app, Request& req);
// "Zone 1: udsat boligområde (2024); …": the latest stored category of each
// of the plan's housing areas, for the portfolio; empty when none is stored.
StatusOr<std::string> LatestListCategory(store::Store& store, const model::Plan& plan);
// pages_goal.cc
StatusOr<Reply> GoalEditPage(App& app, Request& req);
StatusOr<Reply> GoalEditSubmit(App& app, Request& req);
// pages_import.cc: the upload form, the review page, saving as a new plan.
StatusOr<Reply> ImportPage(App& app, Request& req);
StatusOr<Reply> ImportUpload(App& app, Request& req);
StatusOr<Reply> ImportSave(App& app, Request& req);
// The one route that takes multipart/form-data and bodies over
// ServerOptions::max_body_bytes (up to kMaxUploadBodyBytes).
inline constexpr std::string_view kImportUploadPath = "/planer/importer";
// The importer's limit (import::kMaxImportBytes, 50 MiB) plus room for the
// multipart framing and the CSRF field.
inline constexpr std::size_t kMaxUploadBodyBytes = import::kMaxImportBytes + 64u * 1024u;
// pages_history.cc
StatusOr<Reply> HistoryPage(App& app, Request& req);
StatusOr<Reply> BoardDecisionSubmit(App& app, Request& req);
StatusOr<Reply> LbfApprovalSubmit(App& app, Request& req);
// pages_follow_up.cc: the follow-up index and the dashboards per overall goal and delmål.
StatusOr<Reply> FollowUpIndexPage(App& app, Request& req);
StatusOr<Reply> FollowUpGoalPage(App& app, Request& req);
StatusOr<Reply> FollowUpSubGoalPage(App& app, Request& req);
// pages_downloads.cc: the plan's documents and tables, the board's status
// report and the auditor's documentation as attachments (POST forms).
StatusOr<Reply> PlanDownload(App& app, Request& req);
StatusOr<Reply> TablesDownload(App& app, Request& req);
StatusOr<Reply> BoardReportDownload(App& app, Request& req);
StatusOr<Reply> AuditDownload(App& app, Request& req);
// The download forms the user's role on the plan may use (for the overview
// page); empty Html when none.
Html DownloadForms(const App& app, const Request& req, const model::Plan& plan);
// pages_data_entry.cc: local data entry by partners (lokale tal).
StatusOr<Reply> DataEntryIndexPage(App& app, Request& req);
StatusOr<Reply> DataEntryPage(App& app, Request& req);
StatusOr<Reply> DataEntrySubmit(App& app, Request& req);
// The plan's locally measured indicators the user may enter values for: all
// for an administrator, the assigned ones for anyone else.
StatusOr<std::vector<service::LocalIndicator>> IndicatorsUserMayEnter(App& app, Request& req,
                                                                      const model::Plan& plan);
// pages_assignment.cc: indikatoransvar (which partner enters which indicator).
StatusOr<Reply> AssignmentPage(App& app, Request& req);
StatusOr<Reply> AssignmentSubmit(App& app, Request& req);
StatusOr<Reply> AssignmentRemove(App& app, Request& req);
// Gives the plan's locally measured indicator `key` to `login`, who must be a
// partner on the plan (kInvalidArgument otherwise); shared by page and API.
Status AssignIndicatorToPartner(App& app, Request& req, const std::string& key, const std::string& login);
// api_follow_up.cc: the follow-up dashboards' numbers and the § 61 a results.
StatusOr<Reply> ApiFollowUpIndex(App& app, Request& req);
StatusOr<Reply> ApiFollowUpGoal(App& app, Request& req);
StatusOr<Reply> ApiFollowUpSubGoal(App& app, Request& req);
StatusOr<Reply> ApiLists(App& app, Request& req);
// api_local_data.cc
StatusOr<Reply> ApiLocalIndicators(App& app, Request& req);
StatusOr<Reply> ApiEnterLocalValue(App& app, Request& req);
StatusOr<Reply> ApiAssignments(App& app, Request& req);
StatusOr<Reply> ApiAssign(App& app, Request& req);
StatusOr<Reply> ApiUnassign(App& app, Request& req);
// api.cc
StatusOr<Reply> ApiSession(App& app, Request& req);
StatusOr<Reply> ApiPlans(App& app, Request& req);
StatusOr<Reply> ApiPlan(App& app, Request& req);
StatusOr<Reply> ApiRevisions(App& app, Request& req);
StatusOr<Reply> ApiFindings(App& app, Request& req);
StatusOr<Reply> ApiBoardDecision(App& app, Request& req);
StatusOr<Reply> ApiLbfApproval(App& app, Request& req);

// api.cc: {"code": ..., "message": ...} for an error status.
std::string ApiErrorBody(int http_status, std::string_view message);

// Registered route with its handler.
struct Route {
  RouteInfo info;
  StatusOr<Reply> (*handler)(App&, Request&);
};
std::span<const Route> Routes();

}  // namespace helhed::web::internal
