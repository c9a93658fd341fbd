// SPDX-License-Identifier: Apache-2.0
// The JSON API (docs/api.md): the same resources and permission checks as
// the pages; errors are {"code": ..., "message": "<Danish>"}.
#include <nlohmann/json.hpp>

#include <string>

#include "helhed/base/status_macros.h"
#include "helhed/service/plan_access.h"
#include "helhed/service/plan_edit_service.h"
#include "helhed/service/plan_view_service.h"
#include "helhed/store/clock.h"
#include "helhed/web/http_status.h"
#include "helhed/web/internal/api_json.h"
#include "helhed/web/internal/handlers.h"

namespace helhed::web::internal {
namespace {

using nlohmann::json;


json FindingsJson(const std::vector<rules::Finding>& findings) {
  json out = json::array();
  for (const rules::Finding& finding : findings) {
    out.push_back({{"code", finding.code},
                   {"severity", rules::SeverityName(finding.severity)},
                   {"message", finding.message},
                   {"pointer", finding.pointer}});
  }
  return out;
}

json ApprovalJson(const store::Approval& approval) {
  return {{"revision", approval.revision},
          {"approver", store::ApproverName(approval.approver)},
          {"decision_date", approval.decision_date.ToIso()},
          {"reference", approval.reference},
          {"recorded_by", approval.recorded_by},
          {"recorded_at", store::FormatTimestamp(approval.recorded_at)}};
}

StatusOr<Reply> Decision(App& app, Request& req, store::Approver approver) {
  json body = json::parse(req.http.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded() || !body.is_object()) {
    return InvalidArgumentError("forespørgslens indhold skal være et JSON-objekt");
  }
  if (!body.contains("revision") || !body["revision"].is_number_integer() || body["revision"].get<long long>() < 1) {
    return InvalidArgumentError("feltet »revision« skal være et positivt helt tal");
  }
  if (!body.contains("date") || !body["date"].is_string()) {
    return InvalidArgumentError("feltet »date« skal være en dato som tekst (ÅÅÅÅ-MM-DD)");
  }
  if (!body.contains("reference") || !body["reference"].is_string()) {
    return InvalidArgumentError("feltet »reference« skal være tekst");
  }
  HELHED_RETURN_IF_ERROR(service::RecordDecision(
      *req.store, *req.plan_id, static_cast<int>(body["revision"].get<long long>()), approver,
      body["date"].get<std::string>(), body["reference"].get<std::string>(), req.session->login,
      store::DateOf(app.clock->Now())));
  HELHED_ASSIGN_OR_RETURN(std::vector<store::Approval> approvals, req.store->ListApprovals(*req.plan_id));
  // Listed by revision, then recording time: the newest of this revision is ours.
  const int revision = static_cast<int>(body["revision"].get<long long>());
  for (auto it = approvals.rbegin(); it != approvals.rend(); ++it) {
    if (it->revision == revision && it->approver == approver) return Reply::Json(ApiDump(ApprovalJson(*it)), 201);
  }
  return InternalError("beslutningen blev registreret, men kan ikke læses igen");
}

}  // namespace

std::string ApiErrorBody(int http_status, std::string_view message) {
  return ApiDump(json{{"code", ApiErrorCode(http_status)}, {"message", std::string(message)}});
}

StatusOr<Reply> ApiSession(App&, Request& req) {
  return Reply::Json(ApiDump(json{{"login", req.session->login},
                               {"display_name", req.session->display_name},
                               {"csrf_token", req.session->csrf_token}}));
}

StatusOr<Reply> ApiPlans(App& /*app*/, Request& req) {
  HELHED_ASSIGN_OR_RETURN(std::vector<service::PlanAccess> plans,
                          service::VisiblePlans(*req.store, req.session->login));
  json out = json::array();
  for (const service::PlanAccess& access : plans) {
    out.push_back({{"id", access.plan.id},
                   {"name", access.plan.name},
                   {"grant_frame", access.plan.grant_frame},
                   {"head_revision", access.plan.head_revision},
                   {"role", store::RoleName(access.role)}});
  }
  return Reply::Json(ApiDump(out));
}

StatusOr<Reply> ApiPlan(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  const service::PlanView& view = *shared_view;
  json out = {{"id", view.summary.id},
              {"name", view.summary.name},
              {"grant_frame", view.summary.grant_frame},
              {"head_revision", view.head.revision},
              {"period", service::PeriodText(view.plan)},
              {"approval_state", service::ApprovalState(view.revisions, view.approvals)},
              {"role", store::RoleName(*req.role)}};
  json subs = json::array();
  if (view.plan.sub_agreements) {
    for (const model::SubAgreement& sub : *view.plan.sub_agreements) subs.push_back(sub.focus_area);
  }
  out["sub_agreements"] = subs;
  return Reply::Json(ApiDump(out));
}

StatusOr<Reply> ApiRevisions(App& /*app*/, Request& req) {
  HELHED_ASSIGN_OR_RETURN(std::vector<service::HistoryEntry> history, service::PlanHistory(*req.store, *req.plan_id));
  json out = json::array();
  for (const service::HistoryEntry& entry : history) {
    json approvals = json::array();
    for (const store::Approval& approval : entry.approvals) approvals.push_back(ApprovalJson(approval));
    out.push_back({{"revision", entry.info.revision},
                   {"author", entry.info.author},
                   {"time", store::FormatTimestamp(entry.info.time)},
                   {"message", entry.info.message},
                   {"changes", entry.changes},
                   {"approvals", approvals}});
  }
  return Reply::Json(ApiDump(out));
}

StatusOr<Reply> ApiFindings(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  const service::PlanView& view = *shared_view;
  json out = {{"revision", view.head.revision},
              {"checked", !view.check_problem.has_value()},
              {"findings", FindingsJson(view.findings)}};
  if (view.check_problem) out["problem"] = *view.check_problem;
  return Reply::Json(ApiDump(out));
}

StatusOr<Reply> ApiBoardDecision(App& app, Request& req) { return Decision(app, req, store::Approver::kBoard); }

StatusOr<Reply> ApiLbfApproval(App& app, Request& req) { return Decision(app, req, store::Approver::kLbf); }

}  // namespace helhed::web::internal
