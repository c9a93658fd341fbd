// SPDX-License-Identifier: Apache-2.0
// Loading indicator definitions from JSON into compiled conditions.
#include "helhed/indicators/definition.h"

#include <cstdlib>
#include <fstream>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace helhed::indicators {
namespace {

using register_::Flag;
using Json = nlohmann::json;

// Thrown inside this file only, turned into a Status by LoadIndicatorSet().
struct DefinitionError {
  std::string message;
};

[[noreturn]] void Fail(const std::string& id, const std::string& what) {
  throw DefinitionError{fmt::format("indikatoren '{}': {}", id, what)};
}

template <typename Parse>
uint8_t CodeMask(const Json& list, const std::string& id, const char* key, Parse parse) {
  if (!list.is_array() || list.empty()) Fail(id, fmt::format("'{}' skal være en ikke-tom liste", key));
  uint8_t mask = 0;
  for (const auto& item : list) {
    if (!item.is_string()) Fail(id, fmt::format("'{}' skal indeholde tekstkoder", key));
    const auto value = parse(item.get<std::string>());
    if (!value) Fail(id, fmt::format("ukendt kode '{}' i '{}'", item.get<std::string>(), key));
    mask |= static_cast<uint8_t>(1u << static_cast<int>(*value));
  }
  return mask;
}

Condition ParseCondition(const Json& json, const std::string& id) {
  Condition c;
  if (!json.is_object()) Fail(id, "en betingelse skal være et JSON-objekt");
  for (const auto& [key, value] : json.items()) {
    if (key == "age") {
      if (!value.is_array() || value.size() != 2 || !value[0].is_number_integer() || !value[1].is_number_integer() ||
          value[0].get<int>() < 0 || value[0].get<int>() > value[1].get<int>()) {
        Fail(id, "'age' skal være [fra, til] med hele år");
      }
      c.age_min = value[0].get<int>();
      c.age_max = value[1].get<int>();
    } else if (key == "sex") {
      c.sex_mask = CodeMask(value, id, "sex", register_::ParseSex);
    } else if (key == "origin") {
      c.origin_mask = CodeMask(value, id, "origin", register_::ParseOrigin);
    } else if (key == "education") {
      c.education_mask = CodeMask(value, id, "education", register_::ParseEducation);
    } else {
      uint16_t value_bit = 0, present_bit = 0;
      if (key == "in_education") value_bit = Flag::kInEducation;
      else if (key == "employed") value_bit = Flag::kEmployed;
      else if (key == "taxable") value_bit = Flag::kTaxable;
      else if (key == "charged") value_bit = Flag::kCharged;
      else if (key == "convicted") value_bit = Flag::kConvicted;
      else if (key == "in_daycare") value_bit = Flag::kInDaycare, present_bit = Flag::kDaycarePresent;
      else if (key == "voted") value_bit = Flag::kVoted, present_bit = Flag::kVotedPresent;
      else if (key == "grade_9") present_bit = Flag::kGradePresent;
      else Fail(id, fmt::format("ukendt nøgle '{}' i en betingelse", key));
      if (value.is_string() && value.get<std::string>() == "present" && present_bit != 0) {
        c.flags_required_set |= present_bit;
      } else if (value.is_number_integer() && value_bit != 0 && (value.get<int>() == 0 || value.get<int>() == 1)) {
        c.flags_required_set |= present_bit;  // a value implies presence
        if (value.get<int>() == 1) c.flags_required_set |= value_bit;
        else c.flags_required_clear |= value_bit;
      } else {
        Fail(id, fmt::format("'{}' skal være 0, 1{}", key, present_bit != 0 ? " eller \"present\"" : ""));
      }
    }
  }
  return c;
}

IndicatorKind ParseKind(const std::string& text, const std::string& id) {
  if (text == "share") return IndicatorKind::kShare;
  if (text == "mean") return IndicatorKind::kMean;
  if (text == "count") return IndicatorKind::kCount;
  Fail(id, "'kind' skal være share, mean eller count");
}

}  // namespace

std::string_view IndicatorKindName(IndicatorKind kind) {
  switch (kind) {
    case IndicatorKind::kShare: return "share";
    case IndicatorKind::kMean: return "mean";
    case IndicatorKind::kCount: return "count";
  }
  return "share";
}

bool Condition::Matches(const register_::PersonYear& row) const {
  return row.age >= age_min && row.age <= age_max && (sex_mask >> static_cast<int>(row.sex) & 1) &&
         (origin_mask >> static_cast<int>(row.origin) & 1) &&
         (education_mask >> static_cast<int>(row.education) & 1) &&
         (row.flags & flags_required_set) == flags_required_set && (row.flags & flags_required_clear) == 0;
}

