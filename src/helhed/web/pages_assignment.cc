// SPDX-License-Identifier: Apache-2.0
// Indikatoransvar: the secretariat gives each locally measured indicator of
// a plan to the partner who will enter its values, and takes it back. Every
// change is audit-logged by the store.
#include <string>

#include "helhed/base/status_macros.h"
#include "helhed/service/local_data_service.h"
#include "helhed/service/plan_view_service.h"
#include "helhed/web/html.h"
#include "helhed/web/internal/handlers.h"
#include "helhed/web/internal/layout.h"

namespace helhed::web::internal {
namespace {

std::string PlanBase(const Request& req) { return "/planer/" + std::to_string(*req.plan_id); }

struct Partner {
  std::string login;
  std::string name;
};

// The plan's members with the partner role: those who can be given indicators.
StatusOr<std::vector<Partner>> PartnersOf(store::Store& store, store::PlanId plan_id) {
  HELHED_ASSIGN_OR_RETURN(const std::vector<store::Membership> members, store.ListMemberships(plan_id));
  std::vector<Partner> out;
  for (const store::Membership& member : members) {
    if (member.role != store::Role::kPartner) continue;
    StatusOr<store::User> user = store.GetUser(member.login);
    out.push_back({member.login, user.ok() ? user->display_name : member.login});
  }
  return out;
}

}  // namespace

StatusOr<Reply> AssignmentPage(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  const service::PlanView& view = *shared_view;
  HELHED_ASSIGN_OR_RETURN(const std::vector<service::LocalIndicator> indicators,
                          service::LocalIndicators(view.plan, app.options.data_dir));
  HELHED_ASSIGN_OR_RETURN(const std::vector<store::IndicatorAssignment> assignments,
                          req.store->ListAssignments(*req.plan_id, std::nullopt));
  HELHED_ASSIGN_OR_RETURN(const std::vector<Partner> partners, PartnersOf(*req.store, *req.plan_id));
  const std::string base = PlanBase(req);
  Html main = Format("<p><a href=\"{}\">{}</a></p><h1>Indikatoransvar</h1>{}"
                     "<p>Indikatorer, som registrene ikke måler, følges med lokale tal. Giv hver af dem til den "
                     "partner, der skal indtaste tallene; partneren kan kun indtaste tal for sine egne.</p>",
                     {Text(base), Text(view.plan.name), FlashNotice(req)});
  if (indicators.empty()) {
    main += Notice("info", "Alle planens indikatorer måles i registrene; der er intet at indtaste lokalt.");
    return PageReply(req, "Indikatoransvar", main);
  }
  Html rows;
  for (const service::LocalIndicator& indicator : indicators) {
    Html holders;
    for (const store::IndicatorAssignment& assignment : assignments) {
      if (assignment.indicator_key != indicator.key) continue;
      holders += Format(
          "<li>{} <form class=\"inline\" method=\"post\" action=\"{}/indikatoransvar/fjern\">{}"
          "<input type=\"hidden\" name=\"indikator\" value=\"{}\"><input type=\"hidden\" name=\"bruger\" value=\"{}\">"
          "<button type=\"submit\" aria-label=\"Fjern {} fra {}\">Fjern</button></form></li>",
          {Text(assignment.login), Text(base), CsrfField(req), Text(indicator.key), Text(assignment.login),
           Text(assignment.login), Text(indicator.name)});
    }
    rows += Format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                   {Text(indicator.name), Text(indicator.context), Text(service::UnitKindDanish(indicator.unit)),
                    holders.empty() ? Html("Ingen") : Format("<ul>{}</ul>", {holders})});
  }
  main += Format("<table><caption>Lokalt målte indikatorer</caption><thead><tr><th scope=\"col\">Indikator</th>"
                 "<th scope=\"col\">Mål</th><th scope=\"col\">Slags tal</th><th scope=\"col\">Indtastes af</th>"
                 "</tr></thead><tbody>{}</tbody></table>",
                 {rows});
  if (partners.empty()) {
    main += Notice("info",
                   "Planen har ingen brugere med rollen Partner endnu. En administrator giver en bruger rollen først.");
    return PageReply(req, "Indikatoransvar", main);
  }
  Html indicator_options;
  for (const service::LocalIndicator& indicator : indicators) {
    indicator_options += Format("<option value=\"{}\">{} – {}</option>",
                                {Text(indicator.key), Text(indicator.name), Text(indicator.context)});
  }
  Html partner_options;
  for (const Partner& partner : partners) {
    partner_options += Format("<option value=\"{}\">{} ({})</option>",
                              {Text(partner.login), Text(partner.name), Text(partner.login)});
  }
  main += Format("<h2>Tildel en indikator</h2><form class=\"stack\" method=\"post\" action=\"{}/indikatoransvar\">{}"
                 "<label for=\"indikator\">Indikator</label><select id=\"indikator\" name=\"indikator\" required>{}"
                 "</select><label for=\"bruger\">Partner</label><select id=\"bruger\" name=\"bruger\" required>{}"
                 "</select><button type=\"submit\">Tildel</button></form>",
                 {Text(base), CsrfField(req), indicator_options, partner_options});
  return PageReply(req, "Indikatoransvar", main);
}

Status AssignIndicatorToPartner(App& app, Request& req, const std::string& key, const std::string& login) {
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  StatusOr<service::LocalIndicator> indicator = service::FindLocalIndicator(shared_view->plan, app.options.data_dir, key);
  if (!indicator.ok()) return InvalidArgumentError(indicator.status().message());
  HELHED_ASSIGN_OR_RETURN(const std::vector<Partner> partners, PartnersOf(*req.store, *req.plan_id));
  bool is_partner = false;
  for (const Partner& partner : partners) is_partner = is_partner || partner.login == login;
  if (!is_partner) {
    return InvalidArgumentError("brugeren »" + login +
                                "« er ikke partner på planen; kun partnere kan få indikatorer tildelt");
  }
  return req.store->AssignIndicator({*req.plan_id, indicator->key, login, indicator->name, req.session->login, {}});
}

StatusOr<Reply> AssignmentSubmit(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const std::string key, req.form->Require("indikator", "Indikator"));
  HELHED_ASSIGN_OR_RETURN(const std::string login, req.form->Require("bruger", "Partner"));
  HELHED_RETURN_IF_ERROR(AssignIndicatorToPartner(app, req, key, login));
  return Reply::Redirect(PlanBase(req) + "/indikatoransvar?besked=tildelt");
}

StatusOr<Reply> AssignmentRemove(App& /*app*/, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const std::string key, req.form->Require("indikator", "Indikator"));
  HELHED_ASSIGN_OR_RETURN(const std::string login, req.form->Require("bruger", "Partner"));
  HELHED_RETURN_IF_ERROR(req.store->UnassignIndicator(*req.plan_id, key, login, req.session->login));
  return Reply::Redirect(PlanBase(req) + "/indikatoransvar?besked=frataget");
}

}  // namespace helhed::web::internal
