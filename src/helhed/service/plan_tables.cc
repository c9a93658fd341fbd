// SPDX-License-Identifier: Apache-2.0
// The plan's tables (see plan_tables.h).
#include "helhed/service/plan_tables.h"

#include <cmath>

#include "helhed/base/danish_number.h"
#include "helhed/service/plan_words.h"
#include "helhed/service/value_text.h"

namespace helhed::service {
namespace {

using render::Cell;

int Decimals(double value) {
  if (value == std::floor(value)) return 0;
  if (value * 10 == std::floor(value * 10)) return 1;
  return 2;
}

Cell OptionalText(const std::optional<std::string>& text) { return text ? Cell::Text(*text) : Cell::Empty(); }

Cell NumberOrEmpty(const std::optional<double>& value) {
  return value ? Cell::Number(*value, Decimals(*value)) : Cell::Empty();
}

// A value's number; a suppressed value stays suppressed in every format.
Cell ValueCell(const model::Value& value) {
  if (value.status == model::ValueStatus::kSuppressed) return Cell::Suppressed();
  return NumberOrEmpty(value.value);
}

Cell StatusCell(const model::Value& value) {
  if (value.value) return Cell::Empty();
  return Cell::Text(ValueText(value));
}

void AddIndicatorRows(render::Table& table, const std::string& part, const std::string& goal,
                      const model::Indicator& indicator) {
  auto add = [&](const std::string& kind, const model::Baseline* baseline) {
    std::vector<Cell> row = {Cell::Text(part), Cell::Text(goal), OptionalText(indicator.indicator_id),
                             Cell::Text(indicator.name),
                             indicator.unit ? Cell::Text(UnitWords(*indicator.unit)) : Cell::Empty(),
                             Cell::Text(kind)};
    if (baseline != nullptr) {
      row.push_back(Cell::Text(BaselineLabel(*baseline)));
      row.push_back(ValueCell(baseline->value));
      const bool suppressed = baseline->value.status == model::ValueStatus::kSuppressed;
      row.push_back(suppressed ? Cell::Suppressed() : NumberOrEmpty(baseline->value.numerator));
      row.push_back(suppressed ? Cell::Suppressed() : NumberOrEmpty(baseline->value.denominator));
      row.push_back(StatusCell(baseline->value));
      row.push_back(baseline->year ? Cell::Text(*baseline->year) : OptionalText(indicator.baseline_year));
    } else {
      for (int idx = 0; idx < 5; ++idx) row.push_back(Cell::Empty());
      row.push_back(OptionalText(indicator.baseline_year));
    }
    row.push_back(OptionalText(indicator.source));
    row.push_back(indicator.target && indicator.target->text ? Cell::Text(*indicator.target->text) : Cell::Empty());
    table.AddRow(std::move(row));
  };
  bool any = false;
  for (const auto* list : {&indicator.baselines, &indicator.other_baselines}) {
    if (!*list) continue;
    const std::string kind = list == &indicator.baselines ? "Baseline" : "Anden baseline";
    for (const model::Baseline& baseline : **list) {
      add(kind, &baseline);
      any = true;
    }
  }
  if (!any) add("", nullptr);
}

}  // namespace

render::Table GoalsTable(const model::Plan& plan) {
  render::Table table({"Del", "Mål", "Indikator-id", "Indikator", "Enhed", "Baselinetype", "Område", "Værdi", "Tæller",
                       "Nævner", "Status", "Baseline år", "Datakilde", "Målsætning"});
  for (const model::OverallGoal& goal : plan.overall_goals.value_or(std::vector<model::OverallGoal>{})) {
    const std::string text = goal.goal_id ? *goal.goal_id + ": " + goal.text : goal.text;
    for (const model::Indicator& indicator : goal.indicators.value_or(std::vector<model::Indicator>{})) {
      AddIndicatorRows(table, "Strategisk samarbejdsaftale", text, indicator);
    }
  }
  for (const model::SubAgreement& sub : plan.sub_agreements.value_or(std::vector<model::SubAgreement>{})) {
    for (const model::Goal& goal : sub.goals.value_or(std::vector<model::Goal>{})) {
      for (const model::Indicator& indicator : goal.indicators.value_or(std::vector<model::Indicator>{})) {
        AddIndicatorRows(table, "Delaftale " + sub.focus_area, goal.text, indicator);
      }
    }
  }
  return table;
}

render::Table StaffTable(const model::Plan& plan, const std::string* only_focus_area) {
  render::Table table({"Delaftale", "Funktion", "Organisation", "Omfang", "Enhed", "Finansiering", "Deles med"});
  for (const model::SubAgreement& sub : plan.sub_agreements.value_or(std::vector<model::SubAgreement>{})) {
    if (only_focus_area != nullptr && sub.focus_area != *only_focus_area) continue;
    for (const model::Staff& staff : sub.staff.value_or(std::vector<model::Staff>{})) {
      std::string shared;
      for (const std::string& area : staff.shared_with.value_or(std::vector<std::string>{})) {
        shared += (shared.empty() ? "" : ", ") + area;
      }
      table.AddRow({Cell::Text(sub.focus_area), Cell::Text(staff.function), OptionalText(staff.organisation),
                    staff.amount ? ValueCell(*staff.amount) : Cell::Empty(),
                    staff.amount ? (staff.amount->value ? Cell::Text(UnitWords(staff.amount->unit)) : StatusCell(*staff.amount))
                                 : Cell::Empty(),
                    staff.financing ? Cell::Text(FinancingWords(*staff.financing)) : Cell::Empty(),
                    shared.empty() ? Cell::Empty() : Cell::Text(shared)});
    }
  }
  return table;
}

render::Table BudgetTable(const model::Plan& plan) {
  render::Table table({"År", "Indsatsområde", "Post", "Kategori", "LBF (kr.)", "Lokal medfinansiering (kr.)", "I alt (kr.)"});
  if (!plan.budget || !plan.budget->lines) return table;
  for (const model::BudgetLine& line : *plan.budget->lines) {
    table.AddRow({line.year ? Cell::Text(std::to_string(*line.year)) : Cell::Text("Hele perioden"),
                  Cell::Text(line.focus_area.value_or("Tværgående")), Cell::Text(line.label),
                  Cell::Text(BudgetCategoryWords(line.category)), Cell::Integer(line.lbf_dkk),
                  Cell::Integer(line.local_dkk), Cell::Integer(line.lbf_dkk + line.local_dkk)});
  }
  return table;
}

render::Table MilestonesTable(const model::Plan& plan) {
  render::Table table({"Dato", "Milepæl", "Indsatsområde", "Status"});
  for (const model::Milestone& milestone : plan.milestones.value_or(std::vector<model::Milestone>{})) {
    table.AddRow({Cell::Text(milestone.date.ToDanishNumeric()), Cell::Text(milestone.title),
                  OptionalText(milestone.focus_area), Cell::Text(MilestoneStatusWords(milestone.status))});
  }
  return table;
}

std::vector<PlanTable> PlanTables(const model::Plan& plan) {
  std::vector<PlanTable> tables;
  tables.push_back({"maal", "Mål og indikatorer", GoalsTable(plan)});
  tables.push_back({"medarbejdere", "Medarbejdere", StaffTable(plan)});
  tables.push_back({"budget", "Budget", BudgetTable(plan)});
  tables.push_back({"milepaele", "Milepæle", MilestonesTable(plan)});
  return tables;
}

document::Table ToDocumentTable(const render::Table& table) {
  document::Table out;
  out.header = table.columns();
  for (const auto& row : table.rows()) {
    std::vector<document::TableCell> cells;
    for (const Cell& cell : row) {
      switch (cell.type) {
        case render::CellType::kEmpty: cells.push_back(document::TableCell::Text("")); break;
        case render::CellType::kSuppressed: cells.push_back(document::TableCell::Suppressed()); break;
        case render::CellType::kText: cells.push_back(document::TableCell::Text(cell.text)); break;
        case render::CellType::kInteger:
          cells.push_back(document::TableCell::Number(FormatDanish(static_cast<double>(cell.integer), 0)));
          break;
        case render::CellType::kNumber:
          cells.push_back(document::TableCell::Number(FormatDanish(cell.number, cell.decimals)));
          break;
      }
    }
    out.rows.push_back(std::move(cells));
  }
  return out;
}

}  // namespace helhed::service
