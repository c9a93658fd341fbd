// SPDX-License-Identifier: Apache-2.0
// `helhed export` (see export_service.h).
#include "helhed/service/export_service.h"

#include <algorithm>
#include <cctype>
#include <map>

#include <fmt/format.h>

#include "helhed/base/atomic_file.h"
#include "helhed/base/status_macros.h"
#include "helhed/import/importer.h"
#include "helhed/import/text_clean.h"
#include "helhed/planfile/plan_json.h"
#include "helhed/render/table_writers.h"
#include "helhed/service/document_output.h"
#include "helhed/service/plan_document.h"
#include "helhed/service/plan_service.h"
#include "helhed/service/data_tables.h"
#include "helhed/service/plan_tables.h"

namespace helhed::service {
namespace {

// The focus area `wanted` names: a number (1-based) or a name or alias.
StatusOr<std::string> ResolveSubAgreement(const model::Plan& plan, const import::LabelTable& labels,
                                          const std::string& wanted) {
  const std::vector<model::SubAgreement> subs = plan.sub_agreements.value_or(std::vector<model::SubAgreement>{});
  const bool digits = !wanted.empty() && std::all_of(wanted.begin(), wanted.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) != 0;
  });
  if (digits && wanted.size() < 4) {
    const std::size_t number = std::stoul(wanted);
    if (number >= 1 && number <= subs.size()) return subs[number - 1].focus_area;
  } else {
    // Aliases ("Medborgerskab og sammenhængskraft") name the same area.
    const import::FocusAreaEntry* entry = labels.MatchFocusArea(wanted);
    const std::string key = import::MatchKey(entry != nullptr ? entry->name : wanted);
    for (const model::SubAgreement& sub : subs) {
      if (import::MatchKey(sub.focus_area) == key) return sub.focus_area;
    }
  }
  std::string known;
  for (std::size_t idx = 0; idx < subs.size(); ++idx) {
    known += fmt::format("{}{} {}", idx == 0 ? "" : ", ", idx + 1, subs[idx].focus_area);
  }
  return NotFoundError(subs.empty() ? fmt::format("planen har ingen delaftaler, så der er ingen \"{}\"", wanted)
                                    : fmt::format("planen har ingen delaftale \"{}\"; dens delaftaler er: {}", wanted,
                                                  known));
}

// The last change of each part at or before the shown revision decides its
// sentence: that change's text is what the document shows.
std::map<std::string, std::string> ApprovalSentences(const PlanSnapshot& snapshot) {
  std::map<std::string, std::string> sentences;
  const int shown = snapshot.revision.info.revision;
  for (std::size_t idx = 0; idx < snapshot.approval.changes.size() && static_cast<int>(idx) < shown; ++idx) {
    for (const ChangeState& state : snapshot.approval.changes[idx]) {
      const std::string key =
          state.change.part == "sub_agreement" ? "sub_agreement/" + state.change.focus_area : state.change.part;
      sentences[key] = ApprovalSentence(state);
    }
  }
  return sentences;
}

std::vector<document::Field> StatusFields(const PlanSnapshot& snapshot, const ExportRequest& request) {
  const store::RevisionInfo& info = snapshot.revision.info;
  std::string which;
  if (request.approved) {
    which = request.as_of ? "Den seneste godkendte version pr. " + request.as_of->ToDanishNumeric()
                          : std::string("Den seneste godkendte version");
  } else {
    which = request.as_of ? "Planen, som den stod den " + request.as_of->ToDanishNumeric()
                          : std::string("Den seneste revision");
  }
  return {{"Plan:", snapshot.summary.name},
          {"Udskrift:", which},
          {"Revision:", fmt::format("{}, gemt {} af {} (\"{}\")", info.revision,
                                    store::FormatTimestampDanish(info.time), info.author, info.message)}};
}

// The plan's own tables, then its data: the dashboards' numbers and the
// § 61 a results, up to the year of `as_of` when given.
StatusOr<std::vector<PlanTable>> AllTables(store::Store& store, const model::Plan& plan, const ExportRequest& request) {
  std::vector<PlanTable> tables = PlanTables(plan);
  const std::optional<int> last_year = request.as_of ? std::optional<int>(request.as_of->year()) : std::nullopt;
  HELHED_ASSIGN_OR_RETURN(render::Table measurements,
                          MeasurementsTable(store, plan, request.plan_id, request.data_dir, last_year));
  tables.push_back({"maalinger", "Målinger", std::move(measurements)});
  HELHED_ASSIGN_OR_RETURN(render::Table lists, ListResultsTable(store, plan, last_year));
  tables.push_back({"lister", "§ 61 a-lister", std::move(lists)});
  return tables;
}

std::string TableIds(const std::vector<PlanTable>& tables) {
  std::string ids;
  for (const PlanTable& table : tables) ids += (ids.empty() ? "" : "|") + table.id;
  return ids;
}

