// SPDX-License-Identifier: Apache-2.0
// "Importér plan": the upload form, the review page (the recognised plan, the
// import report and the check findings; nothing saved) and "Gem som ny plan",
// which imports the kept upload again and saves it as revision 1.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <exception>
#include <string>

#include "helhed/base/status_macros.h"
#include "helhed/rules/check.h"
#include "helhed/rules/pack_loader.h"
#include "helhed/service/import_service.h"
#include "helhed/service/plan_service.h"
#include "helhed/web/html.h"
#include "helhed/web/internal/handlers.h"
#include "helhed/web/internal/layout.h"
#include "helhed/web/internal/value_text.h"

namespace helhed::web::internal {
namespace {

constexpr std::string_view kFileField = "fil";
constexpr std::string_view kImportIdField = "import";

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool AcceptedFileName(std::string_view name) {
  const std::string lower = Lower(name);
  for (std::string_view ext : {".docx", ".txt", ".md"}) {
    if (lower.size() > ext.size() && lower.compare(lower.size() - ext.size(), ext.size(), ext) == 0) return true;
  }
  return false;
}

std::string PeriodText(const std::optional<model::Period>& period) {
  if (!period) return "ikke angivet";
  if (period->start && period->end) {
    return period->start->ToDanishNumeric() + " – " + period->end->ToDanishNumeric();
  }
  if (period->as_written) return *period->as_written;
  return "ikke angivet";
}

std::string Confidence(double confidence) {
  char text[16];
  std::snprintf(text, sizeof text, "%.0f %%", confidence * 100.0);
  return text;
}

Html PartyList(const std::optional<std::vector<model::Party>>& parties) {
  if (!parties || parties->empty()) return Html("<p>Ingen parter fundet.</p>");
  Html items;
  for (const model::Party& party : *parties) items += Format("<li>{}</li>", {Text(party.name)});
  return Format("<ul>{}</ul>", {items});
}

Html SubAgreements(const model::Plan& plan) {
  if (!plan.sub_agreements || plan.sub_agreements->empty()) return Html("<p>Ingen delaftaler fundet.</p>");
  Html rows;
  Html details;
  for (const model::SubAgreement& sub : *plan.sub_agreements) {
    const std::size_t goals = sub.goals ? sub.goals->size() : 0;
    const std::size_t activities = sub.activities ? sub.activities->size() : 0;
    const std::size_t staff = sub.staff ? sub.staff->size() : 0;
    rows += Format("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                   {Text(sub.focus_area), Text(PeriodText(sub.period)), Text(static_cast<std::int64_t>(goals)),
                    Text(static_cast<std::int64_t>(activities)), Text(static_cast<std::int64_t>(staff))});
    Html activity_items;
    if (sub.activities) {
      for (const model::Activity& activity : *sub.activities) {
        activity_items += Format("<li>{}</li>", {Text(activity.name)});
      }
    }
    Html staff_items;
    if (sub.staff) {
      for (const model::Staff& member : *sub.staff) {
        staff_items += Format("<li>{}{}</li>", {Text(member.function),
                                                member.organisation ? Text(" (" + *member.organisation + ")") : Html()});
      }
    }
    details += Format("<h3>{}</h3><h4>Aktiviteter</h4>{}<h4>Medarbejdere</h4>{}",
                      {Text(sub.focus_area),
                       activity_items.empty() ? Html("<p>Ingen fundet.</p>") : Format("<ul>{}</ul>", {activity_items}),
                       staff_items.empty() ? Html("<p>Ingen fundet.</p>") : Format("<ul>{}</ul>", {staff_items})});
  }
  return Format(
      "<table class=\"wide\"><caption>Delaftaler</caption><thead><tr><th scope=\"col\">Indsatsområde</th>"
      "<th scope=\"col\">Periode</th><th scope=\"col\">Delmål</th><th scope=\"col\">Aktiviteter</th>"
      "<th scope=\"col\">Medarbejdere</th></tr></thead><tbody>{}</tbody></table>{}",
      {rows, details});
}

Html ReportSection(const import::ImportReport& report) {
  Html fields;
  for (const import::RecognisedField& field : report.fields) {
    fields += Format("<tr><td><code>{}</code></td><td>{}</td><td>{}</td></tr>",
                     {Text(field.path), Text(field.line), Text(Confidence(field.confidence))});
  }
  Html blocks;
  for (const import::UnrecognisedBlock& block : report.unrecognised) {
    blocks += Format("<li>Linje {}: »{}« – {}</li>", {Text(block.line), Text(block.text), Text(block.reason)});
  }
  Html missing;
  for (const import::MissingField& field : report.missing) {
    missing += Format("<li>{} <code>{}</code></li>", {Text(field.label), Text(field.path)});
  }
  Html warnings;
  for (const import::ImportWarning& warning : report.warnings) {
    warnings += Format("<li>Linje {}: {} <span class=\"code\">({})</span></li>",
                       {Text(warning.line), Text(warning.message), Text(warning.code)});
  }
  return Format(
      "<h2>Importrapport</h2>"
      "<table class=\"wide\"><caption>Genkendte felter ({})</caption><thead><tr><th scope=\"col\">Felt</th>"
      "<th scope=\"col\">Linje</th><th scope=\"col\">Sikkerhed</th></tr></thead><tbody>{}</tbody></table>"
      "<h3>Tekst, der ikke blev forstået ({})</h3>{}"
      "<h3>Manglende felter ({})</h3>{}"
      "<h3>Advarsler ({})</h3>{}",
      {Text(static_cast<std::int64_t>(report.fields.size())), fields,
       Text(static_cast<std::int64_t>(report.unrecognised.size())),
       blocks.empty() ? Html("<p>Ingen.</p>") : Format("<ul>{}</ul>", {blocks}),
       Text(static_cast<std::int64_t>(report.missing.size())),
       missing.empty() ? Html("<p>Ingen.</p>") : Format("<ul>{}</ul>", {missing}),
       Text(static_cast<std::int64_t>(report.warnings.size())),
       warnings.empty() ? Html("<p>Ingen.</p>") : Format("<ul>{}</ul>", {warnings})});
}

// `helhed check` on the imported plan, as on the plan pages.
Html CheckSection(const App& app, const model::Plan& plan) {
  StatusOr<rules::GrantFramePack> pack = rules::LoadGrantFramePack(app.options.data_dir, plan.grant_frame);
  if (!pack.ok()) {
    return Format("<h2>Tjek af planen</h2>{}",
                  {Notice("fejl", "Planen kunne ikke tjekkes: " + pack.status().message())});
  }
  std::vector<rules::Finding> findings;
  try {
    findings = rules::CheckPlan(plan, *pack);
  } catch (const std::exception&) {
    return Format("<h2>Tjek af planen</h2>{}", {Notice("fejl", "Planen kunne ikke tjekkes (intern fejl).")});
  }
  int errors = 0;
  int warnings = 0;
  for (const rules::Finding& finding : findings) {
    if (finding.severity == rules::Severity::kError) ++errors;
    if (finding.severity == rules::Severity::kWarning) ++warnings;
  }
  return Format("<h2>Tjek af planen</h2><p>{} fejl, {} advarsler.</p>{}",
                {Text(errors), Text(warnings), FindingList(findings)});
}

Html ReviewMain(const App& app, const Request& req, const service::ImportOutcome& outcome, const std::string& id,
                const std::string& file_name) {
  const model::Plan& plan = outcome.plan;
  return Format(
      "<h1>Gennemse importeret plan</h1>{}"
      "<dl><dt>Fil</dt><dd>{}</dd><dt>Plan</dt><dd>{}</dd><dt>Tilskudsramme</dt><dd>{}</dd>"
      "<dt>Periode</dt><dd>{}</dd></dl>"
      "<h2>Parter</h2>{}<h2>Delaftaler</h2>{}{}{}"
      "<form method=\"post\" action=\"/planer/importer/gem\">{}"
      "<input type=\"hidden\" name=\"import\" value=\"{}\">"
      "<button type=\"submit\">Gem som ny plan</button></form>"
      "<p><a href=\"/planer/importer\">Upload en anden fil</a></p>",
      {Notice("info", "Planen er ikke gemt endnu. Gennemse den, og tryk »Gem som ny plan« nederst."),
       Text(file_name), Text(plan.name), Text(plan.grant_frame), Text(PeriodText(plan.period)),
       PartyList(plan.parties), SubAgreements(plan), ReportSection(outcome.report), CheckSection(app, plan),
       CsrfField(req), Text(id)});
}

}  // namespace

