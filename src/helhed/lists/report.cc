// SPDX-License-Identifier: Apache-2.0
#include "helhed/lists/report.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "helhed/base/danish_number.h"

namespace helhed::lists {
namespace {

using Json = nlohmann::ordered_json;

const char* ComparisonText(Comparison comparison) {
  switch (comparison) {
    case Comparison::kAbove:
      return "over";
    case Comparison::kAtLeast:
      return "mindst";
    case Comparison::kBelow:
      return "under";
  }
  return "";
}

const char* ComparisonId(Comparison comparison) {
  switch (comparison) {
    case Comparison::kAbove:
      return "above";
    case Comparison::kAtLeast:
      return "at_least";
    case Comparison::kBelow:
      return "below";
  }
  return "";
}

// One decimal, or two when the second is not zero (3 × 0,78 % = 2,34 %).
std::string Percent(const Rational& share) {
  const std::string two = FormatSharePercent(share, 2);
  return two[two.size() - 3] == '0' ? FormatSharePercent(share, 1) : two;
}

// Percent as a plain number with 4 decimals for JSON and tables.
double PercentNumber(const Rational& share) {
  const Rational scaled = share * Rational::Integer(1000000);
  return static_cast<double>((scaled + Rational(1, 2)).Floor()) / 10000.0;
}

std::string YesNo(const std::optional<bool>& value) {
  if (!value.has_value()) return "";
  return *value ? "ja" : "nej";
}

Json LevelJson(const LevelResult& level) {
  Json out;
  out["level"] = level.level;
  out["comparison"] = ComparisonId(level.comparison);
  out["threshold_percent"] = PercentNumber(level.threshold);
  out["threshold"] = {{"numerator", level.threshold.numerator()}, {"denominator", level.threshold.denominator()}};
  out["met"] = level.met.has_value() ? Json(*level.met) : Json(nullptr);
  out["distance_persons"] = level.distance_persons.has_value() ? Json(*level.distance_persons) : Json(nullptr);
  if (level.distance_kr_total.has_value()) {
    out["distance_kr_total"] = *level.distance_kr_total;
    out["distance_kr_per_person"] = *level.distance_kr_per_person;
  }
  if (level.distance_points.has_value()) out["distance_percentage_points"] = level.distance_points->ToDouble();
  out["within_uncertainty"] = level.within_uncertainty.has_value() ? Json(*level.within_uncertainty) : Json(nullptr);
  out["explanation"] = level.explanation;
  return out;
}

}  // namespace

std::string FormatText(const ListsReport& report) {
  std::string out = fmt::format("§ 61 a-lister for listeåret {} (kilde: {})\n", report.list_year, report.origin);
  for (const auto& note : report.notes) out += "Bemærk: " + note + "\n";
  for (const auto& area : report.areas) {
    out += fmt::format("\n{} {}: {}\n", area.area_id, area.area_name.empty() ? "" : "(" + area.area_name + ")",
                       area.category_name);
    out += fmt::format("  Beboere: {}\n", area.residents.has_value()
                                              ? FormatDanish(static_cast<double>(*area.residents), 0)
                                              : std::string("ukendt"));
    out += fmt::format("  Kriterier opfyldt: {} af 4 (udsat), {} af 4 (forebyggelse); der kræves {}\n",
                       area.vulnerable_met, area.prevention_met, area.criteria_required);
    for (const auto& criterion : area.criteria) {
      const std::string value = criterion.value.has_value() ? Percent(*criterion.value) : "mangler";
      const LevelResult& level = criterion.vulnerable;
      out += fmt::format("  - {}: {} (grænse {} {}{}){}\n", criterion.label, value, ComparisonText(level.comparison),
                         Percent(level.threshold), level.level == "udsat" ? "" : ", " + level.level,
                         level.met.has_value() ? (*level.met ? " opfyldt" : " ikke opfyldt") : "");
      out += fmt::format("      {}\n", level.explanation);
      if (criterion.prevention.has_value()) {
        const LevelResult& prevention = *criterion.prevention;
        out += fmt::format("      forebyggelse (grænse {} {}): {}; {}\n", ComparisonText(prevention.comparison),
                           Percent(prevention.threshold),
                           prevention.met.has_value() ? (*prevention.met ? "opfyldt" : "ikke opfyldt") : "ukendt",
                           prevention.explanation);
      }
    }
    if (!area.earlier.empty()) {
      out += "  Tidligere listeår:";
      for (const auto& earlier : area.earlier) out += fmt::format(" {} {};", earlier.list_year, earlier.name);
      out.back() = '\n';
    }
    if (area.estimated) out += "  Afstande i personer er skøn: befolkningen bag andelene er anslået.\n";
    for (const auto& note : area.notes) out += "  Bemærk: " + note + "\n";
  }
  return out;
}

std::string FormatJson(const ListsReport& report) {
  Json root;
  root["format"] = "helhed/lists@1";
  root["list_year"] = report.list_year;
  root["origin"] = report.origin;
  root["notes"] = report.notes;
  Json areas = Json::array();
  for (const auto& area : report.areas) {
    Json a;
    a["area_id"] = area.area_id;
    a["area_name"] = area.area_name;
    a["year"] = area.list_year;
    a["residents"] = area.residents.has_value() ? Json(*area.residents) : Json(nullptr);
    a["min_residents"] = area.min_residents;
    a["category"] = CategoryId(area.category);
    a["category_name"] = area.category_name;
    a["also_forebyggelse"] = area.also_prevention;
    a["criteria_met_udsat"] = area.vulnerable_met;
    a["criteria_met_forebyggelse"] = area.prevention_met;
    a["criteria_missing"] = area.unknown;
    a["criteria_required"] = area.criteria_required;
    if (area.national_convicted_share.has_value()) {
      a["national_convicted_percent"] = PercentNumber(*area.national_convicted_share);
      a["national_convicted_share"] = {{"numerator", area.national_convicted_share->numerator()},
                                       {"denominator", area.national_convicted_share->denominator()}};
    }
    Json criteria = Json::object();
    for (const auto& criterion : area.criteria) {
      Json c;
      c["label"] = criterion.label;
      c["value_percent"] = criterion.value.has_value() ? Json(PercentNumber(*criterion.value)) : Json(nullptr);
      if (criterion.value.has_value()) {
        c["value"] = {{"numerator", criterion.value->numerator()}, {"denominator", criterion.value->denominator()}};
      } else {
        c["value"] = nullptr;
      }
      if (criterion.interval.has_value()) {
        c["interval_95_percent"] = {criterion.interval->low * 100, criterion.interval->high * 100};
      }
      c["estimated"] = criterion.estimated;
      c["counted"] = criterion.counted;
      c[criterion.vulnerable.level] = LevelJson(criterion.vulnerable);
      if (criterion.prevention.has_value()) c["forebyggelse"] = LevelJson(*criterion.prevention);
      criteria[criterion.id] = c;
    }
    a["criteria"] = criteria;
    Json earlier = Json::array();
    for (const auto& e : area.earlier) {
      earlier.push_back({{"year", e.list_year}, {"category", CategoryId(e.category)}, {"category_name", e.name}});
    }
    a["earlier"] = earlier;
    a["estimated"] = area.estimated;
    a["notes"] = area.notes;
    areas.push_back(a);
  }
  root["areas"] = areas;
  return root.dump(2) + "\n";
}

FlatTable ToTable(const ListsReport& report) {
  using Kind = FlatCell::Kind;
  auto text = [](std::string value) { return FlatCell{Kind::kText, std::move(value), 0, 0, 0}; };
  auto integer = [](int64_t value) { return FlatCell{Kind::kInteger, "", value, 0, 0}; };
  auto percent = [](const Rational& share) { return FlatCell{Kind::kNumber, "", 0, PercentNumber(share), 2}; };
  auto yes_no = [&](const std::optional<bool>& value) { return value.has_value() ? text(YesNo(value)) : FlatCell{}; };
  auto distance = [&](const LevelResult& level) {
    if (level.distance_persons.has_value()) return integer(*level.distance_persons);
    if (level.distance_kr_per_person.has_value()) return integer(*level.distance_kr_per_person);
    if (level.distance_points.has_value()) return FlatCell{Kind::kNumber, "", 0, level.distance_points->ToDouble(), 2};
    return FlatCell{};
  };

  FlatTable table;
  table.header = {"area_id", "area_name", "year", "residents"};
  const char* kIds[] = {"outside_work", "convicted", "basic_education", "income", "non_western"};
  for (const char* id : kIds) {
    for (const char* column : {"value", "threshold", "met", "distance", "distance_unit", "within_uncertainty",
                               "forebyggelse_threshold", "forebyggelse_met", "forebyggelse_distance"}) {
      table.header.push_back(fmt::format("{}_{}", id, column));
    }
  }
  table.header.insert(table.header.end(), {"category", "earlier_categories", "estimated", "notes"});
  for (const auto& area : report.areas) {
    std::vector<FlatCell> row = {text(area.area_id), text(area.area_name), integer(area.list_year),
                                 area.residents.has_value() ? integer(*area.residents) : FlatCell{}};
    for (const auto& criterion : area.criteria) {
      const LevelResult& v = criterion.vulnerable;
      row.push_back(criterion.value.has_value() ? percent(*criterion.value) : FlatCell{});
      row.push_back(percent(v.threshold));
      row.push_back(yes_no(v.met));
      row.push_back(distance(v));
      row.push_back(v.distance_persons.has_value()         ? text("personer")
                    : v.distance_kr_per_person.has_value() ? text("kr. pr. person")
                    : v.distance_points.has_value()        ? text("procentpoint")
                                                           : FlatCell{});
      row.push_back(yes_no(v.within_uncertainty));
      if (criterion.prevention.has_value()) {
        row.push_back(percent(criterion.prevention->threshold));
        row.push_back(yes_no(criterion.prevention->met));
        row.push_back(distance(*criterion.prevention));
      } else {
        row.insert(row.end(), {FlatCell{}, FlatCell{}, FlatCell{}});
      }
    }
    row.push_back(text(CategoryId(area.category)));
    std::string earlier;
    for (const auto& e : area.earlier) {
      earlier += (earlier.empty() ? "" : " ") + fmt::format("{}:{}", e.list_year, CategoryId(e.category));
    }
    row.push_back(text(earlier));
    row.push_back(text(area.estimated ? "ja" : "nej"));
    std::string notes;
    for (const auto& note : area.notes) notes += (notes.empty() ? "" : "; ") + note;
    row.push_back(text(notes));
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace helhed::lists
