// SPDX-License-Identifier: Apache-2.0
#include "helhed/service/local_data_service.h"

#include <cctype>
#include <charconv>
#include <cmath>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "helhed/base/danish_number.h"
#include "helhed/base/status_macros.h"
#include "helhed/indicators/disclosure.h"
#include "helhed/indicators/engine.h"
#include "helhed/model/enum_names.h"
#include "helhed/service/indicator_keys.h"
#include "helhed/service/indicator_links.h"
#include "helhed/service/measurement_service.h"
#include "helhed/service/published_numbers.h"

namespace helhed::service {
namespace {

bool IsCount(model::Unit unit) { return unit == model::Unit::kCount || unit == model::Unit::kCaseCount; }

// A whole number >= 0 typed by a person ("1.234" allowed).
std::optional<FieldError> WholeCount(std::string_view field, std::string_view label, const std::string& text,
                                     double& out) {
  if (text.empty()) {
    std::string object(label);
    object[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(object[0])));  // labels start in ASCII
    return FieldError{std::string(field), fmt::format("Skriv {}.", object)};
  }
  StatusOr<double> number = ParseDanishNumber(text);
  if (!number.ok()) {
    return FieldError{std::string(field), fmt::format("{} skal være et tal, fx 41; »{}« er ikke et tal.",
                                                      label, text)};
  }
  if (*number < 0) return FieldError{std::string(field), fmt::format("{} kan ikke være under 0.", label)};
  if (*number != std::floor(*number)) {
    return FieldError{std::string(field), fmt::format("{} er et antal personer eller sager og skal være et helt tal.",
                                                      label)};
  }
  if (*number > 1e9) return FieldError{std::string(field), fmt::format("{} er over en milliard; tjek tallet.", label)};
  out = *number;
  return std::nullopt;
}

// The range a value of this kind may take, with the words for the message.
struct Range {
  double low;
  double high;
  const char* words;
};

Range RangeOf(model::Unit unit) {
  switch (unit) {
    case model::Unit::kGrade: return {-3, 12, "et karaktergennemsnit på 7-trinsskalaen (fra -3 til 12)"};
    case model::Unit::kPercentOfPosition: return {0, 100, "en procent af en stilling (0 til 100)"};
    case model::Unit::kNumber: return {-1e12, 1e12, "et tal"};
    default: return {0, 1e12, "et tal, der ikke er negativt"};
  }
}

std::optional<int> ParseYear(std::string_view text) {
  int year = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (ec != std::errc() || end != text.data() + text.size() || text.size() != 4) return std::nullopt;
  return year;
}

std::string PlanPeriodWords(const model::Plan& plan) {
  if (!plan.period || !plan.period->start || !plan.period->end) return "";
  return fmt::format("{}-{}", plan.period->start->year(), plan.period->end->year());
}

}  // namespace

model::Unit LocalUnitOf(const model::Indicator& indicator) {
  if (indicator.unit) return *indicator.unit;
  if (indicator.baselines && !indicator.baselines->empty()) return indicator.baselines->front().value.unit;
  return model::Unit::kNumber;
}

std::string LocalMeasurementIndicator(store::PlanId plan_id, std::string_view key) {
  return fmt::format("lokal:{}:{}", plan_id, key);
}

StatusOr<std::vector<LocalIndicator>> LocalIndicators(const model::Plan& plan, const std::filesystem::path& data_dir) {
  HELHED_ASSIGN_OR_RETURN(const IndicatorCatalogue loaded, LoadIndicatorCatalogue(data_dir));
  std::vector<LocalIndicator> out;
  ForEachIndicator(plan, [&](const model::Indicator& indicator, const IndicatorPlace& place) {
    if (ResolveIndicator(indicator, loaded.links, loaded.defs).def != nullptr) return;  // the register measures it
    LocalIndicator local{IndicatorKeyOf(indicator, place), indicator.name, "", "", LocalUnitOf(indicator)};
    if (!place.sub) {
      local.context = fmt::format("Mål {}: {}", place.goal + 1, (*plan.overall_goals)[place.goal].text);
      local.follow_up = fmt::format("opfoelgning/maal/{}", place.goal + 1);
    } else {
      const model::SubAgreement& sub = (*plan.sub_agreements)[*place.sub];
      local.context = fmt::format("{} › Delmål {}: {}", sub.focus_area, place.goal + 1, (*sub.goals)[place.goal].text);
      local.follow_up = fmt::format("opfoelgning/delaftaler/{}/delmaal/{}", *place.sub + 1, place.goal + 1);
    }
    out.push_back(std::move(local));
  });
  return out;
}

