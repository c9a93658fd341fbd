// SPDX-License-Identifier: Apache-2.0
#include "helhed/lists/register_input.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "helhed/base/status_macros.h"
#include "helhed/lists/distance.h"

namespace helhed::lists {
namespace {

namespace ind = ::helhed::indicators;

constexpr std::string_view kUnknownEducation30To59 = "edu_30_59_ukendt";

class Source {
 public:
  explicit Source(const ind::Computation& computation) : computation_(computation) {
    for (const auto& u : computation.units) names_.emplace(UnitKey(u.unit_level, u.unit_id), &u.unit_name);
  }

  const ind::ResultRow* Row(std::string_view level, std::string_view id, int year, std::string_view indicator) const {
    const ind::ResultRow* row = computation_.table.Find(level, id, year, indicator);
    if (row == nullptr || row->status == ind::CellStatus::kNotAvailable) return nullptr;
    return row;
  }

  // One register year of a share, or std::nullopt when the population is empty.
  std::optional<YearCount> Year(std::string_view level, std::string_view id, int year,
                                std::string_view indicator) const {
    const ind::ResultRow* row = Row(level, id, year, indicator);
    if (row == nullptr || row->denominator <= 0) return std::nullopt;
    return YearCount{year, Rational::Integer(row->numerator), row->denominator};
  }

  // The unit's Danish name, or its id when the computation has no such unit.
  std::string NameOf(std::string_view level, std::string_view id) const {
    const auto it = names_.find(UnitKey(level, id));
    return it != names_.end() ? *it->second : std::string(id);
  }

  // The region whose atoms contain all of the unit's atoms, if exactly one does.
  std::optional<std::string> RegionOf(std::string_view level, std::string_view id) const {
    const ind::UnitAtoms* unit = nullptr;
    for (const auto& u : computation_.units) {
      if (u.unit_level == level && u.unit_id == id) unit = &u;
    }
    if (unit == nullptr || unit->atoms.empty()) return std::nullopt;
    for (const auto& u : computation_.units) {
      if (u.unit_level != ind::kLevelRegion) continue;
      if (std::includes(u.atoms.begin(), u.atoms.end(), unit->atoms.begin(), unit->atoms.end())) return u.unit_id;
    }
    return std::nullopt;
  }

 private:
  static std::string UnitKey(std::string_view level, std::string_view id) {
    return fmt::format("{}\x1f{}", level, id);
  }