StatusOr<Reply> ImportPage(App& /*app*/, Request& req) {
  const Html main = Format(
      "<h1>Importér plan</h1>"
      "<p>Upload en helhedsplan eller delaftale som Word-fil (.docx) eller tekst (.txt, .md), højst {} MiB. "
      "Du ser resultatet, før noget bliver gemt.</p>"
      "<form method=\"post\" action=\"/planer/importer\" enctype=\"multipart/form-data\">{}"
      "<label for=\"fil\">Fil</label> <input type=\"file\" id=\"fil\" name=\"fil\" accept=\".docx,.txt,.md\" required>"
      " <button type=\"submit\">Importér</button></form>",
      {Text(static_cast<std::int64_t>(import::kMaxImportBytes / (1024 * 1024))), CsrfField(req)});
  return PageReply(req, "Importér plan", main);
}

StatusOr<Reply> ImportUpload(App& app, Request& req) {
  if (req.http.get_header_value("Content-Type").rfind("multipart/form-data", 0) != 0) {
    return InvalidArgumentError("filen skal sendes som multipart/form-data (formularen »Importér plan«)");
  }
  if (!req.http.has_file(std::string(kFileField))) {
    return InvalidArgumentError("vælg en fil at importere (feltet »Fil« mangler)");
  }
  const httplib::MultipartFormData file = req.http.get_file_value(std::string(kFileField));
  if (file.filename.empty()) return InvalidArgumentError("vælg en fil at importere (feltet »Fil« er tomt)");
  if (!AcceptedFileName(file.filename)) {
    return InvalidArgumentError("filen »" + file.filename +
                                "« kan ikke importeres: kun Word-filer (.docx) og tekst (.txt, .md) kan importeres");
  }
  if (file.content.size() > import::kMaxImportBytes) {
    return ErrorPage(req, 413,
                     "filen »" + file.filename + "« er større end de " +
                         std::to_string(import::kMaxImportBytes / (1024 * 1024)) +
                         " MiB, der kan importeres, og er ikke læst");
  }
  service::ImportOptions options;
  options.data_dir = app.options.data_dir;
  HELHED_ASSIGN_OR_RETURN(service::ImportOutcome outcome,
                          service::ImportPlanDocument(file.content, file.filename, options));
  PendingImport pending;
  pending.session_token_hash = req.session->token_hash;
  pending.file_name = file.filename;
  pending.bytes = file.content;
  HELHED_ASSIGN_OR_RETURN(std::string id, app.pending_imports.Add(std::move(pending), app.clock->Now()));
  return PageReply(req, "Gennemse importeret plan", ReviewMain(app, req, outcome, id, file.filename));
}

