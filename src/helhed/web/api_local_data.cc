// SPDX-License-Identifier: Apache-2.0
// The JSON API for local data entry (docs/api.md): the indicators the user
// may enter values for, with their entries and the plan's units, entering a
// value, and the secretariat's assignments. Same validation, assignment check and versioning as the
// pages (service/local_data_service.h).
#include <nlohmann/json.hpp>

#include <string>

#include "helhed/base/status_macros.h"
#include "helhed/model/enum_names.h"
#include "helhed/service/local_data_service.h"
#include "helhed/service/plan_view_service.h"
#include "helhed/store/clock.h"
#include "helhed/web/http_status.h"
#include "helhed/web/internal/api_json.h"
#include "helhed/web/internal/handlers.h"

namespace helhed::web::internal {
namespace {

using nlohmann::json;


json Optional(const std::optional<double>& value) { return value ? json(*value) : json(nullptr); }

json EntryJson(const store::LocalEntry& e) {
  json out = {{"indicator", e.indicator_key}, {"unit", e.org_unit},       {"period", e.period},
              {"version", e.version},         {"kind", e.unit_kind},      {"numerator", Optional(e.numerator)},
              {"denominator", Optional(e.denominator)}, {"value", Optional(e.value)}, {"source", e.source},
              {"note", e.note},               {"entered_by", e.entered_by},
              {"entered_at", store::FormatTimestamp(e.entered_at)}};
  return out;
}

// The API's names for the form's fields, so error answers name what was sent.
std::string ApiField(std::string_view field) {
  if (field == "enhed") return "unit";
  if (field == "periode") return "period";
  if (field == "vaerdi") return "value";
  if (field == "taeller") return "numerator";
  if (field == "naevner") return "denominator";
  if (field == "kilde") return "source";
  return std::string(field);
}

// A JSON number or string as the text a person would type: numbers with a
// decimal comma, so the one Danish parser reads both.
StatusOr<std::string> NumberText(const json& body, const char* name) {
  if (!body.contains(name) || body[name].is_null()) return std::string();
  const json& value = body[name];
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_integer()) return std::to_string(value.get<long long>());
  if (value.is_number()) {
    std::string text = json(value.get<double>()).dump();
    for (char& c : text) {
      if (c == '.') c = ',';
    }
    return text;
  }
  return InvalidArgumentError(std::string("feltet »") + name + "« skal være et tal");
}

StatusOr<std::string> TextOf(const json& body, const char* name) {
  if (!body.contains(name) || body[name].is_null()) return std::string();
  if (!body[name].is_string()) return InvalidArgumentError(std::string("feltet »") + name + "« skal være tekst");
  return body[name].get<std::string>();
}

}  // namespace

StatusOr<Reply> ApiLocalIndicators(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  const model::Plan& plan = shared_view->plan;
  HELHED_ASSIGN_OR_RETURN(const std::vector<service::LocalIndicator> indicators,
                          IndicatorsUserMayEnter(app, req, plan));
  HELHED_ASSIGN_OR_RETURN(const std::vector<store::LocalEntry> entries,
                          req.store->ListLocalEntries(*req.plan_id, std::nullopt));
  json list = json::array();
  for (const service::LocalIndicator& indicator : indicators) {
    json mine = json::array();
    for (const store::LocalEntry& entry : entries) {
      if (entry.indicator_key == indicator.key) mine.push_back(EntryJson(entry));
    }
    list.push_back({{"key", indicator.key},
                    {"name", indicator.name},
                    {"context", indicator.context},
                    {"kind", model::ToString(indicator.unit)},
                    {"kind_danish", service::UnitKindDanish(indicator.unit)},
                    {"entries", mine}});
  }
  json units = json::array();
  for (const service::EntryUnit& unit : service::EntryUnits(plan, *req.plan_id)) {
    units.push_back({{"id", unit.unit.id}, {"name", unit.label}, {"level", store::OrgLevelName(unit.unit.level)}});
  }
  return Reply::Json(ApiDump(json{{"indicators", list}, {"units", units}}));
}

