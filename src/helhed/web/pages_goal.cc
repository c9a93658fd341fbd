// SPDX-License-Identifier: Apache-2.0
// Editing a delmål: the form (text, indicator names, baseline values, with
// the check findings next to each field) and its submission, which saves a
// new revision or shows the form again with the reason it was refused.
#include <string>

#include "helhed/base/status_macros.h"
#include "helhed/service/plan_edit_service.h"
#include "helhed/service/plan_view_service.h"
#include "helhed/web/html.h"
#include "helhed/web/http_status.h"
#include "helhed/web/internal/handlers.h"
#include "helhed/web/internal/layout.h"
#include "helhed/web/internal/value_text.h"

namespace helhed::web::internal {
namespace {

struct GoalLocation {
  std::size_t sub_idx = 0;
  std::size_t goal_idx = 0;
  const model::SubAgreement* sub = nullptr;
  const model::Goal* goal = nullptr;
};

StatusOr<GoalLocation> Locate(const model::Plan& plan, const Request& req) {
  const long long sub_number = req.PathNumber(2);
  const long long goal_number = req.PathNumber(3);
  if (!plan.sub_agreements || sub_number < 1 || sub_number > static_cast<long long>(plan.sub_agreements->size())) {
    return NotFoundError("delaftale " + std::to_string(sub_number) + " findes ikke i planen");
  }
  GoalLocation loc;
  loc.sub_idx = static_cast<std::size_t>(sub_number - 1);
  loc.sub = &(*plan.sub_agreements)[loc.sub_idx];
  if (!loc.sub->goals || goal_number < 1 || goal_number > static_cast<long long>(loc.sub->goals->size())) {
    return NotFoundError("delmål " + std::to_string(goal_number) + " findes ikke i delaftalen " + loc.sub->focus_area);
  }
  loc.goal_idx = static_cast<std::size_t>(goal_number - 1);
  loc.goal = &(*loc.sub->goals)[loc.goal_idx];
  return loc;
}

service::GoalEdit EditFromPlan(const model::Goal& goal) {
  service::GoalEdit edit;
  edit.text = goal.text;
  if (goal.indicators) {
    for (const model::Indicator& indicator : *goal.indicators) {
      service::IndicatorEdit ind{indicator.name, {}};
      if (indicator.baselines) {
        for (const model::Baseline& baseline : *indicator.baselines) {
          ind.baseline_values.push_back(ValueInputText(baseline.value));
        }
      }
      edit.indicators.push_back(std::move(ind));
    }
  }
  return edit;
}

// Reads ind_<k>_navn and ind_<k>_base_<j> for k, j = 0, 1, ... until absent.
service::GoalEdit EditFromForm(const Form& form) {
  service::GoalEdit edit;
  edit.text = form.Get("tekst").value_or("");
  for (std::size_t k = 0;; ++k) {
    const std::string prefix = "ind_" + std::to_string(k) + "_";
    std::optional<std::string> name = form.Get(prefix + "navn");
    if (!name) break;
    service::IndicatorEdit ind{*name, {}};
    for (std::size_t j = 0;; ++j) {
      std::optional<std::string> value = form.Get(prefix + "base_" + std::to_string(j));
      if (!value) break;
      ind.baseline_values.push_back(*value);
    }
    edit.indicators.push_back(std::move(ind));
  }
  return edit;
}

Reply RenderForm(const Request& req, const service::PlanView& view, const GoalLocation& loc,
                 const service::GoalEdit& edit, int base_revision, const Html& notice, int status) {
  const std::string plan_path = "/planer/" + std::to_string(*req.plan_id);
  const std::string sub_path = plan_path + "/delaftaler/" + std::to_string(loc.sub_idx + 1);
  const std::string goal_pointer =
      "/sub_agreements/" + std::to_string(loc.sub_idx) + "/goals/" + std::to_string(loc.goal_idx);
  const auto goal_number = static_cast<std::int64_t>(loc.goal_idx + 1);

  Html fields = Format(
      "<input type=\"hidden\" name=\"revision\" value=\"{}\">"
      "<label for=\"tekst\">Delmål</label><textarea id=\"tekst\" name=\"tekst\" required>{}</textarea>",
      {Text(base_revision), Text(edit.text)});
  std::vector<rules::Finding> own;
  for (const rules::Finding& finding : FindingsAt(view.findings, goal_pointer)) {
    if (finding.pointer.rfind(goal_pointer + "/indicators/", 0) != 0) own.push_back(finding);
  }
  fields += FindingList(own);
  const std::vector<model::Indicator> no_indicators;
  const std::vector<model::Indicator>& indicators = loc.goal->indicators ? *loc.goal->indicators : no_indicators;
  for (std::size_t k = 0; k < edit.indicators.size() && k < indicators.size(); ++k) {
    const service::IndicatorEdit& ind = edit.indicators[k];
    const std::string id = "ind_" + std::to_string(k) + "_";
    Html inputs = Format("<label for=\"{}navn\">Navn på indikatoren</label>"
                         "<input type=\"text\" id=\"{}navn\" name=\"{}navn\" value=\"{}\" required>",
                         {Text(id), Text(id), Text(id), Text(ind.name)});
    for (std::size_t j = 0; j < ind.baseline_values.size(); ++j) {
      const std::string field = id + "base_" + std::to_string(j);
      std::string label = "Baseline";
      if (indicators[k].baselines && j < indicators[k].baselines->size()) {
        const model::Baseline& baseline = (*indicators[k].baselines)[j];
        label += ": " + BaselineLabel(baseline) + " (nu " + ValueText(baseline.value) + ")";
      }
      inputs += Format("<label for=\"{}\">{}</label><input type=\"text\" id=\"{}\" name=\"{}\" value=\"{}\" "
                       "inputmode=\"decimal\" aria-describedby=\"talformat\">",
                       {Text(field), Text(label), Text(field), Text(field), Text(ind.baseline_values[j])});
    }
    inputs += FindingList(FindingsAt(view.findings, goal_pointer + "/indicators/" + std::to_string(k)));
    fields += Format("<fieldset><legend>Indikator {}</legend>{}</fieldset>",
                     {Text(static_cast<std::int64_t>(k + 1)), inputs});
  }
  const Html main = Format(
      "<p><a href=\"{}\">{}</a> › <a href=\"{}\">Delaftale: {}</a></p><h1>Redigér delmål {}</h1>{}"
      "<p class=\"hint\" id=\"talformat\">Skriv tal med komma som decimaltegn, fx 42,6. Et tomt felt beholder en "
      "baseline uden tal (fx »Ingen data«).</p>"
      "<form class=\"stack\" method=\"post\" action=\"{}/delmaal/{}\">{}{}<button type=\"submit\">Gem som ny "
      "revision</button></form>",
      {Text(plan_path), Text(view.plan.name), Text(sub_path), Text(loc.sub->focus_area), Text(goal_number), notice,
       Text(sub_path), Text(goal_number), CsrfField(req), fields});
  return PageReply(req, "Redigér delmål", main, status);
}

}  // namespace

StatusOr<Reply> GoalEditPage(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  const service::PlanView& view = *shared_view;
  HELHED_ASSIGN_OR_RETURN(GoalLocation loc, Locate(view.plan, req));
  return RenderForm(req, view, loc, EditFromPlan(*loc.goal), view.head.revision, Html(), 200);
}

StatusOr<Reply> GoalEditSubmit(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(long long base_revision, req.form->RequireNumber("revision", "Revision"));
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  const service::PlanView& view = *shared_view;
  HELHED_ASSIGN_OR_RETURN(GoalLocation loc, Locate(view.plan, req));
  const service::GoalEdit edit = EditFromForm(*req.form);
  StatusOr<store::RevisionInfo> saved =
      service::SaveGoalEdit(*req.store, app.options.data_dir, *req.plan_id, static_cast<int>(base_revision),
                            loc.sub_idx, loc.goal_idx, edit, req.session->login);
  if (!saved.ok()) {
    const StatusCode code = saved.status().code();
    if (code != StatusCode::kInvalidArgument && code != StatusCode::kAborted &&
        code != StatusCode::kFailedPrecondition) {
      return saved.status();
    }
    // The form again with what the user typed, so nothing is lost; a stale
    // form keeps its old revision so saving again is refused again.
    const std::string lead = code == StatusCode::kAborted ? "Konflikt: " : "Ændringen er ikke gemt: ";
    return RenderForm(req, view, loc, edit, static_cast<int>(base_revision),
                      Notice("fejl", lead + saved.status().message() + "."), HttpStatusFor(code));
  }
  return Reply::Redirect("/planer/" + std::to_string(*req.plan_id) + "/delaftaler/" +
                         std::to_string(loc.sub_idx + 1) + "?besked=gemt#delmaal-" +
                         std::to_string(loc.goal_idx + 1));
}

}  // namespace helhed::web::internal
