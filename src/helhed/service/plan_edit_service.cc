// SPDX-License-Identifier: Apache-2.0
// Delmål edits and approval decisions.
#include "helhed/service/plan_edit_service.h"

#include <algorithm>

#include "helhed/base/danish_number.h"
#include "helhed/base/status_macros.h"
#include "helhed/planfile/plan_json.h"
#include "helhed/service/indicator_keys.h"
#include "helhed/service/plan_service.h"

namespace helhed::service {
namespace {

std::string Trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return "";
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

// Applies the form to the goal; every check happens here, before saving.
Status ApplyGoalEdit(model::Goal& goal, const GoalEdit& edit) {
  const std::string text = Trimmed(edit.text);
  if (text.empty()) return InvalidArgumentError("feltet »Delmål« må ikke være tomt");
  goal.text = text;
  const std::size_t count = goal.indicators ? goal.indicators->size() : 0;
  if (edit.indicators.size() != count) {
    return InvalidArgumentError("formularen passer ikke til delmålets " + std::to_string(count) +
                                " indikatorer; hent siden igen");
  }
  for (std::size_t ind_idx = 0; ind_idx < count; ++ind_idx) {
    model::Indicator& indicator = (*goal.indicators)[ind_idx];
    const IndicatorEdit& in = edit.indicators[ind_idx];
    const std::string where = "indikator " + std::to_string(ind_idx + 1);
    const std::string name = Trimmed(in.name);
    if (name.empty()) return InvalidArgumentError("feltet »Navn« for " + where + " må ikke være tomt");
    indicator.name = name;
    const std::size_t baselines = indicator.baselines ? indicator.baselines->size() : 0;
    if (in.baseline_values.size() != baselines) {
      return InvalidArgumentError("formularen passer ikke til baselines for " + where + "; hent siden igen");
    }
    for (std::size_t base_idx = 0; base_idx < baselines; ++base_idx) {
      model::Value& value = (*indicator.baselines)[base_idx].value;
      const std::string typed = Trimmed(in.baseline_values[base_idx]);
      const std::string field = "baseline " + std::to_string(base_idx + 1) + " for " + where;
      if (typed.empty()) {
        if (value.value) return InvalidArgumentError("feltet »" + field + "« skal have et tal");
        continue;
      }
      StatusOr<double> number = ParseDanishNumber(typed);
      if (!number.ok()) return InvalidArgumentError("feltet »" + field + "«: " + number.status().message());
      if (value.value && *value.value == *number) continue;
      value.value = *number;
      value.status.reset();
      value.until.reset();
    }
  }
  return OkStatus();
}

}  // namespace

StatusOr<store::RevisionInfo> SaveGoalEdit(store::Store& store, const std::filesystem::path& data_dir,
                                           store::PlanId plan_id, int base_revision, std::size_t sub_index,
                                           std::size_t goal_index, const GoalEdit& edit,
                                           std::string_view author) {
  HELHED_ASSIGN_OR_RETURN(store::PlanSummary summary, store.GetPlan(plan_id));
  if (summary.head_revision != base_revision) {
    HELHED_ASSIGN_OR_RETURN(std::vector<store::RevisionInfo> infos, store.ListRevisions(plan_id));
    const store::RevisionInfo& latest = infos.back();
    return AbortedError("planen er ændret, siden du hentede formularen: " + latest.author + " gemte revision " +
                        std::to_string(latest.revision) + " " + store::FormatTimestampDanish(latest.time) +
                        ". Dine ændringer er ikke gemt; hent siden igen og indtast dem på ny");
  }
  HELHED_ASSIGN_OR_RETURN(store::Revision base, store.GetRevision(plan_id, base_revision));
  StatusOr<model::Plan> parsed = planfile::ParsePlanJson(base.plan_json);
  if (!parsed.ok()) return DataLossError("den gemte plan kan ikke læses: " + parsed.status().message());
  model::Plan plan = std::move(*parsed);
  // An edit changes indicators in their place, so each keeps its key even
  // when renamed; a base saved before keys existed gets its keys first.
  HELHED_RETURN_IF_ERROR(AssignIndicatorKeys(nullptr, base_revision, plan));
  const std::string before = planfile::WritePlanJson(plan);
  if (!plan.sub_agreements || sub_index >= plan.sub_agreements->size()) {
    return NotFoundError("delaftale " + std::to_string(sub_index + 1) + " findes ikke i planen");
  }
  model::SubAgreement& sub = (*plan.sub_agreements)[sub_index];
  if (!sub.goals || goal_index >= sub.goals->size()) {
    return NotFoundError("delmål " + std::to_string(goal_index + 1) + " findes ikke i delaftalen " + sub.focus_area);
  }
  HELHED_RETURN_IF_ERROR(ApplyGoalEdit((*sub.goals)[goal_index], edit));
  const std::string after = planfile::WritePlanJson(plan);
  if (after == before) return FailedPreconditionError("der er ingen ændringer at gemme");
  // UpdatePlan routes the changed parts by the pack and saves with compare-and-set.
  return UpdatePlan(store, data_dir, plan_id, base_revision, after, author,
                    "Delmål " + std::to_string(goal_index + 1) + " i delaftalen " + sub.focus_area + " ændret");
}

Status RecordDecision(store::Store& store, store::PlanId plan_id, int revision, store::Approver approver,
                      std::string_view decision_date, std::string_view reference, std::string_view recorded_by,
                      Date today) {
  StatusOr<Date> date = ParseIsoDate(Trimmed(decision_date));
  if (!date.ok()) return InvalidArgumentError("feltet »Dato for beslutningen«: " + date.status().message());
  if (*date > today) {
    return InvalidArgumentError("feltet »Dato for beslutningen«: " + date->ToDanishNumeric() +
                                " ligger efter dags dato");
  }
  const std::string ref = Trimmed(reference);
  if (ref.empty()) {
    return InvalidArgumentError(approver == store::Approver::kBoard
                                    ? "feltet »Mødereference« må ikke være tomt"
                                    : "feltet »Sagsreference« må ikke være tomt");
  }
  if (ref.size() > 200) return InvalidArgumentError("feltet »Reference« må højst være 200 tegn");
  // ApproveRevision refuses a decision when nothing awaits this approver.
  return ApproveRevision(store, plan_id, revision, approver, *date, ref, recorded_by);
}

}  // namespace helhed::service
