// SPDX-License-Identifier: Apache-2.0
// Local data entry (lokal indtastning) by partners: the list of the
// indicators a user may enter values for, and per indicator the form (unit,
// year, the value typed per the indicator's kind, source, note) with every
// version entered so far. Validation and saving are
// service/local_data_service.h; a value that already exists is replaced only
// when the user ticks "Erstat", never silently.
#include <algorithm>
#include <string>

#include "helhed/base/status_macros.h"
#include "helhed/service/local_data_service.h"
#include "helhed/service/plan_view_service.h"
#include "helhed/store/clock.h"
#include "helhed/web/html.h"
#include "helhed/web/http_status.h"
#include "helhed/web/internal/handlers.h"
#include "helhed/web/internal/layout.h"

namespace helhed::web::internal {
namespace {

std::string PlanBase(const Request& req) { return "/planer/" + std::to_string(*req.plan_id); }

// The errors for one field, as text under it.
Html FieldErrors(const std::vector<service::FieldError>& errors, std::string_view field) {
  Html out;
  for (const service::FieldError& error : errors) {
    if (error.field == field) {
      out += Format("<p class=\"field-error\" id=\"{}-fejl\">{}</p>", {Text(field), Text(error.message)});
    }
  }
  return out;
}

bool HasError(const std::vector<service::FieldError>& errors, std::string_view field) {
  for (const service::FieldError& error : errors) {
    if (error.field == field) return true;
  }
  return false;
}

// aria-invalid and aria-describedby for a field with errors.
Html Invalid(const std::vector<service::FieldError>& errors, std::string_view field) {
  if (!HasError(errors, field)) return Html();
  return Format(" aria-invalid=\"true\" aria-describedby=\"{}-fejl\"", {Text(field)});
}

Html TextField(const std::vector<service::FieldError>& errors, std::string_view field, std::string_view label,
               std::string_view value, std::string_view hint, bool numeric) {
  Html input = Format("<label for=\"{}\">{}</label>", {Text(field), Text(label)});
  if (!hint.empty()) input += Format("<p class=\"hint\">{}</p>", {Text(hint)});
  input += Format("<input type=\"text\" id=\"{}\" name=\"{}\" value=\"{}\"{}{}>",
                  {Text(field), Text(field), Text(value), numeric ? Html(" inputmode=\"decimal\"") : Html(),
                   Invalid(errors, field)});
  return input + FieldErrors(errors, field);
}

// The newest version of the value for (unit, period), if any.
std::optional<store::LocalEntry> NewestFor(const std::vector<store::LocalEntry>& entries, std::string_view unit,
                                           std::string_view period) {
  std::optional<store::LocalEntry> newest;
  for (const store::LocalEntry& entry : entries) {
    if (entry.org_unit == unit && entry.period == period && (!newest || entry.version > newest->version)) {
      newest = entry;
    }
  }
  return newest;
}

std::string UnitLabel(const std::vector<service::EntryUnit>& units, std::string_view id) {
  for (const service::EntryUnit& unit : units) {
    if (unit.unit.id == id) return unit.label;
  }
  return std::string(id);
}

Html EntriesTable(const std::vector<store::LocalEntry>& entries, const std::vector<service::EntryUnit>& units) {
  if (entries.empty()) return Html("<p>Der er ikke indtastet tal for indikatoren endnu.</p>");
  // Newest first, so the value just saved is on top and each value's
  // versions read down from the current one.
  std::vector<const store::LocalEntry*> newest_first;
  for (const store::LocalEntry& e : entries) newest_first.push_back(&e);
  std::stable_sort(newest_first.begin(), newest_first.end(),
                   [](const store::LocalEntry* a, const store::LocalEntry* b) {
                     return a->entered_at != b->entered_at ? a->entered_at > b->entered_at : a->version > b->version;
                   });
  Html rows;
  for (const store::LocalEntry* entry : newest_first) {
    const store::LocalEntry& e = *entry;
    rows += Format("<tr><td>{}</td><td>{}</td><td class=\"tal\">{}</td><td>{}</td><td>{}</td><td>{}</td>"
                   "<td>{} {}</td></tr>",
                   {Text(UnitLabel(units, e.org_unit)), Text(e.period), Text(service::LocalEntryValueText(e)),
                    Text(static_cast<std::int64_t>(e.version)), Text(e.source), Text(e.note), Text(e.entered_by),
                    Text(store::FormatTimestampDanish(e.entered_at))});
  }
  return Format("<table class=\"tal\"><caption>Indtastede tal, nyeste først (alle versioner gemmes)</caption>"
                "<thead><tr><th scope=\"col\">Enhed</th><th scope=\"col\">År</th><th scope=\"col\">Værdi</th>"
                "<th scope=\"col\">Version</th><th scope=\"col\">Kilde</th><th scope=\"col\">Note</th>"
                "<th scope=\"col\">Indtastet af</th></tr></thead><tbody>{}</tbody></table>",
                {rows});
}

struct FormState {
  service::LocalEntryInput input;
  std::vector<service::FieldError> errors;
  Html notice;
  // Set when a value exists for the unit and year: the version the user may
  // choose to replace.
  std::optional<store::LocalEntry> existing;
};

Reply RenderEntryForm(const Request& req, const service::PlanView& view, const service::LocalIndicator& indicator,
                      const std::vector<store::LocalEntry>& entries, const FormState& state, int status) {
  const std::string base = PlanBase(req);
  const std::vector<service::EntryUnit> units = service::EntryUnits(view.plan, *req.plan_id);
  const std::vector<service::FieldError>& errors = state.errors;

  Html options = Html("<option value=\"\">Vælg enhed</option>");
  for (const service::EntryUnit& unit : units) {
    options += Format("<option value=\"{}\"{}>{}</option>",
                      {Text(unit.unit.id), unit.unit.id == state.input.unit ? Html(" selected") : Html(),
                       Text(unit.label)});
  }
  Html fields = Format("<label for=\"enhed\">Enhed</label><select id=\"enhed\" name=\"enhed\" required{}>{}</select>",
                       {Invalid(errors, "enhed"), options}) +
                FieldErrors(errors, "enhed");
  std::string period_hint = "Året tallet gælder for (fire cifre).";
  if (view.plan.period && view.plan.period->start && view.plan.period->end) {
    period_hint += " Planens periode er " + std::to_string(view.plan.period->start->year()) + "-" +
                   std::to_string(view.plan.period->end->year()) + ".";
  }
  fields += TextField(errors, "periode", "År", state.input.period, period_hint, true);
  if (indicator.unit == model::Unit::kShare) {
    fields += Format("<fieldset><legend>Andel</legend>{}{}</fieldset>",
                     {TextField(errors, "taeller", "Tæller: antal med det, der måles", state.input.numerator,
                                "Fx 7 ledige, der er kommet i job.", true),
                      TextField(errors, "naevner", "Nævner: alle i gruppen", state.input.denominator,
                                "Fx 17 ledige i målgruppen i alt. Andelen beregnes af helhed.", true)});
  } else {
    fields += TextField(errors, "vaerdi", "Værdi: " + service::UnitKindDanish(indicator.unit), state.input.value,
                        "Skriv tal med komma som decimaltegn, fx 7,2.", true);
  }
  fields += TextField(errors, "kilde", "Kilde", state.input.source,
                      "Hvor tallet kommer fra, fx »Fredericia Jobcenter, udtræk 2025-06-30«.", false);
  fields += Format("<label for=\"note\">Note (valgfri)</label><textarea id=\"note\" name=\"note\"{}>{}</textarea>",
                   {Invalid(errors, "note"), Text(state.input.note)}) +
            FieldErrors(errors, "note");
  if (state.existing) {
    const store::LocalEntry& e = *state.existing;
    fields += Format(
        "<fieldset class=\"erstat\"><legend>Der findes allerede et tal for {} i {}</legend>"
        "<p>Version {}: {} (kilde: {}), indtastet af {} {}.</p>"
        "<label><input type=\"checkbox\" name=\"erstatter\" value=\"{}\"> Erstat version {} med den nye værdi "
        "(den gamle gemmes i historikken)</label></fieldset>",
        {Text(e.period), Text(UnitLabel(units, e.org_unit)), Text(static_cast<std::int64_t>(e.version)),
         Text(service::LocalEntryValueText(e)), Text(e.source), Text(e.entered_by),
         Text(store::FormatTimestampDanish(e.entered_at)), Text(static_cast<std::int64_t>(e.version)),
         Text(static_cast<std::int64_t>(e.version))});
  }
  const Html main = Format(
      "<p><a href=\"{}\">{}</a> › <a href=\"{}/indtastning\">Lokale tal</a></p><h1>{}</h1>"
      "<p>{}</p><p class=\"hint\">Værdien er et {}. Tal under {} personer vises som diskretionerede i "
      "opfølgningen, ligesom registertal. <a href=\"{}/{}\">Se opfølgningen</a></p>{}{}"
      "<form class=\"stack\" method=\"post\" action=\"{}/indtastning/{}\" novalidate>{}{}"
      "<button type=\"submit\">Gem tallet</button></form><h2>Indtastet indtil nu</h2>{}",
      {Text(base), Text(view.plan.name), Text(base), Text(indicator.name), Text(indicator.context),
       Text(service::UnitKindDanish(indicator.unit)), Text(static_cast<std::int64_t>(service::LocalMinCell())),
       Text(base), Text(indicator.follow_up), FlashNotice(req), state.notice, Text(base), Text(indicator.key),
       CsrfField(req), fields, EntriesTable(entries, units)});
  return PageReply(req, "Indtast tal – " + indicator.name, main, status);
}

// The route's indicator (the key after /indtastning/), checked against the
// user's assignments: 404 for a key the plan does not have, 403 for one not
// assigned to the user.
StatusOr<service::LocalIndicator> IndicatorOfRoute(App& app, Request& req, const model::Plan& plan) {
  const std::string key = req.PathText(2);
  HELHED_ASSIGN_OR_RETURN(service::LocalIndicator indicator,
                          service::FindLocalIndicator(plan, app.options.data_dir, key));
  HELHED_RETURN_IF_ERROR(service::RequireMayEnter(*req.store, *req.plan_id, indicator, req.session->login, *req.role));
  return indicator;
}

}  // namespace

StatusOr<std::vector<service::LocalIndicator>> IndicatorsUserMayEnter(App& app, Request& req,
                                                                      const model::Plan& plan) {
  HELHED_ASSIGN_OR_RETURN(std::vector<service::LocalIndicator> all,
                          service::LocalIndicators(plan, app.options.data_dir));
  if (*req.role == store::Role::kAdmin) return all;
  HELHED_ASSIGN_OR_RETURN(const std::vector<store::IndicatorAssignment> mine,
                          req.store->ListAssignments(*req.plan_id, req.session->login));
  std::vector<service::LocalIndicator> out;
  for (service::LocalIndicator& indicator : all) {
    for (const store::IndicatorAssignment& assignment : mine) {
      if (assignment.indicator_key == indicator.key) {
        out.push_back(std::move(indicator));
        break;
      }
    }
  }
  return out;
}

StatusOr<Reply> DataEntryIndexPage(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  const service::PlanView& view = *shared_view;
  HELHED_ASSIGN_OR_RETURN(const std::vector<service::LocalIndicator> indicators,
                          IndicatorsUserMayEnter(app, req, view.plan));
  HELHED_ASSIGN_OR_RETURN(const std::vector<store::LocalEntry> entries,
                          req.store->ListLocalEntries(*req.plan_id, std::nullopt));
  const std::string base = PlanBase(req);
  Html main = Format("<p><a href=\"{}\">{}</a></p><h1>Lokale tal</h1>{}"
                     "<p>Tal, som registrene ikke har – fx et jobcenters optælling – indtastes her med deres kilde. "
                     "Hvert tal bliver en måling, som vises i planens opfølgning.</p>",
                     {Text(base), Text(view.plan.name), FlashNotice(req)});
  if (indicators.empty()) {
    main += Notice("info",
                   "Der er ikke tildelt dig nogen indikatorer på denne plan endnu. Sekretariatet tildeler dem under "
                   "»Indikatoransvar«.");
    return PageReply(req, "Lokale tal", main);
  }
  Html rows;
  for (const service::LocalIndicator& indicator : indicators) {
    std::int64_t count = 0;
    for (const store::LocalEntry& entry : entries) count += entry.indicator_key == indicator.key ? 1 : 0;
    rows += Format("<tr><td><a href=\"{}/indtastning/{}\">{}</a></td><td>{}</td><td>{}</td><td class=\"tal\">{}</td>"
                   "</tr>",
                   {Text(base), Text(indicator.key), Text(indicator.name), Text(indicator.context),
                    Text(service::UnitKindDanish(indicator.unit)), Text(count)});
  }
  main += Format("<table><caption>Indikatorer, du kan indtaste tal for</caption><thead><tr>"
                 "<th scope=\"col\">Indikator</th><th scope=\"col\">Mål</th><th scope=\"col\">Slags tal</th>"
                 "<th scope=\"col\">Indtastninger</th></tr></thead><tbody>{}</tbody></table>",
                 {rows});
  return PageReply(req, "Lokale tal", main);
}

StatusOr<Reply> DataEntryPage(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  const service::PlanView& view = *shared_view;
  HELHED_ASSIGN_OR_RETURN(const service::LocalIndicator indicator, IndicatorOfRoute(app, req, view.plan));
  HELHED_ASSIGN_OR_RETURN(const std::vector<store::LocalEntry> entries,
                          req.store->ListLocalEntries(*req.plan_id, indicator.key));
  FormState state;
  state.input.period = std::to_string(store::DateOf(app.clock->Now()).year());
  return RenderEntryForm(req, view, indicator, entries, state, 200);
}

StatusOr<Reply> DataEntrySubmit(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto shared_view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  const service::PlanView& view = *shared_view;
  HELHED_ASSIGN_OR_RETURN(const service::LocalIndicator indicator, IndicatorOfRoute(app, req, view.plan));
  const Form& form = *req.form;
  FormState state;
  state.input.unit = form.Get("enhed").value_or("");
  state.input.period = form.Get("periode").value_or("");
  state.input.value = form.Get("vaerdi").value_or("");
  state.input.numerator = form.Get("taeller").value_or("");
  state.input.denominator = form.Get("naevner").value_or("");
  state.input.source = form.Get("kilde").value_or("");
  state.input.note = form.Get("note").value_or("");
  if (form.Get("erstatter")) {
    HELHED_ASSIGN_OR_RETURN(const long long replaces, form.RequireNumber("erstatter", "Erstat version"));
    state.input.replaces = static_cast<int>(replaces);
  }
  StatusOr<service::LocalEntryOutcome> outcome =
      service::EnterLocalValue(*req.store, view.plan, *req.plan_id, indicator, state.input, req.session->login,
                               app.clock->Now());
  if (!outcome.ok()) {
    const StatusCode code = outcome.status().code();
    if (code != StatusCode::kAlreadyExists && code != StatusCode::kAborted) return outcome.status();
    // The form again with what was typed and the value it would replace;
    // the user decides.
    HELHED_ASSIGN_OR_RETURN(const std::vector<store::LocalEntry> entries,
                            req.store->ListLocalEntries(*req.plan_id, indicator.key));
    state.existing = NewestFor(entries, state.input.unit, state.input.period);
    state.notice = Notice("fejl", outcome.status().message());
    state.input.replaces.reset();
    return RenderEntryForm(req, view, indicator, entries, state, HttpStatusFor(code));
  }
  if (!outcome->errors.empty()) {
    HELHED_ASSIGN_OR_RETURN(const std::vector<store::LocalEntry> entries,
                            req.store->ListLocalEntries(*req.plan_id, indicator.key));
    state.errors = std::move(outcome->errors);
    state.notice = Notice("fejl", "Tallet er ikke gemt. Ret felterne markeret nedenfor.");
    return RenderEntryForm(req, view, indicator, entries, state, 400);
  }
  return Reply::Redirect(PlanBase(req) + "/indtastning/" + indicator.key + "?besked=indtastet");
}

}  // namespace helhed::web::internal