const IndicatorDef* IndicatorSet::Find(std::string_view id) const {
  for (const auto& def : indicators) {
    if (def.id == id) return &def;
  }
  return nullptr;
}

StatusOr<IndicatorSet> LoadIndicatorSet(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError(fmt::format("indikatorfilen {} findes ikke", path.string()));
  IndicatorSet set;
  try {
    const Json doc = Json::parse(in);
    if (doc.value("format", "") != "helhed/indicators@1") {
      return InvalidArgumentError(fmt::format("{}: 'format' skal være \"helhed/indicators@1\"", path.string()));
    }
    set.version = doc.at("version").get<std::string>();
    std::set<std::string> ids;
    for (const auto& item : doc.at("indicators")) {
      IndicatorDef def;
      def.id = item.at("id").get<std::string>();
      if (def.id.empty() || !ids.insert(def.id).second) Fail(def.id, "id'et er tomt eller står to gange");
      def.name = item.at("name").get<std::string>();
      def.kind = ParseKind(item.at("kind").get<std::string>(), def.id);
      def.source = item.value("source", "");
      if (def.source.empty()) Fail(def.id, "'source' mangler; hver indikator skal nævne sin kilde");
      def.population = ParseCondition(item.at("population"), def.id);
      if (def.kind == IndicatorKind::kShare) {
        if (!item.contains("numerator")) Fail(def.id, "en andel skal have 'numerator'");
        def.numerator = ParseCondition(item.at("numerator"), def.id);
      } else if (item.contains("numerator")) {
        Fail(def.id, "kun andele har 'numerator'");
      }
      if (def.kind == IndicatorKind::kMean) {
        const std::string value = item.value("value", "");
        if (value == "gross_income") def.mean_value = MeanValue::kGrossIncome;
        else if (value == "grade_9") def.mean_value = MeanValue::kGrade9;
        else Fail(def.id, "et gennemsnit skal have 'value' gross_income eller grade_9");
        // Only persons with a value may enter a mean's population.
        if (def.mean_value == MeanValue::kGrade9) def.population.flags_required_set |= Flag::kGradePresent;
      }
      set.indicators.push_back(std::move(def));
    }
    for (const auto& item : doc.value("relations", Json::array())) {
      Relation relation;
      relation.name = item.at("name").get<std::string>();
      for (const auto& term : item.at("terms")) {
        RelationTerm t;
        t.coefficient = term.at(0).get<int>();
        const std::string id = term.at(1).get<std::string>();
        const std::string part = term.at(2).get<std::string>();
        const IndicatorDef* def = set.Find(id);
        if (def == nullptr) Fail(id, fmt::format("relationen '{}' nævner en ukendt indikator", relation.name));
        t.indicator = static_cast<size_t>(def - set.indicators.data());
        if (part == "numerator" && def->kind != IndicatorKind::kMean) t.part = Part::kNumerator;
        else if (part == "denominator" && def->kind != IndicatorKind::kCount) t.part = Part::kDenominator;
        else Fail(id, fmt::format("relationen '{}' bruger en del ('{}'), som indikatoren ikke har", relation.name, part));
        relation.terms.push_back(t);
      }
      if (relation.terms.size() < 2) Fail(relation.name, "en relation skal have mindst to led");
      set.relations.push_back(std::move(relation));
    }
  } catch (const DefinitionError& e) {
    return InvalidArgumentError(fmt::format("{}: {}", path.string(), e.message));
  } catch (const std::exception& e) {
    return InvalidArgumentError(fmt::format("{} kan ikke læses: {}", path.string(), e.what()));
  }
  if (set.indicators.empty()) return InvalidArgumentError(fmt::format("{} definerer ingen indikatorer", path.string()));
  if (set.indicators.size() > 64) {
    return InvalidArgumentError(fmt::format("{} definerer {} indikatorer; højst 64 kan beregnes i ét gennemløb",
                                            path.string(), set.indicators.size()));
  }
  return set;
}

std::filesystem::path DefaultIndicatorsPath() {
  if (const char* dir = std::getenv("HELHED_DATA_DIR"); dir != nullptr && *dir != '\0') {
    return std::filesystem::path(dir) / "indicators" / "indicators.json";
  }
  return std::filesystem::path(HELHED_DEFAULT_DATA_DIR) / "indicators" / "indicators.json";
}

}  // namespace helhed::indicators
