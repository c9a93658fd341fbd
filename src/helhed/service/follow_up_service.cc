// SPDX-License-Identifier: Apache-2.0
#include "helhed/service/follow_up_service.h"

#include <charconv>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "helhed/base/danish_number.h"
#include "helhed/base/status_macros.h"
#include "helhed/charts/bar_chart.h"
#include "helhed/charts/line_chart.h"
#include "helhed/indicators/definition.h"
#include "helhed/service/indicator_keys.h"
#include "helhed/service/indicator_links.h"
#include "helhed/service/local_data_service.h"
#include "helhed/service/local_suppression.h"
#include "helhed/service/measurement_service.h"

namespace helhed::service {
namespace {

// The plan's units as stored measurement units (areas-file convention: the
// plan's housing_areas ids are the unit ids, the kind is the level).
struct PlanUnits {
  std::optional<std::pair<std::string, std::string>> area;  // unit id, name
  std::vector<std::pair<std::string, std::string>> zones;   // unit id, name
  std::optional<std::pair<std::string, std::string>> kommune;
  std::pair<std::string, std::string> land{MeasurementUnitId("land", "DK"), "Hele landet"};
};

PlanUnits UnitsOf(const model::Plan& plan) {
  PlanUnits units;
  if (plan.housing_areas) {
    for (const model::HousingArea& area : *plan.housing_areas) {
      if (area.kind == model::HousingAreaKind::kZone) {
        units.zones.emplace_back(MeasurementUnitId("zone", area.id), area.name);
      } else if (area.kind == model::HousingAreaKind::kBoligomraade && !area.parent && !units.area) {
        units.area = std::make_pair(MeasurementUnitId("boligområde", area.id), area.name);
      }
    }
  }
  if (plan.municipality && !plan.municipality->code.empty()) {
    units.kommune = std::make_pair(MeasurementUnitId("kommune", plan.municipality->code),
                                   plan.municipality->name + " Kommune");
  }
  return units;
}

// The first four digits of "2021", "2020/2021" or "Kommunalvalg 2017".
std::optional<int> YearIn(std::string_view text) {
  for (size_t pos = 0; pos + 4 <= text.size(); ++pos) {
    int year = 0;
    auto [end, ec] = std::from_chars(text.data() + pos, text.data() + pos + 4, year);
    if (ec == std::errc() && end == text.data() + pos + 4 && year >= 1990 && year <= 2100) return year;
  }
  return std::nullopt;
}

// The plan's baseline for its whole area: scope plan or boligområde, with a number.
std::optional<charts::Baseline> PlanBaseline(const model::Indicator& indicator) {
  if (!indicator.baselines || !indicator.baseline_year) return std::nullopt;
  const std::optional<int> year = YearIn(*indicator.baseline_year);
  if (!year) return std::nullopt;
  for (const model::Baseline& baseline : *indicator.baselines) {
    if ((baseline.scope == model::BaselineScope::kPlan || baseline.scope == model::BaselineScope::kBoligomraade) &&
        !baseline.area && baseline.value.value) {
      return charts::Baseline{*year, *baseline.value.value, "Planens baseline"};
    }
  }
  return std::nullopt;
}

// A target the chart can draw as a level: an explicit level, or a change
// from the plan's baseline ("reduceres med 20 %", relative or absolute).
std::optional<charts::Target> PlanTarget(const model::Indicator& indicator, const std::optional<charts::Baseline>& baseline) {
  if (!indicator.target) return std::nullopt;
  const model::Target& target = *indicator.target;
  std::optional<int> year;
  if (target.by) year = target.by->year();
  if (target.level) return charts::Target{*target.level, year, "Planens mål"};
  if (!target.change || !baseline || !target.direction) return std::nullopt;
  const double sign = *target.direction == model::TargetDirection::kDecrease ? -1.0 : 1.0;
  const bool relative = target.change_kind.value_or(model::ChangeKind::kRelative) == model::ChangeKind::kRelative;
  const double level = relative ? baseline->value * (1.0 + sign * *target.change / 100.0)
                                : baseline->value + sign * *target.change;
  return charts::Target{level, year, "Planens mål"};
}

charts::ValueFormat FormatFor(const indicators::IndicatorDef& def) {
  switch (def.kind) {
    case indicators::IndicatorKind::kShare: return charts::ValueFormat::Percent(1);
    case indicators::IndicatorKind::kMean:
      return def.mean_value == indicators::MeanValue::kGrossIncome ? charts::ValueFormat{0, " kr."}
                                                                    : charts::ValueFormat::Number(1);
    case indicators::IndicatorKind::kCount: return charts::ValueFormat::Number(0);
  }
  return charts::ValueFormat::Number(1);
}

charts::Point PointOf(const store::Measurement& m, int year, bool share) {
  if (m.status == "suppressed") return charts::Point::Suppressed(year);
  if (m.status != "ok" || !m.value) return charts::Point::Missing(year);
  std::optional<charts::Band> band;
  if (m.ci_low && m.ci_high) band = charts::Band{*m.ci_low, *m.ci_high};
  std::optional<int64_t> numerator;
  if (share && m.numerator) numerator = static_cast<int64_t>(*m.numerator);
  std::optional<int64_t> denominator;
  if (m.denominator) denominator = static_cast<int64_t>(*m.denominator);
  return charts::Point::Value(year, *m.value, band, numerator, denominator);
}

struct UnitSeries {
  std::vector<charts::Point> points;
  std::optional<store::Measurement> latest_ok;  // for the source line
};

StatusOr<UnitSeries> SeriesOf(store::Store& store, const std::string& unit, const indicators::IndicatorDef& def,
                              std::optional<int> last_year) {
  HELHED_ASSIGN_OR_RETURN(const std::vector<store::Measurement> rows, store.ListMeasurements(unit, def.id));
  UnitSeries series;
  for (const store::Measurement& m : rows) {
    const std::optional<int> year = YearIn(m.period);
    if (!year || m.period.size() != 4) continue;  // register rows are whole years
    if (last_year && *year > *last_year) continue;
    series.points.push_back(PointOf(m, *year, def.kind == indicators::IndicatorKind::kShare));
    if (m.status == "ok") series.latest_ok = m;
  }
  return series;
}

std::string SourceLine(const store::Measurement& m) {
  std::string checksum = m.provenance.input_checksum;
  if (checksum.size() > 24) checksum = checksum.substr(0, 24) + "…";
  return fmt::format("Kilde: {}. Beregnet med {}; registerudtræk {}; parametre {}.", m.source,
                     m.provenance.engine_version, checksum, m.provenance.parameters);
}

std::string ChartId(std::string_view prefix, size_t idx, std::string_view kind) {
  return fmt::format("{}-{}-{}", prefix, idx + 1, kind);
}

// Where a plan's local indicator is found: its key and the plan's id.
struct LocalRef {
  store::PlanId plan_id = 0;
  std::string key;
};

charts::ValueFormat LocalFormat(model::Unit unit) {
  switch (unit) {
    case model::Unit::kShare: return charts::ValueFormat::Percent(1);
    case model::Unit::kCount:
    case model::Unit::kCaseCount: return charts::ValueFormat::Number(0);
    case model::Unit::kAmountDkk: return charts::ValueFormat{0, " kr."};
    default: return charts::ValueFormat::Number(1);
  }
}

// "Kilde: Fredericia Jobcenter, udtræk 2025-06-30. Lokal indtastning af pia
// 02.03.2026 kl. 09:00 UTC (version 2)."
std::string LocalSourceLine(const store::Measurement& m) {
  const nlohmann::json parameters = nlohmann::json::parse(m.provenance.parameters, nullptr, false);
  std::string who;
  if (parameters.is_object() && parameters.contains("indtastet_af") && parameters["indtastet_af"].is_string()) {
    who = " af " + parameters["indtastet_af"].get<std::string>();
    if (parameters.contains("indtastet") && parameters["indtastet"].is_string()) {
      if (StatusOr<store::Timestamp> at = store::ParseTimestamp(parameters["indtastet"].get<std::string>()); at.ok()) {
        who += " " + store::FormatTimestampDanish(*at);
      }
    }
    if (parameters.contains("version") && parameters["version"].is_number_integer()) {
      who += fmt::format(" (version {})", parameters["version"].get<int>());
    }
  }
  return fmt::format("Kilde: {}. Lokal indtastning{}.", m.source, who);
}

// The values partners entered for a local indicator: a line over the years
// for the plan and its boligområder, bars by zone (or afdeling) for the
// latest year. False when nothing has been entered.
StatusOr<bool> BuildLocalIndicator(store::Store& store, const model::Plan& plan, const model::Indicator& indicator,
                                   const LocalRef& local, const FollowUpScope& scope, std::string_view id_prefix,
                                   size_t idx, FollowUpIndicator& out) {
  const std::string measurement = LocalMeasurementIndicator(local.plan_id, local.key);
  const model::Unit unit = LocalUnitOf(indicator);
  const bool share = unit == model::Unit::kShare;
  const charts::ValueFormat format = LocalFormat(unit);
  const charts::CountLabels counts = share ? charts::CountLabels{"Antal", "I alt"} : charts::CountLabels{"", ""};
  constexpr charts::SeriesStyle kStyles[] = {charts::SeriesStyle::kPrimary, charts::SeriesStyle::kSecond,
                                             charts::SeriesStyle::kThird};
  charts::LineChartSpec line;
  line.id = ChartId(id_prefix, idx, "aar");
  line.title = indicator.name;
  line.y_label = share ? "Andel (%)" : "";
  line.format = format;
  line.counts = counts;
  // Counts, shares and amounts are read from zero; a grade scale is not.
  const bool from_zero = unit != model::Unit::kGrade && unit != model::Unit::kNumber;
  if (from_zero) line.y_floor = 0;
  std::vector<std::pair<std::string, std::vector<charts::Point>>> zones;
  std::vector<std::pair<std::string, std::vector<charts::Point>>> afdelinger;
  std::optional<store::Measurement> latest;
  const std::vector<EntryUnit> entry_units = EntryUnits(plan, local.plan_id);
  std::vector<LocalUnitPoints> unit_points;
  for (const EntryUnit& entry_unit : entry_units) {
    HELHED_ASSIGN_OR_RETURN(const std::vector<store::Measurement> rows,
                            store.ListMeasurements(entry_unit.unit.id, measurement));
    LocalUnitPoints& points = unit_points.emplace_back(LocalUnitPoints{entry_unit.unit.id, entry_unit.unit.parent, {}});
    for (const store::Measurement& m : rows) {
      const std::optional<int> year = YearIn(m.period);
      if (!year || m.period.size() != 4) continue;
      if (scope.last_year && *year > *scope.last_year) continue;
      points.by_year.insert_or_assign(*year, PointOf(m, *year, share));
      if (m.status != "not_available" && (!latest || m.period >= latest->period)) latest = m;
    }
  }
  // Counts add up from afdeling to plan: no hidden number may be left
  // recoverable by subtraction. Grades, amounts and plain numbers do not add.
  if (share || unit == model::Unit::kCount || unit == model::Unit::kCaseCount) {
    SuppressRecoverableLocalValues(unit_points);
  }
  for (size_t u = 0; u < entry_units.size(); ++u) {
    const EntryUnit& entry_unit = entry_units[u];
    std::vector<charts::Point> points;
    for (const auto& [year, point] : unit_points[u].by_year) points.push_back(point);
    if (points.empty()) continue;
    const std::string name = entry_unit.unit.level == store::OrgLevel::kPlan ? "Hele planen" : entry_unit.unit.name;
    switch (entry_unit.unit.level) {
      case store::OrgLevel::kZone: zones.emplace_back(name, std::move(points)); break;
      case store::OrgLevel::kAfdeling: afdelinger.emplace_back(name, std::move(points)); break;
      default:
        if (line.series.size() < std::size(kStyles)) {
          const charts::SeriesStyle style = kStyles[line.series.size()];
          // Only shares have intervals (Wilson, from the counts entered).
          line.series.push_back(charts::Series{name, style, std::move(points),
                                               share && style == charts::SeriesStyle::kPrimary});
        }
    }
  }
  if (line.series.empty() && zones.empty() && afdelinger.empty()) return false;
  out.local = true;
  if (!line.series.empty()) {
    line.baseline = PlanBaseline(indicator);
    line.target = PlanTarget(indicator, line.baseline);
    if (plan.period && plan.period->end) line.last_year = plan.period->end->year();
    line.description = "Tallene er indtastet lokalt af planens partnere.";
    if (scope.draw_charts) out.by_year = charts::RenderLineChart(line);
    out.by_year_data = std::move(line);
  }
  const auto& parts = zones.empty() ? afdelinger : zones;
  if (!parts.empty()) {
    int year = 0;
    for (const auto& [name, points] : parts) {
      for (const charts::Point& p : points) year = std::max(year, p.year());
    }
    charts::BarChartSpec bars;
    bars.id = ChartId(id_prefix, idx, "zoner");
    bars.title = indicator.name + (zones.empty() ? " efter afdeling" : " efter zone");
    bars.x_label = share ? "Andel (%)" : "";
    bars.year = year;
    bars.format = format;
    bars.counts = counts;
    if (from_zero) bars.x_floor = 0;
    for (const auto& [name, points] : parts) {
      charts::Point at = charts::Point::Missing(year);
      for (const charts::Point& p : points) {
        if (p.year() == year) at = p;
      }
      bars.bars.push_back({name, at});
    }
    if (scope.draw_charts) out.by_zone = charts::RenderBarChart(bars);
    out.by_zone_data = std::move(bars);
    out.zone_years = parts;
  }
  if (latest) out.source = LocalSourceLine(*latest);
  return true;
}

StatusOr<FollowUpIndicator> BuildIndicator(store::Store& store, const model::Plan& plan, const model::Indicator& indicator,
                                           const IndicatorLinks& links, const indicators::IndicatorSet& defs,
                                           std::string_view id_prefix, size_t idx, const FollowUpScope& scope,
                                           const std::optional<LocalRef>& local) {
  FollowUpIndicator out;
  out.name = indicator.name;
  const ResolvedIndicator resolved = ResolveIndicator(indicator, links, defs);
  if (resolved.def == nullptr) {
    if (local) {
      HELHED_ASSIGN_OR_RETURN(const bool drawn,
                              BuildLocalIndicator(store, plan, indicator, *local, scope, id_prefix, idx, out));
      if (drawn) return out;
      out.no_data = resolved.reason + " Der er endnu ikke indtastet lokale tal for den.";
      return out;
    }
    out.no_data = resolved.reason;
    return out;
  }
  const indicators::IndicatorDef& def = *resolved.def;
  out.engine_indicator = def.id;
  out.engine_name = def.name;
  const PlanUnits units = UnitsOf(plan);
  const charts::ValueFormat format = FormatFor(def);
  const bool share = def.kind == indicators::IndicatorKind::kShare;
  const charts::CountLabels counts = share ? charts::CountLabels{"Antal", "Personer i alt"}
                                           : charts::CountLabels{"", "Personer med en værdi"};

  charts::LineChartSpec line;
  line.id = ChartId(id_prefix, idx, "aar");
  line.title = def.name;
  line.y_label = share ? "Andel (%)" : "";
  line.format = format;
  line.counts = counts;
  if (share) line.y_floor = 0;
  std::optional<store::Measurement> provenance;
  std::vector<std::tuple<std::string, std::string, charts::SeriesStyle>> wanted;
  if (units.area) wanted.emplace_back(units.area->first, units.area->second, charts::SeriesStyle::kPrimary);
  if (units.kommune) wanted.emplace_back(units.kommune->first, units.kommune->second, charts::SeriesStyle::kSecond);
  wanted.emplace_back(units.land.first, units.land.second, charts::SeriesStyle::kThird);
  bool any_points = false;
  for (const auto& [unit, name, style] : wanted) {
    HELHED_ASSIGN_OR_RETURN(UnitSeries series, SeriesOf(store, unit, def, scope.last_year));
    if (series.points.empty()) continue;
    any_points = true;
    if (!provenance && series.latest_ok) provenance = series.latest_ok;
    line.series.push_back(charts::Series{name, style, std::move(series.points), style == charts::SeriesStyle::kPrimary});
  }
  if (!any_points) {
    out.no_data = fmt::format(
        "Der er endnu ikke beregnet registerdata ({}) for planens område. En administrator kan beregne dem med "
        "helhed compute --store og planens områdefil.",
        def.id);
    return out;
  }
  line.baseline = PlanBaseline(indicator);
  line.target = PlanTarget(indicator, line.baseline);
  if (plan.period && plan.period->end) line.last_year = plan.period->end->year();
  if (!units.area) line.description = "Planen angiver ikke sit boligområde, så kun kommunen og landet vises.";
  if (scope.draw_charts) out.by_year = charts::RenderLineChart(line);
  out.by_year_data = line;
  if (provenance) out.source = SourceLine(*provenance);

  // Zones in the latest year for which any zone has a row.
  if (!units.zones.empty()) {
    std::vector<std::pair<std::string, std::vector<charts::Point>>> zone_points;
    int latest = 0;
    for (const auto& [unit, name] : units.zones) {
      HELHED_ASSIGN_OR_RETURN(UnitSeries series, SeriesOf(store, unit, def, scope.last_year));
      for (const charts::Point& p : series.points) latest = std::max(latest, p.year());
      zone_points.emplace_back(name, std::move(series.points));
    }
    if (latest > 0) {
      auto at = [&](const std::vector<charts::Point>& points) {
        for (const charts::Point& p : points) {
          if (p.year() == latest) return p;
        }
        return charts::Point::Missing(latest);
      };
      charts::BarChartSpec bars;
      bars.id = ChartId(id_prefix, idx, "zoner");
      bars.title = def.name + " efter zone";
      bars.x_label = share ? "Andel (%)" : "";
      bars.year = latest;
      bars.format = format;
      bars.counts = counts;
      if (share) bars.x_floor = 0;
      for (const auto& [name, points] : zone_points) bars.bars.push_back({name, at(points)});
      for (const charts::Series& series : line.series) {
        if (series.style == charts::SeriesStyle::kPrimary) continue;
        bars.references.push_back({series.name, at(series.points), series.style});
      }
      if (scope.draw_charts) out.by_zone = charts::RenderBarChart(bars);
      out.by_zone_data = std::move(bars);
      out.zone_years = std::move(zone_points);
    }
  }
  return out;
}

FollowUpEntry EntryFor(std::string heading, std::string path, size_t goal,
                       const std::optional<std::vector<model::Indicator>>& list, const IndicatorCatalogue& loaded) {
  FollowUpEntry entry{std::move(heading), std::move(path), goal, 0, 0};
  if (!list) return entry;
  for (const model::Indicator& indicator : *list) {
    ++entry.indicators;
    if (ResolveIndicator(indicator, loaded.links, loaded.defs).def != nullptr) ++entry.with_register_data;
  }
  return entry;
}

std::optional<LocalRef> LocalRefFor(const FollowUpScope& scope, std::string key) {
  if (!scope.plan_id) return std::nullopt;
  return LocalRef{*scope.plan_id, std::move(key)};
}

std::string GoalHeading(const model::OverallGoal& goal, size_t idx) {
  return fmt::format("Mål {}: {}", idx + 1, goal.text);
}

std::string DelmaalHeading(const model::Goal& goal, size_t idx) {
  return fmt::format("Delmål {}: {}", idx + 1, goal.text);
}

}  // namespace

StatusOr<FollowUpIndex> FollowUpIndexOf(const model::Plan& plan, const std::filesystem::path& data_dir) {
  HELHED_ASSIGN_OR_RETURN(const IndicatorCatalogue loaded, LoadIndicatorCatalogue(data_dir));
  FollowUpIndex index;
  if (plan.overall_goals) {
    for (size_t idx = 0; idx < plan.overall_goals->size(); ++idx) {
      const model::OverallGoal& goal = (*plan.overall_goals)[idx];
      index.overall_goals.push_back(
          EntryFor(GoalHeading(goal, idx), fmt::format("opfoelgning/maal/{}", idx + 1), idx, goal.indicators, loaded));
    }
  }
  if (plan.sub_agreements) {
    for (size_t sub = 0; sub < plan.sub_agreements->size(); ++sub) {
      const model::SubAgreement& agreement = (*plan.sub_agreements)[sub];
      std::vector<FollowUpEntry> entries;
      if (agreement.goals) {
        for (size_t g = 0; g < agreement.goals->size(); ++g) {
          const model::Goal& goal = (*agreement.goals)[g];
          entries.push_back(EntryFor(DelmaalHeading(goal, g),
                                     fmt::format("opfoelgning/delaftaler/{}/delmaal/{}", sub + 1, g + 1), g,
                                     goal.indicators, loaded));
        }
      }
      index.sub_agreements.emplace_back(agreement.focus_area, std::move(entries));
    }
  }
  return index;
}

StatusOr<std::string> OverallGoalFollowUpHeading(const model::Plan& plan, std::size_t goal_idx) {
  if (!plan.overall_goals || goal_idx >= plan.overall_goals->size()) {
    return NotFoundError(fmt::format("mål {} findes ikke i planen", goal_idx + 1));
  }
  return GoalHeading((*plan.overall_goals)[goal_idx], goal_idx);
}

StatusOr<std::string> SubGoalFollowUpHeading(const model::Plan& plan, std::size_t sub_idx, std::size_t goal_idx) {
  if (!plan.sub_agreements || sub_idx >= plan.sub_agreements->size()) {
    return NotFoundError(fmt::format("delaftale {} findes ikke i planen", sub_idx + 1));
  }
  const model::SubAgreement& agreement = (*plan.sub_agreements)[sub_idx];
  if (!agreement.goals || goal_idx >= agreement.goals->size()) {
    return NotFoundError(fmt::format("delmål {} findes ikke i delaftalen {}", goal_idx + 1, agreement.focus_area));
  }
  return DelmaalHeading((*agreement.goals)[goal_idx], goal_idx);
}

StatusOr<FollowUpSection> OverallGoalFollowUp(store::Store& store, const model::Plan& plan, std::size_t goal_idx,
                                              const std::filesystem::path& data_dir, const FollowUpScope& scope) {
  HELHED_ASSIGN_OR_RETURN(std::string heading, OverallGoalFollowUpHeading(plan, goal_idx));
  HELHED_ASSIGN_OR_RETURN(const IndicatorCatalogue loaded, LoadIndicatorCatalogue(data_dir));
  const model::OverallGoal& goal = (*plan.overall_goals)[goal_idx];
  FollowUpSection section{std::move(heading), goal.focus_area.value_or(""), {}};
  if (goal.indicators) {
    for (size_t idx = 0; idx < goal.indicators->size(); ++idx) {
      HELHED_ASSIGN_OR_RETURN(FollowUpIndicator built,
                              BuildIndicator(store, plan, (*goal.indicators)[idx], loaded.links, loaded.defs,
                                             fmt::format("maal{}", goal_idx + 1), idx, scope,
                                             LocalRefFor(scope, IndicatorKeyOf((*goal.indicators)[idx], {std::nullopt, goal_idx, idx}))));
      section.indicators.push_back(std::move(built));
    }
  }
  return section;
}

StatusOr<FollowUpSection> SubGoalFollowUp(store::Store& store, const model::Plan& plan, std::size_t sub_idx,
                                          std::size_t goal_idx, const std::filesystem::path& data_dir,
                                          const FollowUpScope& scope) {
  HELHED_ASSIGN_OR_RETURN(std::string heading, SubGoalFollowUpHeading(plan, sub_idx, goal_idx));
  HELHED_ASSIGN_OR_RETURN(const IndicatorCatalogue loaded, LoadIndicatorCatalogue(data_dir));
  const model::SubAgreement& agreement = (*plan.sub_agreements)[sub_idx];
  const model::Goal& goal = (*agreement.goals)[goal_idx];
  FollowUpSection section{std::move(heading), agreement.focus_area, {}};
  if (goal.indicators) {
    for (size_t idx = 0; idx < goal.indicators->size(); ++idx) {
      HELHED_ASSIGN_OR_RETURN(FollowUpIndicator built,
                              BuildIndicator(store, plan, (*goal.indicators)[idx], loaded.links, loaded.defs,
                                             fmt::format("d{}m{}", sub_idx + 1, goal_idx + 1), idx, scope,
                                             LocalRefFor(scope, IndicatorKeyOf((*goal.indicators)[idx], {sub_idx, goal_idx, idx}))));
      section.indicators.push_back(std::move(built));
    }
  }
  return section;
}

}  // namespace helhed::service
