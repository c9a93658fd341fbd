// SPDX-License-Identifier: Apache-2.0
// The route table (routes.h) with each route's handler.
#include "helhed/web/routes.h"

#include <vector>

#include "helhed/web/internal/handlers.h"

namespace helhed::web {
namespace internal {
namespace {

using enum RouteAccess;
constexpr Action kView = Action::kViewPlan;
constexpr Action kEdit = Action::kEditPlan;
constexpr Action kBoard = Action::kRecordBoardDecision;
constexpr Action kLbf = Action::kRecordLbfApproval;
constexpr Action kCreate = Action::kCreatePlan;
constexpr Action kPlanFiles = Action::kDownloadPlan;
constexpr Action kReports = Action::kDownloadReports;
constexpr Action kAssign = Action::kAssignIndicator;
constexpr Action kEnter = Action::kEnterLocalData;

// clang-format off
const Route kRoutes[] = {
  {{"GET",  "/",                                    "/",                          kPublic,  kView,  false}, &HomePage},
  {{"GET",  "/static/helhed.css",                   "/static/helhed.css",         kPublic,  kView,  false}, &Stylesheet},
  {{"GET",  "/login",                               "/login",                     kPublic,  kView,  false}, &LoginPage},
  {{"POST", "/login",                               "/login",                     kPublic,  kView,  false}, &LoginSubmit},
  {{"POST", "/logout",                              "/logout",                    kSession, kView,  false}, &LogoutSubmit},
  {{"GET",  "/planer",                              "/planer",                    kSession, kView,  false}, &PortfolioPage},
  {{"GET",  "/planer/importer",                     "/planer/importer",           kOrganisation, kCreate, false}, &ImportPage},
  {{"POST", "/planer/importer",                     "/planer/importer",           kOrganisation, kCreate, false}, &ImportUpload},
  {{"POST", "/planer/importer/gem",                 "/planer/importer/gem",       kOrganisation, kCreate, false}, &ImportSave},
  {{"GET",  R"(/planer/(\d{1,15}))",                "/planer/{plan}",             kPlan,    kView,  false}, &PlanPage},
  {{"GET",  R"(/planer/(\d{1,15})/historik)",       "/planer/{plan}/historik",    kPlan,    kView,  false}, &HistoryPage},
  {{"GET",  R"(/planer/(\d{1,15})/lister)",         "/planer/{plan}/lister",      kPlan,    kView,  false}, &ListsPage},
  {{"POST", R"(/planer/(\d{1,15})/bestyrelsesbeslutning)", "/planer/{plan}/bestyrelsesbeslutning", kPlan, kBoard, false}, &BoardDecisionSubmit},
  {{"POST", R"(/planer/(\d{1,15})/lbf-godkendelse)", "/planer/{plan}/lbf-godkendelse", kPlan, kLbf, false}, &LbfApprovalSubmit},
  {{"GET",  R"(/planer/(\d{1,15})/delaftaler/(\d{1,6}))", "/planer/{plan}/delaftaler/1", kPlan, kView, false}, &SubAgreementPage},
  {{"GET",  R"(/planer/(\d{1,15})/delaftaler/(\d{1,6})/delmaal/(\d{1,6}))", "/planer/{plan}/delaftaler/1/delmaal/1", kPlan, kEdit, false}, &GoalEditPage},
  {{"POST", R"(/planer/(\d{1,15})/delaftaler/(\d{1,6})/delmaal/(\d{1,6}))", "/planer/{plan}/delaftaler/1/delmaal/1", kPlan, kEdit, false}, &GoalEditSubmit},
  {{"GET",  R"(/planer/(\d{1,15})/opfoelgning)",    "/planer/{plan}/opfoelgning", kPlan,    kView,  false}, &FollowUpIndexPage},
  {{"GET",  R"(/planer/(\d{1,15})/opfoelgning/maal/(\d{1,6}))", "/planer/{plan}/opfoelgning/maal/1", kPlan, kView, false}, &FollowUpGoalPage},
  {{"GET",  R"(/planer/(\d{1,15})/opfoelgning/delaftaler/(\d{1,6})/delmaal/(\d{1,6}))", "/planer/{plan}/opfoelgning/delaftaler/1/delmaal/1", kPlan, kView, false}, &FollowUpSubGoalPage},
  {{"POST", R"(/planer/(\d{1,15})/hent/plan)",      "/planer/{plan}/hent/plan",   kPlan,    kPlanFiles, false}, &PlanDownload},
  {{"POST", R"(/planer/(\d{1,15})/hent/tabeller)",  "/planer/{plan}/hent/tabeller", kPlan,  kPlanFiles, false}, &TablesDownload},
  {{"POST", R"(/planer/(\d{1,15})/hent/statusrapport)", "/planer/{plan}/hent/statusrapport", kPlan, kReports, false}, &BoardReportDownload},
  {{"POST", R"(/planer/(\d{1,15})/hent/revision)",  "/planer/{plan}/hent/revision", kPlan,  kReports, false}, &AuditDownload},
  {{"GET",  R"(/planer/(\d{1,15})/indikatoransvar)", "/planer/{plan}/indikatoransvar", kPlan, kAssign, false}, &AssignmentPage},
  {{"POST", R"(/planer/(\d{1,15})/indikatoransvar)", "/planer/{plan}/indikatoransvar", kPlan, kAssign, false}, &AssignmentSubmit},
  {{"POST", R"(/planer/(\d{1,15})/indikatoransvar/fjern)", "/planer/{plan}/indikatoransvar/fjern", kPlan, kAssign, false}, &AssignmentRemove},
  {{"GET",  R"(/planer/(\d{1,15})/indtastning)",    "/planer/{plan}/indtastning", kPlan,   kEnter, false}, &DataEntryIndexPage},
  {{"GET",  R"(/planer/(\d{1,15})/indtastning/([a-z][a-z0-9]{0,23}))", "/planer/{plan}/indtastning/d2m3i1", kPlan, kEnter, false}, &DataEntryPage},
  {{"POST", R"(/planer/(\d{1,15})/indtastning/([a-z][a-z0-9]{0,23}))", "/planer/{plan}/indtastning/d2m3i1", kPlan, kEnter, false}, &DataEntrySubmit},
  {{"GET",  "/api/session",                         "/api/session",               kSession, kView,  true}, &ApiSession},
  {{"GET",  "/api/plans",                           "/api/plans",                 kSession, kView,  true}, &ApiPlans},
  {{"GET",  R"(/api/plans/(\d{1,15}))",             "/api/plans/{plan}",          kPlan,    kView,  true}, &ApiPlan},
  {{"GET",  R"(/api/plans/(\d{1,15})/revisions)",   "/api/plans/{plan}/revisions", kPlan,   kView,  true}, &ApiRevisions},
  {{"GET",  R"(/api/plans/(\d{1,15})/findings)",    "/api/plans/{plan}/findings", kPlan,    kView,  true}, &ApiFindings},
  {{"GET",  R"(/api/plans/(\d{1,15})/follow-up)",   "/api/plans/{plan}/follow-up", kPlan,   kView,  true}, &ApiFollowUpIndex},
  {{"GET",  R"(/api/plans/(\d{1,15})/follow-up/goals/(\d{1,6}))", "/api/plans/{plan}/follow-up/goals/1", kPlan, kView, true}, &ApiFollowUpGoal},
  {{"GET",  R"(/api/plans/(\d{1,15})/follow-up/sub-agreements/(\d{1,6})/goals/(\d{1,6}))", "/api/plans/{plan}/follow-up/sub-agreements/1/goals/1", kPlan, kView, true}, &ApiFollowUpSubGoal},
  {{"GET",  R"(/api/plans/(\d{1,15})/lists)",       "/api/plans/{plan}/lists",    kPlan,    kView,  true}, &ApiLists},
  {{"POST", R"(/api/plans/(\d{1,15})/board-decisions)", "/api/plans/{plan}/board-decisions", kPlan, kBoard, true}, &ApiBoardDecision},
  {{"POST", R"(/api/plans/(\d{1,15})/lbf-approvals)", "/api/plans/{plan}/lbf-approvals", kPlan, kLbf, true}, &ApiLbfApproval},
  {{"GET",  R"(/api/plans/(\d{1,15})/local-indicators)", "/api/plans/{plan}/local-indicators", kPlan, kEnter, true}, &ApiLocalIndicators},
  {{"POST", R"(/api/plans/(\d{1,15})/local-measurements)", "/api/plans/{plan}/local-measurements", kPlan, kEnter, true}, &ApiEnterLocalValue},
  {{"GET",  R"(/api/plans/(\d{1,15})/indicator-assignments)", "/api/plans/{plan}/indicator-assignments", kPlan, kAssign, true}, &ApiAssignments},
  {{"POST", R"(/api/plans/(\d{1,15})/indicator-assignments)", "/api/plans/{plan}/indicator-assignments", kPlan, kAssign, true}, &ApiAssign},
  {{"POST", R"(/api/plans/(\d{1,15})/indicator-assignments/remove)", "/api/plans/{plan}/indicator-assignments/remove", kPlan, kAssign, true}, &ApiUnassign},
};
// clang-format on

}  // namespace

std::span<const Route> Routes() { return kRoutes; }

}  // namespace internal

std::span<const RouteInfo> RouteTable() {
  static const std::vector<RouteInfo> kInfos = [] {
    std::vector<RouteInfo> infos;
    for (const internal::Route& route : internal::Routes()) infos.push_back(route.info);
    return infos;
  }();
  return kInfos;
}

}  // namespace helhed::web
