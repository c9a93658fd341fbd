// SPDX-License-Identifier: Apache-2.0
// The board's status report (see board_report.h).
#include "helhed/service/board_report.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "helhed/base/danish_number.h"
#include "helhed/base/status_macros.h"
#include "helhed/planfile/plan_json.h"
#include "helhed/plandiff/plan_part.h"
#include "helhed/rules/check.h"
#include "helhed/rules/pack_loader.h"
#include "helhed/service/approval_state.h"
#include "helhed/service/follow_up_service.h"
#include "helhed/service/list_result_view.h"
#include "helhed/service/plan_service.h"
#include "helhed/service/plan_tables.h"
#include "helhed/service/plan_words.h"
#include "helhed/service/value_text.h"

namespace helhed::service {
namespace {

using document::Document;
using document::Run;

void Note(Document& doc, std::string text) { doc.AddRuns({Run{std::move(text), false, true}}); }

std::string BaselinesText(const std::optional<std::vector<model::Baseline>>& baselines,
                          const std::optional<std::string>& year) {
  if (!baselines || baselines->empty()) return "ikke angivet i planen";
  std::string text;
  for (const model::Baseline& baseline : *baselines) {
    if (!text.empty()) text += "; ";
    text += BaselineLabel(baseline) + ": " + ValueText(baseline.value);
    if (baseline.year) {
      text += " (" + *baseline.year + ")";
    } else if (year) {
      text += " (" + *year + ")";
    }
  }
  return text;
}

// What the plan itself says about an indicator: its baselines and target.
void IndicatorFromPlan(Document& doc, const model::Indicator& indicator) {
  doc.AddHeading(3, indicator.indicator_id ? *indicator.indicator_id + ": " + indicator.name : indicator.name);
  std::vector<document::Field> fields;
  fields.push_back({"Baseline:", BaselinesText(indicator.baselines, indicator.baseline_year)});
  if (indicator.other_baselines && !indicator.other_baselines->empty()) {
    fields.push_back({"Sammenligning ved baseline:", BaselinesText(indicator.other_baselines, indicator.baseline_year)});
  }
  fields.push_back({"Målsætning:", indicator.target && indicator.target->text ? *indicator.target->text
                                                                              : "planen angiver ingen målsætning"});
  if (indicator.source) fields.push_back({"Datakilde i planen:", *indicator.source});
  doc.AddFields(std::move(fields));
}

// A chart as a document figure: the SVG, its numbers as a table under it
// (suppressed cells stay suppressed), and the chart's notes.
void ChartFigure(Document& doc, const charts::Chart& chart) {
  document::Table table;
  table.header = chart.table.columns;
  for (const auto& row : chart.table.rows) {
    std::vector<document::TableCell> cells;
    for (const charts::TableCell& cell : row) {
      cells.push_back(cell.suppressed ? document::TableCell::Suppressed()
                                      : document::TableCell{cell.text, false, cell.numeric});
    }
    table.rows.push_back(std::move(cells));
  }
  doc.AddFigure(document::Figure{chart.svg.markup(), chart.table.caption, chart.table.caption, std::move(table)});
  for (const std::string& note : chart.table.notes) Note(doc, note);
}

// The development from the store's measurements, or the Danish reason there is none.
void FollowUp(Document& doc, const StatusOr<FollowUpSection>& section, std::size_t ind_idx) {
  if (!section.ok()) {
    Note(doc, "Udviklingen kan ikke vises: " + section.status().message());
    return;
  }
  if (ind_idx >= section->indicators.size()) return;
  const FollowUpIndicator& follow_up = section->indicators[ind_idx];
  if (!follow_up.engine_name.empty()) {
    doc.AddFields({{"Målt i registeret som:", follow_up.engine_name}});
  }
  if (follow_up.by_year) ChartFigure(doc, *follow_up.by_year);
  if (follow_up.by_zone) ChartFigure(doc, *follow_up.by_zone);
  if (!follow_up.no_data.empty()) Note(doc, follow_up.no_data);
  if (!follow_up.source.empty()) Note(doc, follow_up.source);
}

void Goals(Document& doc, store::Store& store, const model::Plan& plan, const std::filesystem::path& data_dir,
           const FollowUpScope& scope) {
  doc.AddHeading(1, "Overordnede mål og indikatorer");
  const auto goals = plan.overall_goals.value_or(std::vector<model::OverallGoal>{});
  if (goals.empty()) Note(doc, "Planen har ingen overordnede mål.");
  for (std::size_t goal_idx = 0; goal_idx < goals.size(); ++goal_idx) {
    const model::OverallGoal& goal = goals[goal_idx];
    doc.AddHeading(2, fmt::format("Mål {}: {}", goal_idx + 1, goal.text));
    const StatusOr<FollowUpSection> section = OverallGoalFollowUp(store, plan, goal_idx, data_dir, scope);
    const auto indicators = goal.indicators.value_or(std::vector<model::Indicator>{});
    for (std::size_t ind_idx = 0; ind_idx < indicators.size(); ++ind_idx) {
      IndicatorFromPlan(doc, indicators[ind_idx]);
      FollowUp(doc, section, ind_idx);
    }
  }
  const auto subs = plan.sub_agreements.value_or(std::vector<model::SubAgreement>{});
  for (std::size_t sub_idx = 0; sub_idx < subs.size(); ++sub_idx) {
    const model::SubAgreement& sub = subs[sub_idx];
    doc.AddPageBreak();
    doc.AddHeading(1, "Delmål: " + sub.focus_area);
    const auto sub_goals = sub.goals.value_or(std::vector<model::Goal>{});
    if (sub_goals.empty()) Note(doc, "Delaftalen har ingen delmål.");
    for (std::size_t goal_idx = 0; goal_idx < sub_goals.size(); ++goal_idx) {
      doc.AddHeading(2, fmt::format("Delmål {}: {}", goal_idx + 1, sub_goals[goal_idx].text));
      const StatusOr<FollowUpSection> section = SubGoalFollowUp(store, plan, sub_idx, goal_idx, data_dir, scope);
      const auto indicators = sub_goals[goal_idx].indicators.value_or(std::vector<model::Indicator>{});
      if (indicators.empty()) Note(doc, "Delmålet har ingen indikatorer.");
      for (std::size_t ind_idx = 0; ind_idx < indicators.size(); ++ind_idx) {
        IndicatorFromPlan(doc, indicators[ind_idx]);
        FollowUp(doc, section, ind_idx);
      }
    }
  }
}

void ActivitiesAndMilestones(Document& doc, const model::Plan& plan, const ReportPeriod& period) {
  doc.AddHeading(1, "Aktiviteter og milepæle");
  for (const model::SubAgreement& sub : plan.sub_agreements.value_or(std::vector<model::SubAgreement>{})) {
    doc.AddHeading(2, sub.focus_area);
    const std::vector<model::Activity> forms = sub.activities.value_or(std::vector<model::Activity>{});
    std::vector<std::string> names;
    if (sub.activity_list) names = *sub.activity_list;
    if (names.empty()) {
      for (const model::Activity& activity : forms) names.push_back(activity.name);
    }
    if (names.empty()) {
      Note(doc, "Delaftalen nævner ingen aktiviteter.");
      continue;
    }
    const bool any_status = std::any_of(forms.begin(), forms.end(), [](const model::Activity& a) {
      return a.status.has_value() || a.status_note.has_value();
    });
    if (!any_status) {
      doc.AddBullets(std::move(names));
      Note(doc, "Planen angiver ingen status for delaftalens aktiviteter (feltet status i aktivitetsskemaet).");
      continue;
    }
    // The status is on the activity forms, whose names may differ a little
    // from the activity list's (rule R9), so the forms make the rows.
    document::Table table;
    table.header = {"Aktivitet", "Status", "Bemærkning"};
    for (const model::Activity& activity : forms) {
      table.rows.push_back({document::TableCell::Text(activity.name),
                            document::TableCell::Text(activity.status ? ActivityStatusWords(*activity.status)
                                                                      : std::string("ikke angivet")),
                            document::TableCell::Text(activity.status_note.value_or(""))});
    }
    doc.AddTable(std::move(table));
  }
  doc.AddHeading(2, "Milepæle");
  if (!plan.milestones || plan.milestones->empty()) {
    Note(doc, "Planen har ingen milepælsplan, så rapporten kan ikke vise milepæle eller deres status.");
    return;
  }
  document::Table table = ToDocumentTable(MilestonesTable(plan));
  int overdue = 0;
  for (const model::Milestone& milestone : *plan.milestones) {
    if (milestone.date <= period.last && milestone.status == model::MilestoneStatus::kPlanned) ++overdue;
  }
  doc.AddTable(std::move(table));
  if (overdue > 0) {
    Note(doc, fmt::format("{} milepæl{} med dato senest {} står stadig som planlagt.", overdue, overdue == 1 ? "" : "e",
                          period.last.ToDanishNumeric()));
  }
}

void BudgetByFocusArea(Document& doc, const model::Plan& plan, const ReportPeriod& period) {
  doc.AddHeading(1, "Budget pr. indsatsområde");
  if (!plan.budget || !plan.budget->lines || plan.budget->lines->empty()) {
    Note(doc, "Planen indeholder intet budget.");
    return;
  }
  struct Sums {
    std::int64_t lbf = 0, local = 0, year_lbf = 0, year_local = 0;
  };
  std::map<std::string, Sums> by_area;
  for (const model::BudgetLine& line : *plan.budget->lines) {
    Sums& sums = by_area[line.focus_area.value_or("Tværgående")];
    sums.lbf += line.lbf_dkk;
    sums.local += line.local_dkk;
    if (line.year == period.first.year()) {
      sums.year_lbf += line.lbf_dkk;
      sums.year_local += line.local_dkk;
    }
  }
  document::Table table;
  table.header = {"Indsatsområde", fmt::format("LBF {} (kr.)", period.first.year()),
                  fmt::format("Lokal {} (kr.)", period.first.year()), "LBF hele perioden (kr.)",
                  "Lokal hele perioden (kr.)", "I alt hele perioden (kr.)"};
  auto kr = [](std::int64_t amount) { return document::TableCell::Number(FormatDanish(static_cast<double>(amount), 0)); };
  for (const auto& [area, sums] : by_area) {
    table.rows.push_back({document::TableCell::Text(area), kr(sums.year_lbf), kr(sums.year_local), kr(sums.lbf),
                          kr(sums.local), kr(sums.lbf + sums.local)});
  }
  doc.AddTable(std::move(table));
  Note(doc, "Budgettet er planens; forbruget registreres ikke i helhed.");
}

// Each housing area's § 61 a criteria from the newest list stored
// (`helhed lists --store`) at or before the period's year: the list of
// 1 December that year is the one in force when the board meets.
void ListCriteria(Document& doc, store::Store& store, const model::Plan& plan, const ReportPeriod& period) {
  doc.AddHeading(1, "Områdernes § 61 a-kriterier");
  if (!plan.housing_areas || plan.housing_areas->empty()) {
    Note(doc, "Planen angiver ingen boligområder, så der er ingen § 61 a-kriterier at vise.");
    return;
  }
  const int year = period.last.year();
  for (const model::HousingArea& area : *plan.housing_areas) {
    doc.AddHeading(2, area.name);
    StatusOr<std::vector<store::ListResult>> results = store.ListListResults(area.id);
    if (!results.ok()) {
      Note(doc, "Listeresultaterne kunne ikke læses fra databasen: " + results.status().message());
      continue;
    }
    const std::optional<store::ListResult> newest = NewestListResultAtOrBefore(*results, year);
    if (!newest) {
      Note(doc, fmt::format("Der er ikke gemt listeresultater for området (id {}) for listeåret {} eller før, så "
                            "rapporten kan ikke vise kriterierne. De beregnes og gemmes med 'helhed lists --year "
                            "ÅÅÅÅ --store'.",
                            area.id, year));
      continue;
    }
    StatusOr<ListResultView> view = ReadListResult(*newest);
    if (!view.ok()) {
      Note(doc, view.status().message());
      continue;
    }
    std::vector<document::Field> fields = {
        {"Listeår:", std::to_string(view->list_year)},
        {"Kategori:", view->category},
        {"Beboere:", view->residents},
        {"Opfyldte kriterier (udsat / forebyggelse):",
         view->criteria_met_udsat + " / " + view->criteria_met_forebyggelse},
        {"Beregnet:", view->computed}};
    if (!view->earlier.empty()) fields.push_back({"Tidligere lister:", view->earlier});
    doc.AddFields(std::move(fields));
    document::Table table;
    table.header = {"Kriterium", "Værdi", "Tæller/nævner", "Niveau", "Grænse", "Opfyldt", "Afstand til grænsen"};
    for (const ListCriterionRow& row : view->rows) {
      table.rows.push_back({document::TableCell::Text(row.criterion), document::TableCell::Number(row.value),
                            document::TableCell::Number(row.fraction), document::TableCell::Text(row.level),
                            document::TableCell::Number(row.threshold), document::TableCell::Text(row.met),
                            document::TableCell::Text(row.distance)});
    }
    doc.AddTable(std::move(table));
  }
  Note(doc, "Værdien er områdets andel (tæller/nævner); afstanden er, hvor mange personer (eller kroner pr. person) "
            "der skal ændre sig, før kriteriet skifter mellem opfyldt og ikke opfyldt. Grænserne er listeårets regler "
            "i data/lists/.");
}

void PendingApprovals(Document& doc, store::Store& store, store::PlanId plan_id) {
  doc.AddHeading(1, "Ændringer der afventer godkendelse");
  StatusOr<std::vector<store::RevisionInfo>> revisions = store.ListRevisions(plan_id);
  StatusOr<std::vector<store::Approval>> approvals = store.ListApprovals(plan_id);
  if (!revisions.ok() || !approvals.ok()) {
    Note(doc, "Godkendelserne kunne ikke læses fra databasen.");
    return;
  }
  const ApprovalStatus status = ComputeApprovalStatus(*revisions, *approvals);
  if (status.pending.empty()) {
    Note(doc, "Ingen ændringer afventer godkendelse.");
    return;
  }
  document::Table table;
  table.header = {"Revision", "Gemt", "Af", "Del af planen", "Status"};
  for (const ChangeState& state : status.pending) {
    const store::RevisionInfo& info = (*revisions)[static_cast<std::size_t>(state.revision - 1)];
    table.rows.push_back({document::TableCell::Number(std::to_string(state.revision)),
                          document::TableCell::Text(store::FormatTimestampDanish(info.time)),
                          document::TableCell::Text(info.author),
                          document::TableCell::Text(plandiff::PartLabel(state.change.part, state.change.focus_area)),
                          document::TableCell::Text(ApprovalSentence(state))});
  }
  doc.AddTable(std::move(table));
}

void OpenFindings(Document& doc, const model::Plan& plan, const std::filesystem::path& data_dir) {
  doc.AddHeading(1, "Åbne fejl og advarsler fra tjekket af planen");
  StatusOr<rules::GrantFramePack> pack = rules::LoadGrantFramePack(data_dir, plan.grant_frame);
  if (!pack.ok()) {
    Note(doc, "Planen kunne ikke tjekkes: " + pack.status().message());
    return;
  }
  std::vector<rules::Finding> findings = rules::CheckPlan(plan, *pack);
  std::erase_if(findings, [](const rules::Finding& f) { return f.severity == rules::Severity::kInfo; });
  if (findings.empty()) {
    Note(doc, "Tjekket fandt ingen fejl eller advarsler.");
    return;
  }
  document::Table table;
  table.header = {"Alvor", "Regel", "Besked"};
  for (const rules::Finding& finding : findings) {
    table.rows.push_back({document::TableCell::Text(finding.severity == rules::Severity::kError ? "fejl" : "advarsel"),
                          document::TableCell::Text(finding.code), document::TableCell::Text(finding.message)});
  }
  doc.AddTable(std::move(table));
}

}  // namespace

StatusOr<document::Document> BuildBoardReport(store::Store& store, store::PlanId plan_id, const ReportPeriod& period,
                                              const std::filesystem::path& data_dir) {
  HELHED_ASSIGN_OR_RETURN(PlanSnapshot snapshot, ShowPlan(store, plan_id, std::nullopt, false));
  StatusOr<model::Plan> plan = planfile::ParsePlanJson(snapshot.revision.plan_json);
  if (!plan.ok()) {
    return DataLossError(fmt::format("den gemte plan {} kan ikke læses: {}", plan_id, plan.status().message()));
  }
  Document doc;
  doc.title = fmt::format("Statusrapport til bestyrelsen, {} – {}", period.words, plan->name);
  doc.AddHeading(1, fmt::format("Statusrapport til bestyrelsen, {}", period.words));
  const store::RevisionInfo& info = snapshot.revision.info;
  doc.AddFields({{"Plan:", plan->name},
                 {"Periode:", fmt::format("{}–{}", period.first.ToDanishNumeric(), period.last.ToDanishNumeric())},
                 {"Planens revision:", fmt::format("{}, gemt {} af {}", info.revision,
                                                   store::FormatTimestampDanish(info.time), info.author)},
                 {"Målinger:", fmt::format("år til og med {} (registerdata er årstal; et halvår viser sit år), "
                                           "også tal indtastet af planens partnere",
                                           period.last.year())}});
  // The numbers of the report's period and before, local values included.
  Goals(doc, store, *plan, data_dir, FollowUpScope{.plan_id = plan_id, .last_year = period.last.year()});
  doc.AddPageBreak();
  ListCriteria(doc, store, *plan, period);
  ActivitiesAndMilestones(doc, *plan, period);
  BudgetByFocusArea(doc, *plan, period);
  PendingApprovals(doc, store, plan_id);
  OpenFindings(doc, *plan, data_dir);
  return doc;
}

}  // namespace helhed::service
