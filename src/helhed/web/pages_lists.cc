// SPDX-License-Identifier: Apache-2.0
// The § 61 a page of a plan: for every housing area of the plan, the stored
// list results (`helhed lists --store`): each criterion's value as a
// fraction, the thresholds of that list year, whether they are met, the
// distance in persons, the category and the earlier years.
#include <string>

#include <nlohmann/json.hpp>

#include "helhed/base/danish_number.h"
#include "helhed/base/status_macros.h"
#include "helhed/service/lists_store_service.h"
#include "helhed/store/clock.h"
#include "helhed/web/html.h"
#include "helhed/web/internal/handlers.h"
#include "helhed/web/internal/layout.h"

namespace helhed::web::internal {
namespace {

using Json = nlohmann::json;

std::string Percent(const Json& value) {
  if (!value.is_number()) return "–";
  return FormatDanish(value.get<double>(), 1) + " %";
}

std::string Fraction(const Json& value) {
  if (!value.is_object()) return "ukendt";
  return value.value("numerator", Json()).dump() + "/" + value.value("denominator", Json()).dump();
}

std::string Met(const Json& level) {
  const Json met = level.value("met", Json());
  if (!met.is_boolean()) return "ukendt";
  return met.get<bool>() ? "ja" : "nej";
}

std::string LevelName(std::string_view level) {
  if (level == "udsat") return "udsat";
  if (level == "forebyggelse") return "forebyggelse";
  if (level == "parallelsamfund") return "parallelsamfund";
  return std::string(level);
}

Html LevelRow(const std::string& label, const Json& criterion, std::string_view level_name, const Json& level) {
  std::string distance = "–";
  if (level.value("distance_persons", Json()).is_number_integer()) {
    distance = FormatDanish(static_cast<double>(level["distance_persons"].get<std::int64_t>()), 0) + " personer";
  } else if (level.value("distance_kr_per_person", Json()).is_number()) {
    distance = FormatDanish(level["distance_kr_per_person"].get<double>(), 0) + " kr. pr. person";
  }
  if (level.value("within_uncertainty", Json()).is_boolean() && level["within_uncertainty"].get<bool>()) {
    distance += " (inden for den statistiske usikkerhed)";
  }
  return Format(
      "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>"
      "<tr class=\"explanation\"><td colspan=\"7\">{}</td></tr>",
      {Text(label), Text(Percent(criterion.value("value_percent", Json()))),
       Text(Fraction(criterion.value("value", Json()))), Text(LevelName(level_name)),
       Text(Percent(level.value("threshold_percent", Json()))), Text(Met(level)), Text(distance),
       Text(level.value("explanation", std::string()))});
}

// One stored result (a helhed/lists@1 document with one area) as a table.
StatusOr<Html> ResultTable(const store::ListResult& result) {
  const Json doc = Json::parse(result.result_json, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object() || !doc.contains("areas") || !doc["areas"].is_array() || doc["areas"].empty()) {
    return DataLossError("listeresultatet for " + result.area_id + " (" + std::to_string(result.list_year) +
                         ") i databasen kan ikke læses");
  }
  const Json& area = doc["areas"][0];
  Html rows;
  if (area.contains("criteria") && area["criteria"].is_object()) {
    for (const auto& [id, criterion] : area["criteria"].items()) {
      const std::string label = criterion.value("label", id);
      for (const char* level : {"udsat", "parallelsamfund", "forebyggelse"}) {
        if (criterion.contains(level) && criterion[level].is_object()) {
          rows += LevelRow(label, criterion, level, criterion[level]);
        }
      }
    }
  }
  std::string earlier;
  if (area.contains("earlier") && area["earlier"].is_array()) {
    for (const Json& e : area["earlier"]) {
      if (!earlier.empty()) earlier += "; ";
      earlier += e.value("year", Json()).dump() + ": " + e.value("category_name", std::string());
    }
  }
  Html facts = Format(
      "<dl><dt>Kategori</dt><dd>{}</dd><dt>Beboere</dt><dd>{}</dd><dt>Opfyldte kriterier (udsat / forebyggelse)</dt>"
      "<dd>{} / {}</dd><dt>Beregnet</dt><dd>{} af {} fra {}</dd></dl>",
      {Text(area.value("category_name", service::ListCategoryDanish(result.category))),
       Text(area.value("residents", Json()).is_number()
                ? FormatDanish(static_cast<double>(area["residents"].get<std::int64_t>()), 0)
                : std::string("ukendt")),
       Text(area.value("criteria_met_udsat", Json()).dump()), Text(area.value("criteria_met_forebyggelse", Json()).dump()),
       Text(store::FormatTimestampDanish(result.stored_at)), Text(result.stored_by),
       Text(result.origin == "register" ? "registerdata" : "en kriterietabel")});
  if (!earlier.empty()) facts += Format("<p>Tidligere lister: {}</p>", {Text(earlier)});
  return Format(
      "<h3>Listeåret {}</h3>{}<table class=\"wide\"><caption>Kriterier, grænser og afstand, listeåret {}</caption>"
      "<thead><tr><th scope=\"col\">Kriterium</th><th scope=\"col\">Værdi</th><th scope=\"col\">Tæller/nævner</th>"
      "<th scope=\"col\">Niveau</th><th scope=\"col\">Grænse</th><th scope=\"col\">Opfyldt</th>"
      "<th scope=\"col\">Afstand til grænsen</th></tr></thead><tbody>{}</tbody></table>",
      {Text(static_cast<std::int64_t>(result.list_year)), facts, Text(static_cast<std::int64_t>(result.list_year)),
       rows});
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