StatusOr<ExportResult> ExportTables(store::Store& store, const model::Plan& plan, const ExportRequest& request,
                                    ExportResult result) {
  if (request.format != ExportFormat::kDanishCsv && request.format != ExportFormat::kXlsx) {
    return InvalidArgumentError("planens tabeller skrives som --format xlsx eller --format csv");
  }
  HELHED_ASSIGN_OR_RETURN(std::vector<PlanTable> tables, AllTables(store, plan, request));
  if (request.table) {
    const std::string known = TableIds(tables);
    std::erase_if(tables, [&](const PlanTable& t) { return t.id != *request.table; });
    if (tables.empty()) {
      return InvalidArgumentError(fmt::format("--table: ukendt tabel \"{}\"; vælg en af {}", *request.table, known));
    }
  }
  if (request.format == ExportFormat::kDanishCsv) {
    if (!request.table) {
      return InvalidArgumentError(fmt::format(
          "en CSV-fil rummer én tabel: vælg den med --table {} (eller brug --format xlsx)", TableIds(tables)));
    }
    const render::Table& table = tables.front().table;
    HELHED_RETURN_IF_ERROR(render::WriteTableFile(table, request.out, render::TableFormat::kDanishCsv));
    result.summary = fmt::format("Tabellen {} ({} rækker) er skrevet til {}.", *request.table, table.row_count(),
                                 request.out.string());
    return result;
  }
  std::vector<render::Sheet> sheets;
  for (const PlanTable& table : tables) sheets.push_back({table.name, &table.table});
  HELHED_RETURN_IF_ERROR(ReplaceFileAtomically(
      request.out, [&](const std::filesystem::path& tmp) { return render::WriteXlsxSheets(sheets, tmp); }));
  result.summary = fmt::format("{} tabeller er skrevet til {}.", sheets.size(), request.out.string());
  return result;
}

}  // namespace

StatusOr<ExportFormat> ParseExportFormat(std::string_view name) {
  if (name == "docx") return ExportFormat::kDocx;
  if (name == "html") return ExportFormat::kHtml;
  if (name == "md") return ExportFormat::kMarkdown;
  if (name == "json") return ExportFormat::kJson;
  if (name == "xlsx") return ExportFormat::kXlsx;
  if (name == "csv") return ExportFormat::kDanishCsv;
  return InvalidArgumentError(fmt::format("--format: ukendt format \"{}\"; vælg docx, html, md, json, xlsx eller csv", name));
}

StatusOr<ExportResult> ExportPlan(store::Store& store, const ExportRequest& request) {
  const bool table_format = request.format == ExportFormat::kXlsx || request.format == ExportFormat::kDanishCsv;
  if (table_format && !request.tables) {
    return InvalidArgumentError("xlsx og csv er formater for planens tabeller: tilføj --tables");
  }
  if (request.tables && request.sub_agreement) {
    return InvalidArgumentError("--tables og --delaftale kan ikke bruges sammen");
  }
  if (request.format == ExportFormat::kJson && request.sub_agreement) {
    return InvalidArgumentError("--format json er hele planens tekst (helhed/plan@1); --delaftale kan ikke bruges med den");
  }
  HELHED_ASSIGN_OR_RETURN(PlanSnapshot snapshot, ShowPlan(store, request.plan_id, request.as_of, request.approved));
  ExportResult result;
  result.revision = snapshot.revision.info.revision;
  if (request.format == ExportFormat::kJson && !request.tables) {
    HELHED_RETURN_IF_ERROR(WriteFileAtomically(request.out, snapshot.revision.plan_json));
    result.summary = fmt::format("Plan {}, revision {}, er skrevet til {}.", request.plan_id, result.revision,
                                 request.out.string());
    return result;
  }
  StatusOr<model::Plan> plan = planfile::ParsePlanJson(snapshot.revision.plan_json);
  if (!plan.ok()) {
    return DataLossError(fmt::format("revision {} af plan {} kan ikke læses: {}", result.revision, request.plan_id,
                                     plan.status().message()));
  }
  if (request.tables) return ExportTables(store, *plan, request, std::move(result));

  HELHED_ASSIGN_OR_RETURN(import::LabelTable labels, import::LoadLabelTables(request.data_dir));
  PlanDocumentOptions options;
  if (request.sub_agreement) {
    HELHED_ASSIGN_OR_RETURN(std::string focus_area, ResolveSubAgreement(*plan, labels, *request.sub_agreement));
    options.only_focus_area = std::move(focus_area);
  }
  options.status_fields = StatusFields(snapshot, request);
  options.approval_sentences = ApprovalSentences(snapshot);
  HELHED_ASSIGN_OR_RETURN(document::Document doc, BuildPlanDocument(*plan, labels, options));

  const DocumentFormat format = request.format == ExportFormat::kDocx   ? DocumentFormat::kDocx
                                : request.format == ExportFormat::kHtml ? DocumentFormat::kHtml
                                                                        : DocumentFormat::kMarkdown;
  HELHED_RETURN_IF_ERROR(WriteDocumentFile(doc, format, request.out));
  result.summary = fmt::format("{} pr. revision {} er skrevet til {}.",
                               options.only_focus_area ? "Delaftale " + *options.only_focus_area
                                                       : "Plan " + std::to_string(request.plan_id),
                               result.revision, request.out.string());
  return result;
}

}  // namespace helhed::service