StatusOr<LocalIndicator> FindLocalIndicator(const model::Plan& plan, const std::filesystem::path& data_dir,
                                            std::string_view key) {
  HELHED_ASSIGN_OR_RETURN(std::vector<LocalIndicator> all, LocalIndicators(plan, data_dir));
  for (LocalIndicator& indicator : all) {
    if (indicator.key == key) return std::move(indicator);
  }
  return NotFoundError(fmt::format(
      "planen har ingen lokalt målt indikator »{}« (indikatorer med registerdata beregnes og indtastes ikke)", key));
}

std::vector<EntryUnit> EntryUnits(const model::Plan& plan, store::PlanId plan_id) {
  std::vector<EntryUnit> out;
  const std::string plan_unit = MeasurementUnitId("plan", std::to_string(plan_id));
  out.push_back({{plan_unit, plan.name, store::OrgLevel::kPlan, std::nullopt}, "Hele planen"});
  if (!plan.housing_areas) return out;
  const std::vector<model::HousingArea>& areas = *plan.housing_areas;
  auto unit_of = [](const model::HousingArea& area) {
    return area.kind == model::HousingAreaKind::kZone ? MeasurementUnitId("zone", area.id)
                                                      : MeasurementUnitId("boligområde", area.id);
  };
  // Parents before children: roots first, then areas whose parent is placed.
  std::vector<bool> placed(areas.size(), false);
  for (std::size_t round = 0; round <= areas.size(); ++round) {
    for (std::size_t idx = 0; idx < areas.size(); ++idx) {
      if (placed[idx]) continue;
      const model::HousingArea& area = areas[idx];
      std::optional<std::string> parent = plan_unit;
      if (area.parent) {
        bool parent_placed = false;
        for (std::size_t other = 0; other < areas.size(); ++other) {
          if (areas[other].id == *area.parent && placed[other]) {
            parent = unit_of(areas[other]);
            parent_placed = true;
          }
        }
        // A parent that is not in the plan is left out; an unplaced one waits.
        if (!parent_placed && round < areas.size()) continue;
        if (!parent_placed) parent = plan_unit;
      }
      placed[idx] = true;
      const bool zone = area.kind == model::HousingAreaKind::kZone;
      out.push_back({{unit_of(area), area.name, zone ? store::OrgLevel::kZone : store::OrgLevel::kBoligomraade, parent},
                     area.name + (zone ? " (zone)" : " (boligområde)")});
    }
  }
  for (const model::HousingArea& area : areas) {
    if (!area.afdelinger) continue;
    for (const model::Afdeling& afdeling : *area.afdelinger) {
      out.push_back({{MeasurementUnitId("afdeling", afdeling.id), afdeling.name, store::OrgLevel::kAfdeling,
                      unit_of(area)},
                     fmt::format("{} ({}, afdeling)", afdeling.name, afdeling.id)});
    }
  }
  return out;
}

std::string UnitKindDanish(model::Unit unit) {
  switch (unit) {
    case model::Unit::kShare: return "andel (tæller og nævner)";
    case model::Unit::kGrade: return "karaktergennemsnit";
    case model::Unit::kCount: return "antal personer";
    case model::Unit::kCaseCount: return "antal sager";
    case model::Unit::kRatePer100: return "antal pr. 100";
    case model::Unit::kRatePer1000: return "antal pr. 1.000";
    case model::Unit::kAmountDkk: return "beløb i kroner";
    case model::Unit::kHoursPerWeek: return "timer pr. uge";
    case model::Unit::kPercentOfPosition: return "procent af en stilling";
    case model::Unit::kFte: return "årsværk";
    case model::Unit::kNumber: return "tal";
  }
  return "tal";
}

std::string LocalEntryValueText(const store::LocalEntry& entry) {
  if (entry.unit_kind == "share" && entry.numerator && entry.denominator && entry.value) {
    return fmt::format("{} ({} af {})", FormatDanishPercent(*entry.value, 1), FormatDanish(*entry.numerator, 0),
                       FormatDanish(*entry.denominator, 0));
  }
  if (!entry.value) return "–";
  if (entry.unit_kind == "count" || entry.unit_kind == "case_count") return FormatDanish(*entry.value, 0);
  if (entry.unit_kind == "amount_dkk") return FormatDanish(*entry.value, 0) + " kr.";
  return FormatDanish(*entry.value, 2);
}

