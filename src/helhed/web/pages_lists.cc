// SPDX-License-Identifier: Apache-2.0
// The § 61 a page of a plan: for every housing area of the plan, the stored
// list results (`helhed lists --store`): each criterion's value as a
// fraction, the thresholds of that list year, whether they are met, the
// distance in persons, the category and the earlier years.
#include <string>

#include "helhed/base/status_macros.h"
#include "helhed/service/list_result_view.h"
#include "helhed/service/lists_store_service.h"
#include "helhed/web/html.h"
#include "helhed/web/internal/handlers.h"
#include "helhed/web/internal/layout.h"

namespace helhed::web::internal {
namespace {

Html LevelRow(const service::ListCriterionRow& row) {
  return Format(
      "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"
      "<tr class=\"explanation\"><td colspan=\"7\">{}</td></tr>",
      {Text(row.criterion), Text(row.value), Text(row.fraction), Text(row.level), Text(row.threshold), Text(row.met),
       Text(row.distance), Text(row.explanation)});
}

// One stored result (a helhed/lists@1 document with one area) as a table.
StatusOr<Html> ResultTable(const store::ListResult& result) {
  HELHED_ASSIGN_OR_RETURN(service::ListResultView view, service::ReadListResult(result));
  Html rows;
  for (const service::ListCriterionRow& row : view.rows) rows += LevelRow(row);
  Html facts = Format(
      "<dl><dt>Kategori</dt><dd>{}</dd><dt>Beboere</dt><dd>{}</dd><dt>Opfyldte kriterier (udsat / forebyggelse)</dt>"
      "<dd>{} / {}</dd><dt>Beregnet</dt><dd>{}</dd></dl>",
      {Text(view.category), Text(view.residents), Text(view.criteria_met_udsat), Text(view.criteria_met_forebyggelse),
       Text(view.computed)});
  if (!view.earlier.empty()) facts += Format("<p>Tidligere lister: {}</p>", {Text(view.earlier)});
  return Format(
      "<h3>Listeåret {}</h3>{}<table class=\"wide\"><caption>Kriterier, grænser og afstand, listeåret {}</caption>"
      "<thead><tr><th scope=\"col\">Kriterium</th><th scope=\"col\">Værdi</th><th scope=\"col\">Tæller/nævner</th>"
      "<th scope=\"col\">Niveau</th><th scope=\"col\">Grænse</th><th scope=\"col\">Opfyldt</th>"
      "<th scope=\"col\">Afstand til grænsen</th></tr></thead><tbody>{}</tbody></table>",
      {Text(static_cast<std::int64_t>(view.list_year)), facts, Text(static_cast<std::int64_t>(view.list_year)), rows});
}

}  // namespace

StatusOr<std::string> LatestListCategory(store::Store& store, const model::Plan& plan) {
  std::string out;
  if (!plan.housing_areas) return out;
  for (const model::HousingArea& area : *plan.housing_areas) {
    HELHED_ASSIGN_OR_RETURN(std::vector<store::ListResult> results, store.ListListResults(area.id));
    if (results.empty()) continue;
    if (!out.empty()) out += "; ";
    out += area.name + ": " + service::ListCategoryDanish(results.back().category) + " (" +
           std::to_string(results.back().list_year) + ")";
  }
  return out;
}

StatusOr<Reply> ListsPage(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  const service::PlanView& view = *shared_view;
  Html main = Format("<p><a href=\"/planer/{}\">{}</a></p><h1>§ 61 a-listerne</h1>",
                     {Text(static_cast<std::int64_t>(*req.plan_id)), Text(view.plan.name)});
  main += Html(
      "<p>Planens boligområder og zoner på listerne over udsatte boligområder, parallelsamfund, "
      "omdannelsesområder og forebyggelsesområder (almenboligloven § 61 a og § 61 b), med afstanden til hver "
      "grænse i personer. Grænserne er listeårets regler i data/lists/.</p>");
  if (!view.plan.housing_areas || view.plan.housing_areas->empty()) {
    main += Notice("info", "Planen angiver ingen boligområder.");
    return PageReply(req, "§ 61 a-listerne", main);
  }
  for (const model::HousingArea& area : *view.plan.housing_areas) {
    HELHED_ASSIGN_OR_RETURN(std::vector<store::ListResult> results, req.store->ListListResults(area.id));
    Html section = Format("<h2>{}</h2>", {Text(area.name)});
    if (results.empty()) {
      section += Notice("info", "Der er ikke gemt listeresultater for området (id " + area.id +
                                    "). De gemmes med helhed lists --store.");
    }
    // Newest list year first.
    for (auto it = results.rbegin(); it != results.rend(); ++it) {
      HELHED_ASSIGN_OR_RETURN(Html table, ResultTable(*it));
      section += table;
    }
    main += Format("<section class=\"goal\">{}</section>", {section});
  }
  return PageReply(req, "§ 61 a-listerne", main);
}

}  // namespace helhed::web::internal
