// SPDX-License-Identifier: Apache-2.0
// See list_result_view.h.
#include "helhed/service/list_result_view.h"

#include <cstdint>

#include <nlohmann/json.hpp>

#include "helhed/base/danish_number.h"
#include "helhed/service/lists_store_service.h"
#include "helhed/store/clock.h"

namespace helhed::service {
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

std::string Distance(const Json& level) {
  std::string distance = "–";
  if (level.value("distance_persons", Json()).is_number_integer()) {
    distance = FormatDanish(static_cast<double>(level["distance_persons"].get<std::int64_t>()), 0) + " personer";
  } else if (level.value("distance_kr_per_person", Json()).is_number()) {
    distance = FormatDanish(level["distance_kr_per_person"].get<double>(), 0) + " kr. pr. person";
  }
  if (level.value("within_uncertainty", Json()).is_boolean() && level["within_uncertainty"].get<bool>()) {
    distance += " (inden for den statistiske usikkerhed)";
  }
  return distance;
}

}  // namespace

StatusOr<ListResultView> ReadListResult(const store::ListResult& result) {
  const Json doc = Json::parse(result.result_json, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object() || !doc.contains("areas") || !doc["areas"].is_array() || doc["areas"].empty() ||
      !doc["areas"][0].is_object()) {
    return DataLossError("listeresultatet for " + result.area_id + " (" + std::to_string(result.list_year) +
                         ") i databasen kan ikke læses");
  }
  const Json& area = doc["areas"][0];
  ListResultView view;
  view.list_year = result.list_year;
  view.category = area.value("category_name", ListCategoryDanish(result.category));
  view.residents = area.value("residents", Json()).is_number()
                       ? FormatDanish(static_cast<double>(area["residents"].get<std::int64_t>()), 0)
                       : std::string("ukendt");
  view.criteria_met_udsat = area.value("criteria_met_udsat", Json()).dump();
  view.criteria_met_forebyggelse = area.value("criteria_met_forebyggelse", Json()).dump();
  if (area.contains("criteria") && area["criteria"].is_object()) {
    for (const auto& [id, criterion] : area["criteria"].items()) {
      if (!criterion.is_object()) continue;
      for (const char* level : {"udsat", "parallelsamfund", "forebyggelse"}) {
        if (!criterion.contains(level) || !criterion[level].is_object()) continue;
        const Json& at = criterion[level];
        view.rows.push_back({criterion.value("label", id), Percent(criterion.value("value_percent", Json())),
                             Fraction(criterion.value("value", Json())), level,
                             Percent(at.value("threshold_percent", Json())), Met(at), Distance(at),
                             at.value("explanation", std::string())});
      }
    }
  }
  if (area.contains("earlier") && area["earlier"].is_array()) {
    for (const Json& e : area["earlier"]) {
      if (!e.is_object()) continue;
      if (!view.earlier.empty()) view.earlier += "; ";
      view.earlier += e.value("year", Json()).dump() + ": " + e.value("category_name", std::string());
    }
  }
  view.computed = store::FormatTimestampDanish(result.stored_at) + " af " + result.stored_by + " fra " +
                  (result.origin == "register" ? "registerdata" : "en kriterietabel");
  return view;
}

std::optional<store::ListResult> NewestListResultAtOrBefore(const std::vector<store::ListResult>& results, int year) {
  std::optional<store::ListResult> newest;
  for (const store::ListResult& result : results) {
    if (result.list_year <= year && (!newest || result.list_year > newest->list_year)) newest = result;
  }
  return newest;
}

}  // namespace helhed::service
