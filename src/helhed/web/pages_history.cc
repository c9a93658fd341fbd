// SPDX-License-Identifier: Apache-2.0
// A plan's history (revisions, readable diffs, approvals) with the forms for
// the board's decision and LBF's approval, and their submission.
#include <string>

#include "helhed/base/status_macros.h"
#include "helhed/service/plan_edit_service.h"
#include "helhed/service/plan_view_service.h"
#include "helhed/store/clock.h"
#include "helhed/web/html.h"
#include "helhed/web/internal/handlers.h"
#include "helhed/web/internal/layout.h"
#include "helhed/web/permissions.h"

namespace helhed::web::internal {
namespace {

std::string ApprovalText(const store::Approval& approval) {
  const std::string who = approval.approver == store::Approver::kBoard ? "Bestyrelsen" : "Landsbyggefonden";
  return who + " godkendte " + approval.decision_date.ToDanishNumeric() + " (reference: " + approval.reference +
         "; registreret af " + approval.recorded_by + ")";
}

Html DecisionForm(const Request& req, Literal action, Literal heading, Literal reference_label, Literal prefix,
                  int revision) {
  return Format(
      "<form class=\"stack\" method=\"post\" action=\"/planer/{}/{}\"><h2>{}</h2>{}"
      "<input type=\"hidden\" name=\"revision\" value=\"{}\">"
      "<p>Gælder revision {}, planens nuværende udgave.</p>"
      "<label for=\"{}-dato\">Dato for beslutningen</label>"
      "<input type=\"date\" id=\"{}-dato\" name=\"dato\" required>"
      "<label for=\"{}-reference\">{}</label>"
      "<input type=\"text\" id=\"{}-reference\" name=\"reference\" maxlength=\"200\" required>"
      "<button type=\"submit\">Registrér</button></form>",
      {Text(*req.plan_id), Html(action), Html(heading), CsrfField(req), Text(revision), Text(revision), Html(prefix),
       Html(prefix), Html(prefix), Html(reference_label), Html(prefix)});
}

StatusOr<Reply> SubmitDecision(App& app, Request& req, store::Approver approver) {
  HELHED_ASSIGN_OR_RETURN(long long revision, req.form->RequireNumber("revision", "Revision"));
  HELHED_ASSIGN_OR_RETURN(std::string date, req.form->Require("dato", "Dato for beslutningen"));
  HELHED_ASSIGN_OR_RETURN(std::string reference, req.form->Require("reference", "Reference"));
  HELHED_RETURN_IF_ERROR(service::RecordDecision(*req.store, *req.plan_id, static_cast<int>(revision), approver,
                                                 date, reference, req.session->login,
                                                 store::DateOf(app.clock->Now())));
  return Reply::Redirect("/planer/" + std::to_string(*req.plan_id) + "/historik?besked=registreret");
}

}  // namespace

StatusOr<Reply> HistoryPage(App& /*app*/, Request& req) {
  HELHED_ASSIGN_OR_RETURN(store::PlanSummary summary, req.store->GetPlan(*req.plan_id));
  HELHED_ASSIGN_OR_RETURN(std::vector<service::HistoryEntry> history,
                          service::PlanHistory(*req.store, *req.plan_id));
  HELHED_ASSIGN_OR_RETURN(std::vector<store::Approval> approvals, req.store->ListApprovals(*req.plan_id));
  HELHED_ASSIGN_OR_RETURN(std::vector<store::RevisionInfo> revisions, req.store->ListRevisions(*req.plan_id));
  Html main = Format("<p><a href=\"/planer/{}\">{}</a></p><h1>Historik og godkendelser</h1>{}<p>Status: {}</p>",
                     {Text(*req.plan_id), Text(summary.name), FlashNotice(req),
                      Text(service::ApprovalState(revisions, approvals))});
  if (Allows(*req.role, Action::kRecordBoardDecision)) {
    main += DecisionForm(req, "bestyrelsesbeslutning", "Registrér bestyrelsens beslutning", "Mødereference",
                         "bestyrelse", summary.head_revision);
  }
  if (Allows(*req.role, Action::kRecordLbfApproval)) {
    main += DecisionForm(req, "lbf-godkendelse", "Registrér Landsbyggefondens godkendelse", "Sagsreference", "lbf",
                         summary.head_revision);
  }
  main += Html("<h2>Revisioner</h2>");
  for (const service::HistoryEntry& entry : history) {
    Html changes;
    for (const std::string& change : entry.changes) changes += Format("<li>{}</li>", {Text(change)});
    Html routing;
    for (const std::string& state : entry.part_states) routing += Format("<li>{}</li>", {Text(state)});
    Html decided;
    for (const store::Approval& approval : entry.approvals) decided += Format("<li>{}</li>", {Text(ApprovalText(approval))});
    main += Format(
        "<section class=\"goal\"><h3>Revision {}</h3><p>Gemt af {} {}: {}</p>"
        "<h4>Ændringer</h4><ul>{}</ul>{}{}</section>",
        {Text(entry.info.revision), Text(entry.info.author), Text(store::FormatTimestampDanish(entry.info.time)),
         Text(entry.info.message), changes,
         routing.empty() ? Html() : Format("<h4>Godkendelse</h4><ul>{}</ul>", {routing}),
         decided.empty() ? Html() : Format("<h4>Beslutninger</h4><ul>{}</ul>", {decided})});
  }
  return PageReply(req, "Historik", main);
}

StatusOr<Reply> BoardDecisionSubmit(App& app, Request& req) {
  return SubmitDecision(app, req, store::Approver::kBoard);
}

StatusOr<Reply> LbfApprovalSubmit(App& app, Request& req) { return SubmitDecision(app, req, store::Approver::kLbf); }

}  // namespace helhed::web::internal
