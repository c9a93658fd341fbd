// SPDX-License-Identifier: Apache-2.0
// The auditor's documentation (see audit_report.h).
#include "helhed/service/audit_report.h"

#include <fmt/format.h>

#include "helhed/base/status_macros.h"
#include "helhed/planfile/plan_json.h"
#include "helhed/plandiff/plan_part.h"
#include "helhed/service/approval_state.h"
#include "helhed/service/follow_up_service.h"
#include "helhed/service/plan_service.h"

namespace helhed::service {
namespace {

using document::Document;
using document::Run;

void Note(Document& doc, std::string text) { doc.AddRuns({Run{std::move(text), false, true}}); }

void Decisions(Document& doc, const std::vector<store::RevisionInfo>& revisions,
               const std::vector<store::Approval>& approvals, int year) {
  doc.AddHeading(1, fmt::format("Beslutninger om planen i {}", year));
  const ApprovalStatus status = ComputeApprovalStatus(revisions, approvals);
  document::Table table;
  table.header = {"Dato", "Besluttet af", "Møde / reference", "Revision", "Godkendte dele af planen"};
  for (const store::Approval& approval : approvals) {
    if (approval.decision_date.year() != year) continue;
    // The parts this decision approved first (approval_state.h, invariant 1).
    std::string parts;
    for (const auto& changes : status.changes) {
      for (const ChangeState& state : changes) {
        if (state.approved_by && state.approved_by->revision == approval.revision &&
            state.approved_by->approver == approval.approver &&
            state.approved_by->decision_date == approval.decision_date) {
          parts += (parts.empty() ? "" : "; ") + plandiff::PartLabel(state.change.part, state.change.focus_area) +
                   fmt::format(" (rev. {})", state.revision);
        }
      }
    }
    table.rows.push_back({document::TableCell::Text(approval.decision_date.ToDanishNumeric()),
                          document::TableCell::Text(approval.approver == store::Approver::kBoard ? "Bestyrelsen"
                                                                                                 : "Landsbyggefonden"),
                          document::TableCell::Text(approval.reference),
                          document::TableCell::Number(std::to_string(approval.revision)),
                          document::TableCell::Text(parts.empty() ? "(intet nyt at godkende)" : parts)});
  }
  if (table.rows.empty()) {
    Note(doc, fmt::format("Der er ikke registreret beslutninger om planen i {}.", year));
  } else {
    doc.AddTable(std::move(table));
  }
  Note(doc, "helhed registrerer bestyrelsens og Landsbyggefondens beslutninger om planen (helhed plan approve); "
            "en drøftelse uden beslutning står i mødets referat, ikke her.");
}

void BoardReports(Document& doc, store::Store& store, store::PlanId plan_id, int year) {
  doc.AddHeading(1, fmt::format("Statusrapporter til bestyrelsen lavet i {}", year));
  StatusOr<std::vector<store::AuditEntry>> audit = store.ListAudit(100000);
  if (!audit.ok()) {
    Note(doc, "Revisionssporet kunne ikke læses: " + audit.status().message());
    return;
  }
  const std::string object = fmt::format("plan/{}", plan_id);
  document::Table table;
  table.header = {"Lavet", "Af", "Rapport"};
  for (const store::AuditEntry& entry : *audit) {
    if (entry.action != kBoardReportAuditAction || entry.object != object) continue;
    if (store::DateOf(entry.time).year() != year) continue;
    table.rows.push_back({document::TableCell::Text(store::FormatTimestampDanish(entry.time)),
                          document::TableCell::Text(entry.user), document::TableCell::Text(entry.detail)});
  }
  if (table.rows.empty()) {
    Note(doc, fmt::format("Der er ikke lavet statusrapporter med helhed for planen i {}.", year));
  } else {
    doc.AddTable(std::move(table));
  }
}

void DataBehindGoals(Document& doc, store::Store& store, const model::Plan& plan,
                     const std::filesystem::path& data_dir, const FollowUpScope& scope) {
  doc.AddHeading(1, "Data bag de faste mål");
  const auto goals = plan.overall_goals.value_or(std::vector<model::OverallGoal>{});
  if (goals.empty()) Note(doc, "Planen har ingen overordnede mål.");
  for (std::size_t goal_idx = 0; goal_idx < goals.size(); ++goal_idx) {
    doc.AddHeading(2, fmt::format("Mål {}: {}", goal_idx + 1, goals[goal_idx].text));
    StatusOr<FollowUpSection> section = OverallGoalFollowUp(store, plan, goal_idx, data_dir, scope);
    if (!section.ok()) {
      Note(doc, "Data kan ikke vises: " + section.status().message());
      continue;
    }
    document::Table table;
    table.header = {"Indikator", "Registerindikator", "Data og herkomst"};
    for (const FollowUpIndicator& indicator : section->indicators) {
      std::string data = indicator.source;
      if (data.empty()) data = indicator.no_data.empty() ? "ingen målinger i databasen" : indicator.no_data;
      table.rows.push_back({document::TableCell::Text(indicator.name),
                            document::TableCell::Text(indicator.engine_name.empty() ? "–" : indicator.engine_name),
                            document::TableCell::Text(data)});
    }
    doc.AddTable(std::move(table));
  }
}

}  // namespace

StatusOr<document::Document> BuildAuditReport(store::Store& store, store::PlanId plan_id, int year,
                                              const std::filesystem::path& data_dir) {
  if (year < 2000 || year > 2100) return InvalidArgumentError(fmt::format("--year: {} er ikke et årstal", year));
  HELHED_ASSIGN_OR_RETURN(PlanSnapshot snapshot,
                          ShowPlan(store, plan_id, Date{year, 12, 31}, /*approved=*/false));
  StatusOr<model::Plan> plan = planfile::ParsePlanJson(snapshot.revision.plan_json);
  if (!plan.ok()) {
    return DataLossError(fmt::format("den gemte plan {} kan ikke læses: {}", plan_id, plan.status().message()));
  }
  HELHED_ASSIGN_OR_RETURN(std::vector<store::RevisionInfo> revisions, store.ListRevisions(plan_id));
  HELHED_ASSIGN_OR_RETURN(std::vector<store::Approval> approvals, store.ListApprovals(plan_id));
  Document doc;
  doc.title = fmt::format("Dokumentation af opfølgningen på de faste mål {} – {}", year, plan->name);
  doc.AddHeading(1, fmt::format("Dokumentation af opfølgningen på de faste mål {}", year));
  doc.AddFields({{"Plan:", plan->name},
                 {"Pulje:", plan->grant_frame},
                 {"Planens revision ved årets udgang:",
                  fmt::format("{}, gemt {} af {}", snapshot.revision.info.revision,
                              store::FormatTimestampDanish(snapshot.revision.info.time), snapshot.revision.info.author)}});
  Decisions(doc, revisions, approvals, year);
  BoardReports(doc, store, plan_id, year);
  DataBehindGoals(doc, store, *plan, data_dir, FollowUpScope{.plan_id = plan_id, .last_year = year});
  return doc;
}

}  // namespace helhed::service