int LocalMinCell() { return indicators::kDefaultMinCell; }

Status RequireMayEnter(store::Store& store, store::PlanId plan_id, const LocalIndicator& indicator,
                       std::string_view login, store::Role role) {
  if (role == store::Role::kAdmin) return OkStatus();
  HELHED_ASSIGN_OR_RETURN(const std::vector<store::IndicatorAssignment> mine, store.ListAssignments(plan_id, login));
  for (const store::IndicatorAssignment& assignment : mine) {
    if (assignment.indicator_key == indicator.key) return OkStatus();
  }
  return PermissionDeniedError(fmt::format(
      "indikatoren »{}« er ikke tildelt dig; du kan kun indtaste tal for de indikatorer, sekretariatet har tildelt "
      "dig",
      indicator.name));
}

StatusOr<LocalEntryOutcome> EnterLocalValue(store::Store& store, const model::Plan& plan, store::PlanId plan_id,
                                            const LocalIndicator& indicator, const LocalEntryInput& input,
                                            std::string_view login, store::Timestamp now) {
  LocalEntryOutcome outcome;
  auto fail = [&](std::string field, std::string message) {
    outcome.errors.push_back({std::move(field), std::move(message)});
  };

  // Unit: one of the plan's own.
  const std::vector<EntryUnit> units = EntryUnits(plan, plan_id);
  std::vector<store::OrgUnit> chain;  // the unit and its parents, parents first
  if (input.unit.empty()) {
    fail("enhed", "Vælg den enhed (plan, boligområde, zone eller afdeling), tallet gælder for.");
  } else {
    std::optional<std::string> want = input.unit;
    while (want) {
      const EntryUnit* found = nullptr;
      for (const EntryUnit& unit : units) {
        if (unit.unit.id == *want) found = &unit;
      }
      if (found == nullptr) break;
      chain.insert(chain.begin(), found->unit);
      want = found->unit.parent;
    }
    if (chain.empty()) fail("enhed", fmt::format("Enheden »{}« hører ikke til planen.", input.unit));
  }

  // Period: a year inside the plan's period and not in the future.
  const int this_year = store::DateOf(now).year();
  const std::optional<int> year = ParseYear(input.period);
  if (input.period.empty()) {
    fail("periode", "Skriv det år, tallet gælder for, fx 2025.");
  } else if (!year) {
    fail("periode", fmt::format("Perioden skal være et årstal med fire cifre, fx 2025; »{}« er ikke et år.",
                                input.period));
  } else if (plan.period && plan.period->start && *year < plan.period->start->year()) {
    fail("periode", fmt::format("{} ligger før planens periode ({}).", *year, PlanPeriodWords(plan)));
  } else if (plan.period && plan.period->end && *year > plan.period->end->year()) {
    fail("periode", fmt::format("{} ligger efter planens periode ({}).", *year, PlanPeriodWords(plan)));
  } else if (*year > this_year) {
    fail("periode", fmt::format("{} er ikke begyndt endnu; et tal kan først indtastes for et år, der er i gang.",
                                *year));
  }

  // The value, typed per the indicator's kind.
  store::LocalEntry entry;
  entry.unit_kind = std::string(model::ToString(indicator.unit));
  indicators::ResultRow row;  // for counts and shares: the publication rule of register numbers
  row.kind = indicator.unit == model::Unit::kShare ? indicators::IndicatorKind::kShare
                                                    : indicators::IndicatorKind::kCount;
  if (indicator.unit == model::Unit::kShare) {
    double numerator = 0;
    double denominator = 0;
    const auto bad_numerator = WholeCount("taeller", "Tælleren", input.numerator, numerator);
    const auto bad_denominator = WholeCount("naevner", "Nævneren", input.denominator, denominator);
    if (bad_numerator) outcome.errors.push_back(*bad_numerator);
    if (bad_denominator) outcome.errors.push_back(*bad_denominator);
    if (!bad_numerator && !bad_denominator) {
      if (denominator == 0) {
        fail("naevner", "Nævneren (alle i gruppen) kan ikke være 0.");
      } else if (numerator > denominator) {
        fail("taeller", fmt::format("Tælleren ({}) kan ikke være større end nævneren ({}): en andel er højst 100 %.",
                                    FormatDanish(numerator, 0), FormatDanish(denominator, 0)));
      } else {
        entry.numerator = numerator;
        entry.denominator = denominator;
        entry.value = 100.0 * numerator / denominator;
        row.numerator = static_cast<int64_t>(numerator);
        row.denominator = static_cast<int64_t>(denominator);
      }
    }
  } else if (IsCount(indicator.unit)) {
    double count = 0;
    if (auto bad = WholeCount("vaerdi", "Antallet", input.value, count)) {
      outcome.errors.push_back(*bad);
    } else {
      entry.numerator = count;
      entry.value = count;
      row.numerator = static_cast<int64_t>(count);
    }
  } else if (input.value.empty()) {
    fail("vaerdi", fmt::format("Skriv værdien ({}).", UnitKindDanish(indicator.unit)));
  } else {
    const Range range = RangeOf(indicator.unit);
    StatusOr<double> number = ParseDanishNumber(input.value);
    if (!number.ok()) {
      fail("vaerdi", fmt::format("Værdien skal være {}; »{}« er ikke et tal.", range.words, input.value));
    } else if (*number < range.low || *number > range.high) {
      fail("vaerdi", fmt::format("Værdien skal være {}; {} er uden for.", range.words, FormatDanish(*number, 2)));
    } else {
      entry.value = *number;
    }
  }

  // Source: required, so every number can be traced.
  const auto trimmed = [](const std::string& text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return std::string();
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
  };
  entry.source = trimmed(input.source);
  entry.note = trimmed(input.note);
  if (entry.source.empty()) {
    fail("kilde", "Skriv kilden til tallet, fx »Fredericia Jobcenter, udtræk 2025-06-30«.");
  } else if (entry.source.size() > 500) {
    fail("kilde", "Kilden må højst være 500 tegn.");
  }
  if (entry.note.size() > 2000) fail("note", "Noten må højst være 2.000 tegn.");
  if (!outcome.errors.empty()) return outcome;

  entry.plan_id = plan_id;
  entry.indicator_key = indicator.key;
  entry.org_unit = chain.back().id;
  entry.period = input.period;
  entry.entered_by = std::string(login);

  // The measurement: counts and shares published by the same rule as
  // register numbers, after primary suppression of small cells.
  store::Measurement m;
  m.indicator = LocalMeasurementIndicator(plan_id, indicator.key);
  m.org_unit = entry.org_unit;
  m.period = entry.period;
  m.source = entry.source;
  const int min_cell = LocalMinCell();
  if (indicator.unit == model::Unit::kShare || IsCount(indicator.unit)) {
    const bool small =
        indicators::IsSmall(row.numerator, min_cell) ||
        (row.kind == indicators::IndicatorKind::kShare &&
         (indicators::IsSmall(row.denominator, min_cell) || indicators::IsSmall(row.denominator - row.numerator,
                                                                                min_cell)));
    row.status = small ? indicators::CellStatus::kSuppressed : indicators::CellStatus::kOk;
    const PublishedNumbers published = PublishedNumbersOf(row);
    m.numerator = published.numerator;
    m.denominator = published.denominator;
    m.value = published.value;
    m.ci_low = published.ci_low;
    m.ci_high = published.ci_high;
    m.status = small ? "suppressed" : "ok";
  } else {
    m.value = entry.value;
    m.status = "ok";
  }
  const int version = input.replaces ? *input.replaces + 1 : 1;
  nlohmann::json parameters = {{"indtastet_af", std::string(login)},
                               {"indtastet", store::FormatTimestamp(now)},
                               {"version", version},
                               {"min_cell", min_cell},
                               {"enhed", entry.unit_kind}};
  if (!entry.note.empty()) parameters["note"] = entry.note;
  m.provenance = store::Provenance{"", "lokal indtastning",
                                   parameters.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};

  HELHED_ASSIGN_OR_RETURN(store::LocalEntry saved, store.SaveLocalEntry(entry, input.replaces, chain, m));
  outcome.saved = std::move(saved);
  outcome.measurement_status = m.status;
  return outcome;
}

}  // namespace helhed::service
