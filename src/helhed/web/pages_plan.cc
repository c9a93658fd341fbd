// SPDX-License-Identifier: Apache-2.0
// The portfolio, the plan overview and the delaftale page, with the check
// findings shown next to the parts they concern.
#include <algorithm>
#include <string>

#include "helhed/base/status_macros.h"
#include "helhed/service/plan_access.h"
#include "helhed/service/plan_view_service.h"
#include "helhed/store/clock.h"
#include "helhed/web/html.h"
#include "helhed/web/internal/handlers.h"
#include "helhed/web/internal/layout.h"
#include "helhed/web/internal/value_text.h"
#include "helhed/web/permissions.h"

namespace helhed::web::internal {
namespace {

struct FindingCounts {
  int errors = 0;
  int warnings = 0;
};

FindingCounts Count(const std::vector<rules::Finding>& findings) {
  FindingCounts counts;
  for (const rules::Finding& finding : findings) {
    if (finding.severity == rules::Severity::kError) ++counts.errors;
    if (finding.severity == rules::Severity::kWarning) ++counts.warnings;
  }
  return counts;
}

std::string CheckSummary(const service::PlanView& view) {
  if (view.check_problem) return "Ikke tjekket";
  const FindingCounts counts = Count(view.findings);
  return std::to_string(counts.errors) + (counts.errors == 1 ? " fejl, " : " fejl, ") +
         std::to_string(counts.warnings) + (counts.warnings == 1 ? " advarsel" : " advarsler");
}

// Findings at or below `pointer` except those below pointer + `except`.
std::vector<rules::Finding> OwnFindings(const std::vector<rules::Finding>& findings, const std::string& pointer,
                                        std::string_view except) {
  std::vector<rules::Finding> out;
  for (rules::Finding& finding : FindingsAt(findings, pointer)) {
    if (std::string_view(finding.pointer).substr(pointer.size()).rfind(except, 0) != 0) out.push_back(finding);
  }
  return out;
}

std::string PlanPath(store::PlanId id) { return "/planer/" + std::to_string(id); }

Html IndicatorTable(const model::Indicator& indicator) {
  Html rows;
  if (indicator.baselines) {
    for (const model::Baseline& baseline : *indicator.baselines) {
      rows += Format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                     {Text(BaselineLabel(baseline)), Text(ValueText(baseline.value)),
                      Text(baseline.date ? baseline.date->ToDanishNumeric() : "")});
    }
  }
  if (indicator.other_baselines) {
    for (const model::Baseline& baseline : *indicator.other_baselines) {
      rows += Format("<tr><td>{} (anden baseline)</td><td>{}</td><td>{}</td></tr>",
                     {Text(BaselineLabel(baseline)), Text(ValueText(baseline.value)),
                      Text(baseline.date ? baseline.date->ToDanishNumeric() : "")});
    }
  }
  Html facts;
  if (indicator.baseline_year) facts += Format("<li>Baselineår: {}</li>", {Text(*indicator.baseline_year)});
  if (indicator.source) facts += Format("<li>Datakilde: {}</li>", {Text(*indicator.source)});
  if (indicator.target && indicator.target->text) {
    facts += Format("<li>Målsætning: {}</li>", {Text(*indicator.target->text)});
  }
  return Format(
      "<table class=\"wide\"><caption>Indikator: {}</caption>"
      "<thead><tr><th scope=\"col\">Område</th><th scope=\"col\">Baseline</th><th scope=\"col\">Dato</th></tr>"
      "</thead><tbody>{}</tbody></table><ul>{}</ul>",
      {Text(indicator.name), rows, facts});
}

}  // namespace

StatusOr<Reply> PortfolioPage(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(std::vector<service::PlanAccess> plans,
                          service::VisiblePlans(*req.store, req.session->login));
  Html rows;
  for (const service::PlanAccess& access : plans) {
    HELHED_ASSIGN_OR_RETURN(const auto shared_view,
                            app.plan_views.Load(*req.store, access.plan.id, app.options.data_dir));
    const service::PlanView& view = *shared_view;
    HELHED_ASSIGN_OR_RETURN(std::string category, LatestListCategory(*req.store, view.plan));
    rows += Format(
        "<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
        {Text(PlanPath(access.plan.id)), Text(access.plan.name), Text(service::PeriodText(view.plan)),
         Text(access.plan.grant_frame), Text(service::ApprovalState(view.revisions, view.approvals)),
         Text(CheckSummary(view)), Text(category.empty() ? "ikke beregnet" : category), Text(RoleDanish(access.role))});
  }
  Html main = Html("<h1>Planer</h1>") + FlashNotice(req);
  if (plans.empty()) {
    main += Notice("info", "Du har endnu ingen planer. Bed en administrator om at give dig en rolle på en plan.");
  } else {
    main += Format(
        "<table class=\"wide\"><caption>Planer, du har adgang til</caption><thead><tr>"
        "<th scope=\"col\">Plan</th><th scope=\"col\">Periode</th><th scope=\"col\">Støtteramme</th>"
        "<th scope=\"col\">Godkendelse</th><th scope=\"col\">Tjek</th><th scope=\"col\">§ 61 a-kategori</th>"
        "<th scope=\"col\">Din rolle</th>"
        "</tr></thead><tbody>{}</tbody></table>",
        {rows});
  }
  const bool may_import = std::any_of(plans.begin(), plans.end(), [](const service::PlanAccess& access) {
    return Allows(access.role, Action::kCreatePlan);
  });
  if (may_import) main += Html("<p><a href=\"/planer/importer\">Importér plan fra Word eller tekst</a></p>");
  return PageReply(req, "Planer", main);
}