  const ind::Computation& computation_;
  std::unordered_map<std::string, const std::string*> names_;  // UnitKey -> UnitAtoms::unit_name
};

}  // namespace

StatusOr<std::vector<AreaInput>> AreaInputsFromRegister(const indicators::Computation& computation,
                                                        const RegisterInputOptions& options,
                                                        const RulesProvider& rules_for) {
  const Source source(computation);
  const std::string& level = options.area_level;
  const std::vector<std::string> areas = computation.table.UnitIds(level);
  if (areas.empty()) {
    return NotFoundError(fmt::format("områdefilen har ingen enheder på niveauet \"{}\" (kolonnen level); "
                                     "vælg niveauet med --level",
                                     level));
  }
  std::set<int> register_years;
  std::set<std::string> indicators_present;
  for (const auto& row : computation.table.rows()) {
    register_years.insert(row.year);
    indicators_present.insert(row.indicator_id);
  }
  for (const std::string_view needed :
       {ind::kResidents, ind::kOutsideWorkEducation18To64, ind::kConvicted18Plus, ind::kOnlyPrimary30To59,
        kUnknownEducation30To59, ind::kIncomeTaxable15To64, ind::kNonWestern}) {
    if (!indicators_present.count(std::string(needed))) {
      return InvalidArgumentError(fmt::format("indikatoren \"{}\" mangler i beregningen; den skal stå i "
                                              "indikatordefinitionerne for at listerne kan beregnes",
                                              needed));
    }
  }

  std::vector<AreaInput> inputs;
  bool target_covered = false;
  for (int list_year = options.list_year - 10; list_year <= options.list_year; ++list_year) {
    auto rules_or = rules_for(list_year);
    if (!rules_or.ok()) continue;
    const ListRules& rules = *rules_or;
    const int first = list_year + rules.first_year_offset;
    const int latest = list_year + rules.latest_year_offset;
    if (!register_years.count(first) || !register_years.count(latest)) continue;
    if (list_year == options.list_year) target_covered = true;

    auto two_years = [&](std::string_view id, std::string_view indicator) -> std::optional<ShareInput> {
      ShareInput share;
      for (const int year : {first, latest}) {
        auto count = source.Year(level, id, year, indicator);
        if (!count.has_value()) return std::nullopt;
        share.years.push_back(*count);
      }
      share.value = CombineYears(share.years, rules.two_year_method);
      return share;
    };
    auto one_year = [&](std::string_view id, std::string_view indicator) -> std::optional<ShareInput> {
      auto count = source.Year(level, id, latest, indicator);
      if (!count.has_value()) return std::nullopt;
      ShareInput share;
      share.years.push_back(*count);
      share.value = CombineYears(share.years, rules.two_year_method);
      return share;
    };

    // The national share from the land row, combined over the same years as the areas'.
    std::optional<Rational> national;
    if (list_year == options.list_year && options.national_convicted_share.has_value()) {
      national = options.national_convicted_share;
    } else {
      std::vector<YearCount> years;
      for (const int year : {first, latest}) {
        auto count = source.Year(ind::kLevelLand, ind::kLandUnitId, year, ind::kConvicted18Plus);
        if (count.has_value()) years.push_back(*count);
      }
      if (years.size() == 2 && CombineYears(years, rules.two_year_method) > Rational::Integer(0)) {
        national = CombineYears(years, rules.two_year_method);
      }
    }

    for (const auto& id : areas) {
      AreaInput input;
      input.origin = "register";
      input.area_id = id;
      input.list_year = list_year;
      const ind::ResultRow* residents = source.Row(level, id, latest, ind::kResidents);
      if (residents != nullptr) {
        input.residents = residents->numerator;
        input.area_name = source.NameOf(level, id);
      }
      input.outside_work = two_years(id, ind::kOutsideWorkEducation18To64);
      input.convicted = two_years(id, ind::kConvicted18Plus);
      input.basic_education = one_year(id, ind::kOnlyPrimary30To59);
      if (input.basic_education.has_value() && rules.unknown_education == UnknownEducation::kCountedAsBasic) {
        // Unknown education counted as only grundskole: add them to both sides.
        const ind::ResultRow* unknown = source.Row(level, id, latest, kUnknownEducation30To59);
        if (unknown != nullptr) {
          YearCount& year = input.basic_education->years[0];
          year.count = year.count + Rational::Integer(unknown->numerator);
          year.population += unknown->numerator;
          input.basic_education->value = CombineYears(input.basic_education->years, rules.two_year_method);
        }
      }
      input.non_western = one_year(id, ind::kNonWestern);
      const ind::ResultRow* income = source.Row(level, id, latest, ind::kIncomeTaxable15To64);
      const std::optional<std::string> region = source.RegionOf(level, id);
      const ind::ResultRow* region_income =
          region.has_value() ? source.Row(ind::kLevelRegion, *region, latest, ind::kIncomeTaxable15To64) : nullptr;
      if (income != nullptr && region_income != nullptr && income->denominator > 0 &&
          region_income->denominator > 0 && region_income->sum > 0) {
        IncomeInput::Sums sums{std::llround(income->sum), income->denominator, std::llround(region_income->sum),
                               region_income->denominator};
        input.income = IncomeInput{Rational(sums.area_income_kr, sums.area_persons) /
                                       Rational(sums.region_income_kr, sums.region_persons),
                                   sums};
      }
      input.national_convicted_share = national;
      inputs.push_back(std::move(input));
    }
  }
  if (!target_covered) {
    auto rules = rules_for(options.list_year);
    if (!rules.ok()) return rules.status();
    std::string have;
    for (const int year : register_years) have += (have.empty() ? "" : ", ") + std::to_string(year);
    return NotFoundError(fmt::format("listeåret {} kræver registerårene {} og {}, men registeret har {}",
                                     options.list_year, options.list_year + rules->first_year_offset,
                                     options.list_year + rules->latest_year_offset, have.empty() ? "ingen" : have));
  }
  return inputs;
}

}  // namespace helhed::lists
