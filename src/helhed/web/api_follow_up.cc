// SPDX-License-Identifier: Apache-2.0
// The JSON API of the follow-up dashboards and the § 61 a page (docs/api.md):
// the numbers the pages draw, read from the same services, so a dashboard
// tool sees exactly what a reader of the page sees and nothing more — a
// suppressed value carries no number here either.
#include <string>
#include <vector>

#include <fmt/format.h>

#include "helhed/base/status_macros.h"
#include "helhed/service/follow_up_service.h"
#include "helhed/service/lists_store_service.h"
#include "helhed/service/plan_view_service.h"
#include "helhed/web/internal/api_json.h"
#include "helhed/web/internal/handlers.h"

namespace helhed::web::internal {
namespace {

using nlohmann::json;

const char* StyleName(charts::SeriesStyle style) {
  switch (style) {
    case charts::SeriesStyle::kPrimary: return "primary";
    case charts::SeriesStyle::kSecond: return "second";
    case charts::SeriesStyle::kThird: return "third";
  }
  return "primary";
}

json PointJson(const charts::Point& point) {
  json out = {{"year", point.year()}};
  switch (point.status()) {
    case charts::PointStatus::kSuppressed: out["status"] = "suppressed"; return out;
    case charts::PointStatus::kMissing: out["status"] = "not_available"; return out;
    case charts::PointStatus::kValue: break;
  }
  out["status"] = "ok";
  out["value"] = point.value();
  out["ci_low"] = point.interval() ? json(point.interval()->low) : json(nullptr);
  out["ci_high"] = point.interval() ? json(point.interval()->high) : json(nullptr);
  out["numerator"] = point.numerator() ? json(*point.numerator()) : json(nullptr);
  out["denominator"] = point.denominator() ? json(*point.denominator()) : json(nullptr);
  return out;
}

json PointsJson(const std::vector<charts::Point>& points) {
  json out = json::array();
  for (const charts::Point& point : points) out.push_back(PointJson(point));
  return out;
}

json ByYearJson(const charts::LineChartSpec& line) {
  json series = json::array();
  for (const charts::Series& s : line.series) {
    series.push_back({{"name", s.name}, {"style", StyleName(s.style)}, {"points", PointsJson(s.points)}});
  }
  json out = {{"title", line.title}, {"value_suffix", line.format.suffix}, {"series", series}};
  out["baseline"] = line.baseline ? json{{"year", line.baseline->year}, {"value", line.baseline->value}} : json(nullptr);
  if (line.target) {
    out["target"] = {{"value", line.target->value}, {"year", line.target->year ? json(*line.target->year) : json(nullptr)}};
  } else {
    out["target"] = nullptr;
  }
  return out;
}

json BarsJson(const std::vector<charts::Bar>& bars) {
  json out = json::array();
  for (const charts::Bar& bar : bars) {
    json entry = PointJson(bar.point);
    entry.erase("year");
    entry["name"] = bar.label;
    out.push_back(std::move(entry));
  }
  return out;
}

json ByZoneJson(const charts::BarChartSpec& bars) {
  return {{"title", bars.title},
          {"year", bars.year},
          {"value_suffix", bars.format.suffix},
          {"units", BarsJson(bars.bars)},
          {"references", BarsJson(bars.references)}};
}

json SectionJson(const service::FollowUpSection& section) {
  json indicators = json::array();
  for (const service::FollowUpIndicator& indicator : section.indicators) {
    json entry = {{"name", indicator.name},
                  {"register_indicator", indicator.engine_indicator.empty() ? json(nullptr)
                                                                            : json(indicator.engine_indicator)},
                  {"local", indicator.local},
                  {"source", indicator.source}};
    entry["no_data"] = indicator.no_data.empty() ? json(nullptr) : json(indicator.no_data);
    entry["by_year"] = indicator.by_year_data ? ByYearJson(*indicator.by_year_data) : json(nullptr);
    entry["by_zone"] = indicator.by_zone_data ? ByZoneJson(*indicator.by_zone_data) : json(nullptr);
    indicators.push_back(std::move(entry));
  }
  return {{"heading", section.heading}, {"context", section.context}, {"indicators", indicators}};
}

// `base` is the API path the entries' goal numbers (1-based) are appended to.
json EntriesJson(const std::string& base, const std::vector<service::FollowUpEntry>& entries) {
  json out = json::array();
  for (const service::FollowUpEntry& entry : entries) {
    out.push_back({{"heading", entry.heading},
                   {"indicators", entry.indicators},
                   {"with_register_data", entry.with_register_data},
                   {"href", base + std::to_string(entry.goal + 1)}});
  }
  return out;
}

}  // namespace

StatusOr<Reply> ApiFollowUpIndex(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  HELHED_ASSIGN_OR_RETURN(const service::FollowUpIndex index,
                          service::FollowUpIndexOf(view->plan, app.options.data_dir));
  const std::string base = "/api/plans/" + std::to_string(*req.plan_id) + "/follow-up/";
  json subs = json::array();
  for (std::size_t sub = 0; sub < index.sub_agreements.size(); ++sub) {
    const auto& [focus_area, entries] = index.sub_agreements[sub];
    subs.push_back({{"focus_area", focus_area},
                    {"goals", EntriesJson(base + "sub-agreements/" + std::to_string(sub + 1) + "/goals/", entries)}});
  }
  return Reply::Json(ApiDump(json{{"overall_goals", EntriesJson(base + "goals/", index.overall_goals)}, {"sub_agreements", subs}}));
}

StatusOr<Reply> ApiFollowUpGoal(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const std::size_t goal, PathIndex(req, 2, "mål"));
  HELHED_ASSIGN_OR_RETURN(const auto view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  HELHED_ASSIGN_OR_RETURN(const auto text, app.plan_views.JsonOr(view, fmt::format("follow-up/goals/{}", goal),
                                                                  [&]() -> StatusOr<std::string> {
    HELHED_ASSIGN_OR_RETURN(const service::FollowUpSection section,
                            service::OverallGoalFollowUp(*req.store, view->plan, goal, app.options.data_dir,
                                                         {.plan_id = *req.plan_id, .draw_charts = false}));
    return ApiDump(SectionJson(section));
  }));
  return Reply::Json(*text);
}

StatusOr<Reply> ApiFollowUpSubGoal(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const std::size_t sub, PathIndex(req, 2, "delaftale"));
  HELHED_ASSIGN_OR_RETURN(const std::size_t goal, PathIndex(req, 3, "delmål"));
  HELHED_ASSIGN_OR_RETURN(const auto view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  HELHED_ASSIGN_OR_RETURN(
      const auto text,
      app.plan_views.JsonOr(view, fmt::format("follow-up/sub-agreements/{}/goals/{}", sub, goal),
                            [&]() -> StatusOr<std::string> {
        HELHED_ASSIGN_OR_RETURN(const service::FollowUpSection section,
                                service::SubGoalFollowUp(*req.store, view->plan, sub, goal, app.options.data_dir,
                                                         {.plan_id = *req.plan_id, .draw_charts = false}));
        return ApiDump(SectionJson(section));
      }));
  return Reply::Json(*text);
}

StatusOr<Reply> ApiLists(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  json areas = json::array();
  if (view->plan.housing_areas) {
    for (const model::HousingArea& area : *view->plan.housing_areas) {
      HELHED_ASSIGN_OR_RETURN(const std::vector<store::ListResult> results, req.store->ListListResults(area.id));
      json years = json::array();
      for (const store::ListResult& result : results) {
        json document = json::parse(result.result_json, nullptr, /*allow_exceptions=*/false);
        if (document.is_discarded()) {
          return DataLossError("det gemte listeresultat for " + area.name + " (" + std::to_string(result.list_year) +
                               ") kan ikke læses");
        }
        years.push_back({{"list_year", result.list_year},
                         {"category", result.category},
                         {"category_text", service::ListCategoryDanish(result.category)},
                         {"origin", result.origin},
                         {"stored_at", store::FormatTimestamp(result.stored_at)},
                         {"result", std::move(document)}});
      }
      areas.push_back({{"area_id", area.id}, {"name", area.name}, {"results", years}});
    }
  }
  return Reply::Json(ApiDump(json{{"areas", areas}}));
}

}  // namespace helhed::web::internal
