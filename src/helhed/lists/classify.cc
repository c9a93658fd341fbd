// SPDX-License-Identifier: Apache-2.0
#include "helhed/lists/classify.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "helhed/base/status_macros.h"
#include "helhed/lists/registry.h"

namespace helhed::lists {
namespace {

using Tri = std::optional<bool>;

// "At least `required` of the criteria" when `unknown` of them are missing.
Tri AtLeast(int met, int unknown, int required) {
  if (met >= required) return true;
  if (met + unknown < required) return false;
  return std::nullopt;
}

Tri And(Tri a, Tri b) {
  if (a == false || b == false) return false;
  if (a == true && b == true) return true;
  return std::nullopt;
}

bool IsParallel(Category category) {
  return category == Category::kParallel || category == Category::kTransformation;
}

}  // namespace

StatusOr<AreaResult> ClassifyArea(const AreaInput& area, const ListRules& rules,
                                  const std::vector<EarlierCategory>& earlier) {
  AreaResult out;
  out.area_id = area.area_id;
  out.area_name = area.area_name;
  out.list_year = rules.list_year;
  out.residents = area.residents;
  out.min_residents = rules.min_residents;
  out.criteria_required = rules.criteria_required;
  out.origin = area.origin;
  out.national_convicted_share =
      area.national_convicted_share.has_value() ? area.national_convicted_share : rules.national_convicted_share;
  out.earlier = earlier;
  std::sort(out.earlier.begin(), out.earlier.end(),
            [](const EarlierCategory& a, const EarlierCategory& b) { return a.list_year < b.list_year; });

  Tri non_western_parallel;
  Tri non_western_prevention;
  int prevention_unknown = 0;
  for (const auto& criterion : AllCriteria()) {
    HELHED_ASSIGN_OR_RETURN(CriterionResult result, criterion->Evaluate(area, rules));
    out.estimated = out.estimated || result.estimated;
    if (result.counted) {
      if (!result.vulnerable.met.has_value()) {
        ++out.unknown;
      } else if (*result.vulnerable.met) {
        ++out.vulnerable_met;
      }
      if (result.prevention) {
        if (!result.prevention->met.has_value()) {
          ++prevention_unknown;
        } else if (*result.prevention->met) {
          ++out.prevention_met;
        }
      }
    } else {
      non_western_parallel = result.vulnerable.met;
      if (result.prevention) non_western_prevention = result.prevention->met;
    }
    out.criteria.push_back(std::move(result));
  }

  // EVIDENCE-OF: almenboligloven § 61 a, stk. 1: "mindst 1.000 beboere".
  Tri enough_residents;
  if (area.residents.has_value()) {
    enough_residents = *area.residents >= rules.min_residents;
    if (!*enough_residents) {
      out.notes.push_back(fmt::format("området har {} beboere; listerne kræver mindst {}", *area.residents,
                                      rules.min_residents));
    }
  } else {
    out.notes.push_back("beboertallet mangler");
  }

  const Tri vulnerable = And(enough_residents, AtLeast(out.vulnerable_met, out.unknown, rules.criteria_required));
  const Tri parallel = And(vulnerable, non_western_parallel);
  Tri prevention = false;
  if (rules.has_prevention_list()) {
    prevention = And(enough_residents,
                     And(non_western_prevention, AtLeast(out.prevention_met, prevention_unknown,
                                                         rules.criteria_required)));
  }

  if (parallel == true) {
    out.category = Category::kParallel;
    // omdannelse: parallelsamfund on this list and the N - 1 lists before it.
    bool all_known = true;
    bool all_parallel = true;
    for (int back = 1; back < rules.transformation_lists; ++back) {
      const int year = rules.list_year - back;
      const auto it = std::find_if(out.earlier.begin(), out.earlier.end(),
                                   [&](const EarlierCategory& e) { return e.list_year == year; });
      if (it == out.earlier.end() || it->category == Category::kUndetermined) {
        all_known = false;
      } else if (!IsParallel(it->category)) {
        all_parallel = false;
      }
    }
    if (all_parallel && all_known) {
      out.category = Category::kTransformation;
    } else if (all_parallel) {
      out.notes.push_back(fmt::format(
          "om området er omdannelsesområde kan ikke afgøres: det kræver kategorierne for de {} foregående listeår",
          rules.transformation_lists - 1));
    }
  } else if (parallel.has_value() && vulnerable == true) {
    out.category = Category::kVulnerable;
  } else if (vulnerable == false && prevention.has_value()) {
    out.category = *prevention ? Category::kPrevention : Category::kNone;
  } else {
    out.category = Category::kUndetermined;
    out.notes.push_back("manglende værdier kan ændre resultatet, så kategorien kan ikke afgøres");
  }
  if (vulnerable == true && prevention == true && rules.vulnerable_also_prevention) out.also_prevention = true;
  const auto name = rules.category_names.find(out.category);
  out.category_name = name != rules.category_names.end() ? name->second : CategoryId(out.category);
  return out;
}

StatusOr<std::vector<AreaResult>> ClassifyAreas(const std::vector<AreaInput>& inputs, int list_year,
                                                const RulesProvider& rules_for) {
  // area_id -> list year -> input, in first-seen order of areas.
  std::vector<std::string> order;
  std::map<std::string, std::map<int, const AreaInput*>> by_area;
  for (const auto& input : inputs) {
    auto [it, inserted] = by_area.try_emplace(input.area_id);
    if (inserted) order.push_back(input.area_id);
    if (!it->second.emplace(input.list_year, &input).second) {
      return InvalidArgumentError(fmt::format("området \"{}\" har to rækker for listeåret {}", input.area_id,
                                              input.list_year));
    }
  }
  HELHED_ASSIGN_OR_RETURN(const ListRules target_rules, rules_for(list_year));
  std::map<int, std::optional<ListRules>> rules_cache;
  rules_cache.emplace(list_year, target_rules);

  std::vector<AreaResult> results;
  for (const auto& area_id : order) {
    const auto& years = by_area.at(area_id);
    if (!years.count(list_year)) continue;
    std::vector<EarlierCategory> earlier;
    std::vector<std::string> notes;
    for (const auto& [year, input] : years) {
      if (year >= list_year) break;
      auto cached = rules_cache.find(year);
      if (cached == rules_cache.end()) {
        auto loaded = rules_for(year);
        cached = rules_cache.emplace(year, loaded.ok() ? std::optional<ListRules>(*loaded) : std::nullopt).first;
      }
      if (!cached->second.has_value()) {
        notes.push_back(fmt::format("listeår {}: der er ingen listeregler for det år, så det er ikke vurderet", year));
        continue;
      }
      auto result = ClassifyArea(*input, *cached->second, earlier);
      if (!result.ok()) {
        notes.push_back(fmt::format("listeår {}: {}", year, result.status().message()));
        continue;
      }
      earlier.push_back({year, result->category, result->category_name});
    }
    HELHED_ASSIGN_OR_RETURN(AreaResult result, ClassifyArea(*years.at(list_year), target_rules, earlier));
    result.notes.insert(result.notes.begin(), notes.begin(), notes.end());
    results.push_back(std::move(result));
  }
  if (results.empty()) {
    return NotFoundError(fmt::format("ingen områder har værdier for listeåret {}", list_year));
  }
  return results;
}

}  // namespace helhed::lists
