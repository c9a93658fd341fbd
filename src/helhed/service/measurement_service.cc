// SPDX-License-Identifier: Apache-2.0
#include "helhed/service/measurement_service.h"

#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "helhed/base/status_macros.h"
#include "helhed/service/published_numbers.h"

namespace helhed::service {
namespace {

// Where a level sits when org units are inserted: parents before children.
int LevelRank(std::string_view level) {
  if (level == indicators::kLevelLand) return 0;
  if (level == indicators::kLevelRegion) return 1;
  if (level == indicators::kLevelKommune) return 2;
  if (level == indicators::kLevelAfdeling) return 4;
  return 3;  // the areas file's levels
}

// The smallest fixed unit (kommune, then region, then land) holding every atom
// of a unit; the atoms partition the register, so containment is exact.
class ParentFinder {
 public:
  explicit ParentFinder(const indicators::Computation& computation) {
    for (const auto& unit : computation.units) {
      if (unit.unit_level == indicators::kLevelKommune) {
        for (uint32_t atom : unit.atoms) kommune_of_[atom] = MeasurementUnitId(unit.unit_level, unit.unit_id);
      } else if (unit.unit_level == indicators::kLevelRegion) {
        for (uint32_t atom : unit.atoms) region_of_[atom] = MeasurementUnitId(unit.unit_level, unit.unit_id);
      }
    }
  }

  std::optional<std::string> ParentOf(const indicators::UnitAtoms& unit) const {
    if (unit.unit_level == indicators::kLevelLand) return std::nullopt;
    const std::string land = MeasurementUnitId(indicators::kLevelLand, indicators::kLandUnitId);
    if (unit.atoms.empty()) return land;  // an areas-file afdeling the register never saw
    if (unit.unit_level != indicators::kLevelKommune && unit.unit_level != indicators::kLevelRegion) {
      if (auto kommune = Common(kommune_of_, unit.atoms)) return kommune;
    }
    if (unit.unit_level != indicators::kLevelRegion) {
      if (auto region = Common(region_of_, unit.atoms)) return region;
    }
    return land;
  }

 private:
  static std::optional<std::string> Common(const std::unordered_map<uint32_t, std::string>& of,
                                           const std::vector<uint32_t>& atoms) {
    std::optional<std::string> common;
    for (uint32_t atom : atoms) {
      auto found = of.find(atom);
      if (found == of.end()) return std::nullopt;
      if (common && *common != found->second) return std::nullopt;
      common = found->second;
    }
    return common;
  }

  std::unordered_map<uint32_t, std::string> kommune_of_;
  std::unordered_map<uint32_t, std::string> region_of_;
};

std::string ParametersJson(const ComputationParameters& parameters, const indicators::IndicatorSet& defs) {
  nlohmann::ordered_json json;
  json["min_cell"] = parameters.min_cell;
  json["years"] = fmt::format("{}-{}", parameters.years.first, parameters.years.last);
  json["indicators_version"] = defs.version;
  if (!parameters.areas_checksum.empty()) json["areas_checksum"] = parameters.areas_checksum;
  return json.dump();
}

}  // namespace

std::string MeasurementUnitId(std::string_view unit_level, std::string_view unit_id) {
  return fmt::format("{}:{}", unit_level, unit_id);
}

StatusOr<store::OrgLevel> MeasurementOrgLevel(std::string_view unit_level) {
  if (unit_level == "boligområde") return store::OrgLevel::kBoligomraade;
  if (auto level = store::ParseOrgLevel(unit_level); level && *level != store::OrgLevel::kHousingOrg) return *level;
  return InvalidArgumentError(fmt::format(
      "niveauet \"{}\" i områdefilen kan ikke gemmes i databasen; brug zone, boligområde eller plan", unit_level));
}

std::string EngineVersion(const indicators::IndicatorSet& defs) {
  return fmt::format("helhed {}; indikatorer {}", HELHED_VERSION, defs.version);
}

StatusOr<StoredComputation> StoreComputation(store::Store& store, const indicators::Computation& computation,
                                             const indicators::IndicatorSet& defs,
                                             const ComputationParameters& parameters) {
  const ParentFinder parents(computation);
  std::vector<const indicators::UnitAtoms*> ordered;
  for (const auto& unit : computation.units) ordered.push_back(&unit);
  std::stable_sort(ordered.begin(), ordered.end(), [](const auto* a, const auto* b) {
    return LevelRank(a->unit_level) < LevelRank(b->unit_level);
  });
  std::vector<store::OrgUnit> units;
  for (const auto* unit : ordered) {
    HELHED_ASSIGN_OR_RETURN(const store::OrgLevel level, MeasurementOrgLevel(unit->unit_level));
    units.push_back(store::OrgUnit{MeasurementUnitId(unit->unit_level, unit->unit_id),
                                   unit->unit_name.empty() ? unit->unit_id : unit->unit_name, level,
                                   parents.ParentOf(*unit)});
  }

  const store::Provenance provenance{parameters.input_checksum, EngineVersion(defs), ParametersJson(parameters, defs)};
  std::vector<store::Measurement> measurements;
  measurements.reserve(computation.table.rows().size());
  for (const auto& row : computation.table.rows()) {
    const PublishedNumbers numbers = PublishedNumbersOf(row);
    const indicators::IndicatorDef* def = defs.Find(row.indicator_id);
    measurements.push_back(store::Measurement{row.indicator_id, MeasurementUnitId(row.unit_level, row.unit_id),
                                              std::to_string(row.year), numbers.numerator, numbers.denominator,
                                              numbers.value, numbers.ci_low, numbers.ci_high,
                                              std::string(indicators::CellStatusName(row.status)),
                                              !parameters.source_override.empty() ? parameters.source_override
                                              : def != nullptr                    ? def->source
                                                                                  : std::string(),
                                              provenance});
  }
  HELHED_RETURN_IF_ERROR(store.PutMeasurementBatch(units, measurements));
  store::AuditEntry audit;
  audit.user = parameters.recorded_by;
  audit.action = "measurements.store";
  audit.object = "register/" + parameters.input_checksum;
  audit.detail = fmt::format("{} målinger for {} enheder; {}", measurements.size(), units.size(), provenance.parameters);
  HELHED_RETURN_IF_ERROR(store.AppendAudit(audit));
  return StoredComputation{units.size(), measurements.size()};
}

}  // namespace helhed::service
