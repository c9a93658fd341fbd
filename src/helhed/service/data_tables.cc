// SPDX-License-Identifier: Apache-2.0
#include "helhed/service/data_tables.h"

#include <string>
#include <vector>

#include "helhed/base/status_macros.h"
#include "helhed/service/follow_up_service.h"
#include "helhed/service/list_result_view.h"

namespace helhed::service {
namespace {

using render::Cell;

// "%", "kr." or "" from the chart's value suffix (" %", " kr.", "").
std::string UnitWord(const std::string& suffix) {
  const size_t start = suffix.find_first_not_of(' ');
  return start == std::string::npos ? std::string() : suffix.substr(start);
}

Cell Optional(const std::optional<int64_t>& value) { return value ? Cell::Integer(*value) : Cell::Empty(); }

void AddPoint(render::Table& table, const std::string& goal, const FollowUpIndicator& indicator,
              const std::string& unit, const charts::ValueFormat& format, const charts::Point& point) {
  std::vector<Cell> row = {Cell::Text(goal),
                           Cell::Text(indicator.name),
                           Cell::Text(indicator.engine_indicator.empty() ? "lokale tal" : indicator.engine_indicator),
                           Cell::Text(unit),
                           Cell::Integer(point.year())};
  switch (point.status()) {
    case charts::PointStatus::kValue: {
      row.push_back(Cell::Number(point.value(), format.decimals));
      row.push_back(Cell::Text(UnitWord(format.suffix)));
      const auto& interval = point.interval();
      row.push_back(interval ? Cell::Number(interval->low, format.decimals) : Cell::Empty());
      row.push_back(interval ? Cell::Number(interval->high, format.decimals) : Cell::Empty());
      row.push_back(Optional(point.numerator()));
      row.push_back(Optional(point.denominator()));
      row.push_back(Cell::Text("ok"));
      break;
    }
    case charts::PointStatus::kSuppressed:
      for (int i = 0; i < 6; ++i) row.push_back(i == 1 ? Cell::Text(UnitWord(format.suffix)) : Cell::Suppressed());
      row.push_back(Cell::Text("diskretioneret"));
      break;
    case charts::PointStatus::kMissing:
      for (int i = 0; i < 6; ++i) row.push_back(Cell::Empty());
      row.push_back(Cell::Text("ikke tilgængelig"));
      break;
  }
  row.push_back(Cell::Text(indicator.source));
  table.AddRow(std::move(row));
}

void AddSection(render::Table& table, const FollowUpSection& section) {
  for (const FollowUpIndicator& indicator : section.indicators) {
    if (!indicator.by_year_data && indicator.zone_years.empty()) continue;
    const charts::ValueFormat format = indicator.by_year_data ? indicator.by_year_data->format
                                       : indicator.by_zone_data ? indicator.by_zone_data->format
                                                                : charts::ValueFormat::Number(1);
    if (indicator.by_year_data) {
      for (const charts::Series& series : indicator.by_year_data->series) {
        for (const charts::Point& point : series.points) {
          AddPoint(table, section.heading, indicator, series.name, format, point);
        }
      }
    }
    for (const auto& [unit, points] : indicator.zone_years) {
      for (const charts::Point& point : points) AddPoint(table, section.heading, indicator, unit, format, point);
    }
  }
}

}  // namespace

StatusOr<render::Table> MeasurementsTable(store::Store& store, const model::Plan& plan, store::PlanId plan_id,
                                          const std::filesystem::path& data_dir, std::optional<int> last_year) {
  render::Table table({"Mål", "Indikator", "Registerindikator", "Enhed", "År", "Værdi", "Måleenhed",
                       "95 %-interval, nedre", "95 %-interval, øvre", "Tæller", "Nævner", "Status", "Kilde"});
  const FollowUpScope scope{.plan_id = plan_id, .last_year = last_year, .draw_charts = false};
  const size_t goals = plan.overall_goals ? plan.overall_goals->size() : 0;
  for (size_t goal = 0; goal < goals; ++goal) {
    HELHED_ASSIGN_OR_RETURN(const FollowUpSection section, OverallGoalFollowUp(store, plan, goal, data_dir, scope));
    AddSection(table, section);
  }
  const size_t subs = plan.sub_agreements ? plan.sub_agreements->size() : 0;
  for (size_t sub = 0; sub < subs; ++sub) {
    const auto& sub_goals = (*plan.sub_agreements)[sub].goals;
    for (size_t goal = 0; sub_goals && goal < sub_goals->size(); ++goal) {
      HELHED_ASSIGN_OR_RETURN(FollowUpSection section, SubGoalFollowUp(store, plan, sub, goal, data_dir, scope));
      section.heading = (*plan.sub_agreements)[sub].focus_area + " › " + section.heading;
      AddSection(table, section);
    }
  }
  return table;
}

StatusOr<render::Table> ListResultsTable(store::Store& store, const model::Plan& plan, std::optional<int> last_year) {
  render::Table table({"Område", "Områdeid", "Listeår", "Kategori", "Beboere", "Kriterium", "Værdi", "Tæller/nævner",
                       "Niveau", "Grænse", "Opfyldt", "Afstand til grænsen"});
  if (!plan.housing_areas) return table;
  for (const model::HousingArea& area : *plan.housing_areas) {
    HELHED_ASSIGN_OR_RETURN(const std::vector<store::ListResult> results, store.ListListResults(area.id));
    bool any = false;
    for (const store::ListResult& result : results) {
      if (last_year && result.list_year > *last_year) continue;
      HELHED_ASSIGN_OR_RETURN(const ListResultView view, ReadListResult(result));
      any = true;
      for (const ListCriterionRow& row : view.rows) {
        table.AddRow({Cell::Text(area.name), Cell::Text(area.id), Cell::Integer(view.list_year),
                      Cell::Text(view.category), Cell::Text(view.residents), Cell::Text(row.criterion),
                      Cell::Text(row.value), Cell::Text(row.fraction), Cell::Text(row.level),
                      Cell::Text(row.threshold), Cell::Text(row.met), Cell::Text(row.distance)});
      }
    }
    if (!any) {
      std::vector<Cell> row = {Cell::Text(area.name), Cell::Text(area.id), Cell::Empty(),
                               Cell::Text("ingen gemte listeresultater")};
      row.resize(table.columns().size());
      table.AddRow(std::move(row));
    }
  }
  return table;
}

}  // namespace helhed::service
