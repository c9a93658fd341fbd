// SPDX-License-Identifier: Apache-2.0
// Follow-up dashboards (opfølgning): the index of the plan's overall goals
// and delmål, and one page per overall goal or delmål with each indicator's
// register numbers as charts and tables (service/follow_up_service.h).
#include <functional>
#include <memory>
#include <string>

#include "helhed/base/status_macros.h"
#include "helhed/service/follow_up_service.h"
#include "helhed/service/plan_view_service.h"
#include "helhed/web/html.h"
#include "helhed/web/internal/chart_html.h"
#include "helhed/web/internal/handlers.h"
#include "helhed/web/internal/layout.h"

namespace helhed::web::internal {
namespace {

std::string PlanBase(const Request& req) { return "/planer/" + std::to_string(*req.plan_id); }

Html EntryList(const std::string& base, const std::vector<service::FollowUpEntry>& entries) {
  if (entries.empty()) return Html("<p>Ingen.</p>");
  Html items;
  for (const service::FollowUpEntry& entry : entries) {
    const std::string coverage =
        entry.indicators == 0 ? "ingen indikatorer"
                              : std::to_string(entry.with_register_data) + " af " + std::to_string(entry.indicators) +
                                    (entry.indicators == 1 ? " indikator" : " indikatorer") + " med registerdata";
    items += Format("<li><a href=\"{}/{}\">{}</a> – {}</li>",
                    {Text(base), Text(entry.path), Text(entry.heading), Text(coverage)});
  }
  return Format("<ul>{}</ul>", {items});
}

Html IndicatorHtml(const service::FollowUpIndicator& indicator, std::size_t number) {
  Html out = Format("<section class=\"indikator\" id=\"indikator-{}\"><h2>{}</h2>",
                    {Text(static_cast<std::int64_t>(number)), Text(indicator.name)});
  if (!indicator.engine_indicator.empty()) {
    out += Format("<p class=\"hint\">Registerindikator {}: {}</p>",
                  {Text(indicator.engine_indicator), Text(indicator.engine_name)});
  }
  if (indicator.local) {
    out += Html("<p class=\"hint\">Lokale tal, indtastet af planens partnere med deres kilde.</p>");
  }
  if (!indicator.no_data.empty()) {
    out += Notice("info", indicator.no_data);
  } else {
    if (indicator.by_year) out += Html("<h3>Udvikling år for år</h3>") + ChartFigure(*indicator.by_year);
    if (indicator.by_zone) out += Html("<h3>Fordelt på zoner</h3>") + ChartFigure(*indicator.by_zone);
    if (!indicator.source.empty()) out += Format("<p class=\"hint kilde\">{}</p>", {Text(indicator.source)});
  }
  return out + Html("</section>");
}

// The dashboard below the page frame: the same for every user who may see
// the plan (nothing in it depends on the role), so it is kept per plan view.
Html SectionMain(const std::string& base, const service::PlanView& view, const service::FollowUpSection& section) {
  Html main = Format("<p><a href=\"{}\">{}</a> › <a href=\"{}/opfoelgning\">Opfølgning</a></p><h1>{}</h1>",
                     {Text(base), Text(view.plan.name), Text(base), Text(section.heading)});
  if (!section.context.empty()) main += Format("<p>Indsatsområde: {}</p>", {Text(section.context)});
  main += Html(
      "<p class=\"hint\">Området sammenlignes med kommunen og hele landet. Det skraverede bånd er "
      "95 %-intervallet: ændringer inden for det kan være tilfældige. Diskretionerede tal vises aldrig, "
      "fordi for få personer står bag dem.</p>");
  if (section.indicators.empty()) main += Html("<p>Der er ingen indikatorer under dette mål.</p>");
  for (std::size_t idx = 0; idx < section.indicators.size(); ++idx) {
    main += IndicatorHtml(section.indicators[idx], idx + 1);
  }
  return main;
}

// A dashboard page: its body built by `build` once per plan view (so once
// per revision and data generation, PlanViewCache) under `key`.
StatusOr<Reply> SectionPage(App& app, const Request& req, const std::shared_ptr<const service::PlanView>& view,
                            const std::string& key, const std::string& heading,
                            const std::function<StatusOr<service::FollowUpSection>()>& build) {
  HELHED_ASSIGN_OR_RETURN(const auto main, app.plan_views.RenderedOr(view, key, [&]() -> StatusOr<Html> {
    HELHED_ASSIGN_OR_RETURN(const service::FollowUpSection section, build());
    return SectionMain(PlanBase(req), *view, section);
  }));
  return PageReply(req, "Opfølgning – " + heading, *main);
}

}  // namespace

StatusOr<Reply> FollowUpIndexPage(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  const service::PlanView& view = *shared_view;
  // Reads the indicator definitions from data/, so it is kept like the dashboards.
  HELHED_ASSIGN_OR_RETURN(const auto main, app.plan_views.RenderedOr(shared_view, "opfoelgning", [&]() -> StatusOr<Html> {
    HELHED_ASSIGN_OR_RETURN(service::FollowUpIndex index, service::FollowUpIndexOf(view.plan, app.options.data_dir));
    const std::string base = PlanBase(req);
    Html body = Format("<p><a href=\"{}\">{}</a></p><h1>Opfølgning</h1>"
                       "<p>Planens indikatorer år for år fra registerdata: området mod kommunen og hele landet, "
                       "med planens baseline og mål, usikkerhed og en opdeling på zoner.</p>",
                       {Text(base), Text(view.plan.name)});
    body += Html("<h2>Overordnede mål</h2>") + EntryList(base, index.overall_goals);
    for (const auto& [focus_area, entries] : index.sub_agreements) {
      body += Format("<h2>Delaftale: {}</h2>", {Text(focus_area)}) + EntryList(base, entries);
    }
    return body;
  }));
  return PageReply(req, "Opfølgning", *main);
}

StatusOr<Reply> FollowUpGoalPage(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const std::size_t goal, PathIndex(req, 2, "mål"));
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  HELHED_ASSIGN_OR_RETURN(const std::string heading, service::OverallGoalFollowUpHeading(shared_view->plan, goal));
  return SectionPage(app, req, shared_view, "opfoelgning/maal/" + std::to_string(goal + 1), heading, [&] {
    return service::OverallGoalFollowUp(*req.store, shared_view->plan, goal, app.options.data_dir,
                                         {.plan_id = *req.plan_id});
  });
}

StatusOr<Reply> FollowUpSubGoalPage(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const std::size_t sub, PathIndex(req, 2, "delaftale"));
  HELHED_ASSIGN_OR_RETURN(const std::size_t goal, PathIndex(req, 3, "delmål"));
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  HELHED_ASSIGN_OR_RETURN(const std::string heading, service::SubGoalFollowUpHeading(shared_view->plan, sub, goal));
  return SectionPage(app, req, shared_view,
                     "opfoelgning/delaftaler/" + std::to_string(sub + 1) + "/delmaal/" + std::to_string(goal + 1),
                     heading, [&] {
                       return service::SubGoalFollowUp(*req.store, shared_view->plan, sub, goal,
                                                       app.options.data_dir, {.plan_id = *req.plan_id});
                     });
}

}  // namespace helhed::web::internal