StatusOr<Reply> ApiEnterLocalValue(App& app, Request& req) {
  json body = json::parse(req.http.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded() || !body.is_object()) {
    return InvalidArgumentError("forespørgslens indhold skal være et JSON-objekt");
  }
  HELHED_ASSIGN_OR_RETURN(const std::string key, TextOf(body, "indicator"));
  if (key.empty()) return InvalidArgumentError("feltet »indicator« (indikatorens nøgle, fx d2m3i1) mangler");
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  const model::Plan& plan = shared_view->plan;
  HELHED_ASSIGN_OR_RETURN(const service::LocalIndicator indicator,
                          service::FindLocalIndicator(plan, app.options.data_dir, key));
  HELHED_RETURN_IF_ERROR(service::RequireMayEnter(*req.store, *req.plan_id, indicator, req.session->login, *req.role));

  service::LocalEntryInput input;
  HELHED_ASSIGN_OR_RETURN(input.unit, TextOf(body, "unit"));
  HELHED_ASSIGN_OR_RETURN(input.period, NumberText(body, "period"));
  HELHED_ASSIGN_OR_RETURN(input.value, NumberText(body, "value"));
  HELHED_ASSIGN_OR_RETURN(input.numerator, NumberText(body, "numerator"));
  HELHED_ASSIGN_OR_RETURN(input.denominator, NumberText(body, "denominator"));
  HELHED_ASSIGN_OR_RETURN(input.source, TextOf(body, "source"));
  HELHED_ASSIGN_OR_RETURN(input.note, TextOf(body, "note"));
  if (body.contains("replaces") && !body["replaces"].is_null()) {
    if (!body["replaces"].is_number_integer() || body["replaces"].get<long long>() < 1) {
      return InvalidArgumentError("feltet »replaces« skal være det versionsnummer, der erstattes");
    }
    input.replaces = static_cast<int>(body["replaces"].get<long long>());
  }
  HELHED_ASSIGN_OR_RETURN(service::LocalEntryOutcome outcome,
                          service::EnterLocalValue(*req.store, plan, *req.plan_id, indicator, input,
                                                   req.session->login, app.clock->Now()));
  if (!outcome.errors.empty()) {
    json errors = json::array();
    for (const service::FieldError& error : outcome.errors) {
      errors.push_back({{"field", ApiField(error.field)}, {"message", error.message}});
    }
    return Reply::Json(ApiDump(json{{"code", ApiErrorCode(400)},
                                 {"message", "tallet er ikke gemt: " + outcome.errors.front().message},
                                 {"errors", errors}}),
                       400);
  }
  json out = EntryJson(*outcome.saved);
  out["measurement_status"] = outcome.measurement_status;
  return Reply::Json(ApiDump(out), 201);
}

namespace {

json AssignmentJson(const store::IndicatorAssignment& a) {
  return {{"indicator", a.indicator_key}, {"name", a.indicator_name}, {"login", a.login},
          {"assigned_by", a.assigned_by}, {"assigned_at", store::FormatTimestamp(a.assigned_at)}};
}

// {"indicator": "...", "login": "..."} from the body.
StatusOr<std::pair<std::string, std::string>> AssignmentBody(const Request& req) {
  json body = json::parse(req.http.body, nullptr, /*allow_exceptions=*/false);
  if (body.is_discarded() || !body.is_object()) {
    return InvalidArgumentError("forespørgslens indhold skal være et JSON-objekt");
  }
  HELHED_ASSIGN_OR_RETURN(std::string key, TextOf(body, "indicator"));
  HELHED_ASSIGN_OR_RETURN(std::string login, TextOf(body, "login"));
  if (key.empty()) return InvalidArgumentError("feltet »indicator« (indikatorens nøgle, fx d2m3i1) mangler");
  if (login.empty()) return InvalidArgumentError("feltet »login« (partnerens brugernavn) mangler");
  return std::make_pair(std::move(key), std::move(login));
}

}  // namespace

StatusOr<Reply> ApiAssignments(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  HELHED_ASSIGN_OR_RETURN(const std::vector<service::LocalIndicator> indicators,
                          service::LocalIndicators(shared_view->plan, app.options.data_dir));
  HELHED_ASSIGN_OR_RETURN(const std::vector<store::IndicatorAssignment> assignments,
                          req.store->ListAssignments(*req.plan_id, std::nullopt));
  json local = json::array();
  for (const service::LocalIndicator& indicator : indicators) {
    local.push_back({{"key", indicator.key}, {"name", indicator.name}, {"context", indicator.context},
                     {"kind", model::ToString(indicator.unit)}});
  }
  json given = json::array();
  for (const store::IndicatorAssignment& a : assignments) given.push_back(AssignmentJson(a));
  return Reply::Json(ApiDump(json{{"indicators", local}, {"assignments", given}}));
}

StatusOr<Reply> ApiAssign(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto parsed, AssignmentBody(req));
  HELHED_RETURN_IF_ERROR(AssignIndicatorToPartner(app, req, parsed.first, parsed.second));
  HELHED_ASSIGN_OR_RETURN(const std::vector<store::IndicatorAssignment> theirs,
                          req.store->ListAssignments(*req.plan_id, parsed.second));
  for (const store::IndicatorAssignment& a : theirs) {
    if (a.indicator_key == parsed.first) return Reply::Json(ApiDump(AssignmentJson(a)), 201);
  }
  return InternalError("tildelingen blev gemt, men kan ikke læses igen");
}

StatusOr<Reply> ApiUnassign(App& /*app*/, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto parsed, AssignmentBody(req));
  HELHED_RETURN_IF_ERROR(req.store->UnassignIndicator(*req.plan_id, parsed.first, parsed.second, req.session->login));
  return Reply::Json(ApiDump(json{{"indicator", parsed.first}, {"login", parsed.second}, {"removed", true}}));
}

}  // namespace helhed::web::internal