StatusOr<Reply> PlanPage(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  const service::PlanView& view = *shared_view;
  const std::string base = PlanPath(*req.plan_id);
  Html main = Format("<h1>{}</h1>", {Text(view.plan.name)}) + FlashNotice(req);
  main += Format(
      "<dl><dt>Støtteramme</dt><dd>{}</dd><dt>Periode</dt><dd>{}</dd><dt>Revision</dt>"
      "<dd>{} – gemt af {} {}</dd><dt>Godkendelse</dt><dd>{}</dd><dt>Tjek</dt><dd>{}</dd></dl>"
      "<p><a href=\"{}/historik\">Historik og godkendelser</a> · <a href=\"{}/opfoelgning\">Opfølgning: "
      "indikatorer år for år</a> · <a href=\"{}/lister\">§ 61 a-listerne</a></p>",
      {Text(view.plan.grant_frame), Text(service::PeriodText(view.plan)), Text(view.head.revision),
       Text(view.head.author), Text(store::FormatTimestampDanish(view.head.time)),
       Text(service::ApprovalState(view.revisions, view.approvals)), Text(CheckSummary(view)), Text(base), Text(base),
       Text(base)});
  if (view.check_problem) main += Notice("fejl", *view.check_problem);
  if (Allows(*req.role, Action::kEnterLocalData)) {
    main += Format("<p><a href=\"{}/indtastning\">Lokale tal: indtast tal for dine indikatorer</a></p>", {Text(base)});
  }
  if (Allows(*req.role, Action::kAssignIndicator)) {
    main += Format("<p><a href=\"{}/indikatoransvar\">Indikatoransvar: hvilke partnere indtaster hvilke tal</a></p>",
                   {Text(base)});
  }

  main += Html("<h2>Delaftaler</h2>");
  if (!view.plan.sub_agreements || view.plan.sub_agreements->empty()) {
    main += Html("<p>Planen har ingen delaftaler.</p>");
  } else {
    Html items;
    for (std::size_t sub_idx = 0; sub_idx < view.plan.sub_agreements->size(); ++sub_idx) {
      const model::SubAgreement& sub = (*view.plan.sub_agreements)[sub_idx];
      const FindingCounts counts = Count(FindingsAt(view.findings, "/sub_agreements/" + std::to_string(sub_idx)));
      items += Format("<li><a href=\"{}/delaftaler/{}\">{}</a> – {} fejl, {} advarsler</li>",
                      {Text(base), Text(static_cast<std::int64_t>(sub_idx + 1)), Text(sub.focus_area),
                       Text(counts.errors), Text(counts.warnings)});
    }
    main += Format("<ul>{}</ul>", {items});
  }

  if (view.plan.overall_goals && !view.plan.overall_goals->empty()) {
    main += Html("<h2>Overordnede mål</h2>");
    for (std::size_t goal_idx = 0; goal_idx < view.plan.overall_goals->size(); ++goal_idx) {
      const model::OverallGoal& goal = (*view.plan.overall_goals)[goal_idx];
      main += Format("<section class=\"goal\"><h3>{}</h3>{}</section>",
                     {Text(goal.text), FindingList(FindingsAt(view.findings, "/overall_goals/" +
                                                                                 std::to_string(goal_idx)))});
    }
  }

  std::vector<rules::Finding> general;
  for (const rules::Finding& finding : view.findings) {
    if (finding.pointer.rfind("/sub_agreements", 0) != 0 && finding.pointer.rfind("/overall_goals", 0) != 0) {
      general.push_back(finding);
    }
  }
  if (!general.empty()) main += Html("<h2>Tjek af samarbejdsaftalen</h2>") + FindingList(general);
  main += DownloadForms(app, req, view.plan);
  return PageReply(req, view.plan.name, main);
}