StatusOr<Reply> ImportSave(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(std::string id, req.form->Require(kImportIdField, "import"));
  std::optional<PendingImport> pending = app.pending_imports.Get(id, req.session->token_hash, app.clock->Now());
  if (!pending) {
    return NotFoundError("den uploadede fil findes ikke længere (den gemmes i " +
                         std::to_string(PendingImports::kLifetime.count()) +
                         " minutter, kun for den session, der uploadede den, og kun til den er gemt); upload den igen");
  }
  // Import the kept bytes again: the saved plan is exactly what the importer
  // makes of the file, whatever the browser sent besides the id.
  service::ImportOptions options;
  options.data_dir = app.options.data_dir;
  HELHED_ASSIGN_OR_RETURN(service::ImportOutcome outcome,
                          service::ImportPlanDocument(pending->bytes, pending->file_name, options));
  const std::string& login = req.session->login;
  HELHED_ASSIGN_OR_RETURN(store::RevisionInfo created,
                          service::AddPlan(*req.store, app.options.data_dir, outcome.plan_json, login,
                                           "Importeret fra " + pending->file_name));
  // The importer keeps the role that allowed the import on the new plan, so
  // the plan appears in their portfolio.
  HELHED_RETURN_IF_ERROR(req.store->SetMembership({created.plan_id, login, *req.role}));
  HELHED_RETURN_IF_ERROR(req.store->AppendAudit({0, {}, login, "plan.import",
                                                 "plan/" + std::to_string(created.plan_id),
                                                 "importeret fra filen " + pending->file_name}));
  app.pending_imports.Remove(id);
  return Reply::Redirect("/planer/" + std::to_string(created.plan_id) + "?besked=importeret");
}

}  // namespace helhed::web::internal