namespace {

// Everything of the delaftale page below the heading and the flash notice:
// the same for every user who may (or may not) edit, so it is rendered once
// per revision (PlanViewCache::Rendered).
Html SubAgreementBody(const service::PlanView& view, std::size_t sub_idx, bool may_edit) {
  const model::SubAgreement& sub = (*view.plan.sub_agreements)[sub_idx];
  const std::string pointer = "/sub_agreements/" + std::to_string(sub_idx);
  const std::string path = PlanPath(view.summary.id) + "/delaftaler/" + std::to_string(sub_idx + 1);
  Html main;
  if (sub.period) {
    model::Plan period_only;
    period_only.period = sub.period;
    main += Format("<p>Periode: {}</p>", {Text(service::PeriodText(period_only))});
  }
  main += FindingList(FindingsAt(view.findings, pointer + "/period"));
  // Findings about the delaftale as a whole or fields without a place below.
  std::vector<rules::Finding> other;
  for (const rules::Finding& finding : FindingsAt(view.findings, pointer)) {
    const std::string rest = finding.pointer.substr(pointer.size());
    if (rest.rfind("/goals/", 0) != 0 && rest.rfind("/activities/", 0) != 0 && rest.rfind("/staff", 0) != 0 &&
        rest.rfind("/period", 0) != 0) {
      other.push_back(finding);
    }
  }
  if (!other.empty()) main += Html("<h2>Bemærkninger til delaftalen</h2>") + FindingList(other);

  main += Html("<h2>Delmål og indikatorer</h2>");
  if (!sub.goals || sub.goals->empty()) main += Html("<p>Delaftalen har ingen delmål.</p>");
  if (sub.goals) {
    for (std::size_t goal_idx = 0; goal_idx < sub.goals->size(); ++goal_idx) {
      const model::Goal& goal = (*sub.goals)[goal_idx];
      const std::string goal_pointer = pointer + "/goals/" + std::to_string(goal_idx);
      Html section = Format("<h3>Delmål {}</h3><p>{}</p>{}",
                            {Text(static_cast<std::int64_t>(goal_idx + 1)), Text(goal.text),
                             FindingList(OwnFindings(view.findings, goal_pointer, "/indicators/"))});
      if (goal.indicators) {
        for (std::size_t ind_idx = 0; ind_idx < goal.indicators->size(); ++ind_idx) {
          section += IndicatorTable((*goal.indicators)[ind_idx]);
          section += FindingList(
              FindingsAt(view.findings, goal_pointer + "/indicators/" + std::to_string(ind_idx)));
        }
      }
      if (may_edit) {
        section += Format("<p><a href=\"{}/delmaal/{}\">Redigér delmål {}</a></p>",
                          {Text(path), Text(static_cast<std::int64_t>(goal_idx + 1)),
                           Text(static_cast<std::int64_t>(goal_idx + 1))});
      }
      main += Format("<section class=\"goal\" id=\"delmaal-{}\">{}</section>",
                     {Text(static_cast<std::int64_t>(goal_idx + 1)), section});
    }
  }

  main += Html("<h2>Aktiviteter</h2>");
  if (!sub.activities || sub.activities->empty()) {
    main += Html("<p>Delaftalen har ingen aktivitetsskemaer.</p>");
  } else {
    for (std::size_t act_idx = 0; act_idx < sub.activities->size(); ++act_idx) {
      const model::Activity& activity = (*sub.activities)[act_idx];
      main += Format("<section class=\"goal\"><h3>{}</h3><p>{}</p>{}</section>",
                     {Text(activity.name), Text(activity.purpose.value_or("Intet formål angivet")),
                      FindingList(FindingsAt(view.findings, pointer + "/activities/" + std::to_string(act_idx)))});
    }
  }

  main += Html("<h2>Medarbejderressourcer</h2>");
  if (!sub.staff || sub.staff->empty()) {
    main += Html("<p>Delaftalen angiver ingen medarbejderressourcer.</p>");
  } else {
    Html rows;
    for (const model::Staff& staff : *sub.staff) {
      rows += Format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                     {Text(staff.function), Text(staff.organisation.value_or("")),
                      Text(staff.amount ? ValueText(*staff.amount) : "")});
    }
    main += Format(
        "<table><thead><tr><th scope=\"col\">Funktion</th><th scope=\"col\">Organisation</th>"
        "<th scope=\"col\">Omfang</th></tr></thead><tbody>{}</tbody></table>",
        {rows});
  }
  main += FindingList(FindingsAt(view.findings, pointer + "/staff"));
  return main;
}

}  // namespace

StatusOr<Reply> SubAgreementPage(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  const service::PlanView& view = *shared_view;
  const long long number = req.PathNumber(2);
  if (!view.plan.sub_agreements || number < 1 || number > static_cast<long long>(view.plan.sub_agreements->size())) {
    return NotFoundError("delaftale " + std::to_string(number) + " findes ikke i planen");
  }
  const std::size_t sub_idx = static_cast<std::size_t>(number - 1);
  const model::SubAgreement& sub = (*view.plan.sub_agreements)[sub_idx];
  const bool may_edit = Allows(*req.role, Action::kEditPlan);

  Html main = Format("<p><a href=\"{}\">{}</a></p><h1>Delaftale: {}</h1>",
                     {Text(PlanPath(*req.plan_id)), Text(view.plan.name), Text(sub.focus_area)});
  main += FlashNotice(req);
  main += *app.plan_views.Rendered(shared_view, "delaftale/" + std::to_string(number) + (may_edit ? "/redigerbar" : ""),
                                  [&] { return SubAgreementBody(view, sub_idx, may_edit); });
  return PageReply(req, "Delaftale " + sub.focus_area, main);
}

}  // namespace helhed::web::internal
