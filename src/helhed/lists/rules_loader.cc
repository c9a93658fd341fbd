// SPDX-License-Identifier: Apache-2.0
#include "helhed/lists/rules_loader.h"

#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "helhed/base/status_macros.h"

namespace helhed::lists {
namespace {

using Json = nlohmann::json;

// Collects the file name and the key path so every message says where.
class Reader {
 public:
  explicit Reader(std::string_view file_name) : file_(file_name) {}

  Status Error(std::string_view where, std::string_view what) const {
    return InvalidArgumentError(fmt::format("{}: {}: {}", file_, where, what));
  }

  StatusOr<const Json*> Member(const Json& object, const char* key, std::string_view where) const {
    if (!object.is_object() || !object.contains(key)) {
      return Error(where, fmt::format("nøglen \"{}\" mangler", key));
    }
    return &object.at(key);
  }

  StatusOr<std::string> String(const Json& object, const char* key, std::string_view where) const {
    HELHED_ASSIGN_OR_RETURN(const Json* value, Member(object, key, where));
    if (!value->is_string()) return Error(where, fmt::format("\"{}\" skal være tekst", key));
    return value->get<std::string>();
  }

  StatusOr<int64_t> Integer(const Json& object, const char* key, std::string_view where) const {
    HELHED_ASSIGN_OR_RETURN(const Json* value, Member(object, key, where));
    if (!value->is_number_integer()) return Error(where, fmt::format("\"{}\" skal være et heltal", key));
    return value->get<int64_t>();
  }

  StatusOr<bool> Bool(const Json& object, const char* key, std::string_view where) const {
    HELHED_ASSIGN_OR_RETURN(const Json* value, Member(object, key, where));
    if (!value->is_boolean()) return Error(where, fmt::format("\"{}\" skal være true eller false", key));
    return value->get<bool>();
  }

  // Numbers are written as Danish decimal text ("40", "0,725") so they are read exactly.
  StatusOr<Rational> Decimal(const Json& object, const char* key, std::string_view where) const {
    HELHED_ASSIGN_OR_RETURN(const std::string text, String(object, key, where));
    auto parsed = ParseDanishDecimal(text);
    if (!parsed.ok()) return Error(where, parsed.status().message());
    return *parsed;
  }

  StatusOr<Threshold> ReadThreshold(const Json& object, std::string_view where) const {
    Threshold threshold;
    HELHED_ASSIGN_OR_RETURN(const std::string comparison, String(object, "comparison", where));
    if (comparison == "above") {
      threshold.comparison = Comparison::kAbove;
    } else if (comparison == "at_least") {
      threshold.comparison = Comparison::kAtLeast;
    } else if (comparison == "below") {
      threshold.comparison = Comparison::kBelow;
    } else {
      return Error(where, fmt::format("\"comparison\" skal være above, at_least eller below, ikke \"{}\"",
                                      comparison));
    }
    HELHED_ASSIGN_OR_RETURN(const std::string unit, String(object, "unit", where));
    HELHED_ASSIGN_OR_RETURN(const Rational value, Decimal(object, "value", where));
    if (unit == "percent" || unit == "percent_of_region") {
      threshold.value = PercentToShare(value);
    } else if (unit == "times_national") {
      threshold.value = value;
    } else {
      return Error(where, fmt::format("ukendt enhed \"{}\" (percent, percent_of_region, times_national)", unit));
    }
    HELHED_ASSIGN_OR_RETURN(threshold.source, String(object, "source", where));
    return threshold;
  }

 private:
  std::string file_;
};

constexpr const char* kCriterionIds[] = {"outside_work", "convicted", "basic_education", "income"};

StatusOr<ListRules> Parse(const Json& root, const Reader& in) {
  ListRules rules;
  HELHED_ASSIGN_OR_RETURN(const std::string format, in.String(root, "format", "rod"));
  if (format != "helhed/list-rules@1") {
    return in.Error("format", fmt::format("forventede \"helhed/list-rules@1\", fandt \"{}\"", format));
  }
  HELHED_ASSIGN_OR_RETURN(const int64_t year, in.Integer(root, "list_year", "rod"));
  rules.list_year = static_cast<int>(year);
  HELHED_ASSIGN_OR_RETURN(rules.rule_set, in.String(root, "rule_set", "rod"));
  HELHED_ASSIGN_OR_RETURN(rules.publication, in.String(root, "publication", "rod"));

  HELHED_ASSIGN_OR_RETURN(const Json* min_residents, in.Member(root, "min_residents", "rod"));
  HELHED_ASSIGN_OR_RETURN(rules.min_residents, in.Integer(*min_residents, "value", "min_residents"));
  HELHED_ASSIGN_OR_RETURN(rules.min_residents_source, in.String(*min_residents, "source", "min_residents"));
  HELHED_ASSIGN_OR_RETURN(const Json* required, in.Member(root, "criteria_required", "rod"));
  HELHED_ASSIGN_OR_RETURN(const int64_t required_value, in.Integer(*required, "value", "criteria_required"));
  rules.criteria_required = static_cast<int>(required_value);
  HELHED_ASSIGN_OR_RETURN(rules.criteria_required_source, in.String(*required, "source", "criteria_required"));

  HELHED_ASSIGN_OR_RETURN(const Json* criteria, in.Member(root, "criteria", "rod"));
  if (!criteria->is_array()) return in.Error("criteria", "skal være en liste");
  std::set<std::string> seen;
  for (size_t idx = 0; idx < criteria->size(); ++idx) {
    const Json& item = (*criteria)[idx];
    const std::string where = fmt::format("criteria[{}]", idx);
    CriterionRule rule;
    HELHED_ASSIGN_OR_RETURN(rule.id, in.String(item, "id", where));
    bool known = false;
    for (const char* id : kCriterionIds) known = known || rule.id == id;
    if (!known || !seen.insert(rule.id).second) {
      return in.Error(where, fmt::format("ukendt eller gentaget kriterium \"{}\"", rule.id));
    }
    HELHED_ASSIGN_OR_RETURN(rule.two_year, in.Bool(item, "two_year", where));
    HELHED_ASSIGN_OR_RETURN(rule.two_year_source, in.String(item, "two_year_source", where));
    HELHED_ASSIGN_OR_RETURN(const Json* udsat, in.Member(item, "udsat", where));
    HELHED_ASSIGN_OR_RETURN(rule.vulnerable, in.ReadThreshold(*udsat, where + ".udsat"));
    if (item.contains("forebyggelse")) {
      HELHED_ASSIGN_OR_RETURN(rule.prevention, in.ReadThreshold(item.at("forebyggelse"), where + ".forebyggelse"));
    }
    rules.criteria.push_back(std::move(rule));
  }
  if (rules.criteria.size() != std::size(kCriterionIds)) {
    return in.Error("criteria", "skal indeholde de fire kriterier outside_work, convicted, basic_education, income");
  }

  HELHED_ASSIGN_OR_RETURN(const Json* non_western, in.Member(root, "non_western", "rod"));
  HELHED_ASSIGN_OR_RETURN(const Json* parallel, in.Member(*non_western, "parallelsamfund", "non_western"));
  HELHED_ASSIGN_OR_RETURN(rules.parallel_non_western, in.ReadThreshold(*parallel, "non_western.parallelsamfund"));
  if (non_western->contains("forebyggelse")) {
    HELHED_ASSIGN_OR_RETURN(rules.prevention_non_western,
                            in.ReadThreshold(non_western->at("forebyggelse"), "non_western.forebyggelse"));
  }
  for (const auto& rule : rules.criteria) {
    if (rule.prevention.has_value() != rules.has_prevention_list()) {
      return in.Error("criteria." + rule.id,
                      "forebyggelsesgrænser skal angives for alle kriterier og ikke-vestlig andel, eller for ingen");
    }
  }

  HELHED_ASSIGN_OR_RETURN(const Json* also, in.Member(root, "udsat_also_forebyggelse", "rod"));
  HELHED_ASSIGN_OR_RETURN(rules.vulnerable_also_prevention, in.Bool(*also, "value", "udsat_also_forebyggelse"));
  HELHED_ASSIGN_OR_RETURN(rules.vulnerable_also_prevention_source,
                          in.String(*also, "source", "udsat_also_forebyggelse"));
  HELHED_ASSIGN_OR_RETURN(const Json* transformation, in.Member(root, "omdannelse_lists", "rod"));
  HELHED_ASSIGN_OR_RETURN(const int64_t lists, in.Integer(*transformation, "value", "omdannelse_lists"));
  if (lists < 1) return in.Error("omdannelse_lists", "skal være mindst 1");
  rules.transformation_lists = static_cast<int>(lists);
  HELHED_ASSIGN_OR_RETURN(rules.transformation_source, in.String(*transformation, "source", "omdannelse_lists"));

  HELHED_ASSIGN_OR_RETURN(const Json* parameters, in.Member(root, "parameters", "rod"));
  HELHED_ASSIGN_OR_RETURN(const int64_t first, in.Integer(*parameters, "first_register_year_offset", "parameters"));
  HELHED_ASSIGN_OR_RETURN(const int64_t latest, in.Integer(*parameters, "latest_register_year_offset", "parameters"));
  if (first >= latest) return in.Error("parameters", "første registerår skal ligge før seneste registerår");
  rules.first_year_offset = static_cast<int>(first);
  rules.latest_year_offset = static_cast<int>(latest);
  HELHED_ASSIGN_OR_RETURN(const std::string method, in.String(*parameters, "two_year_mean", "parameters"));
  if (method == "mean_of_shares") {
    rules.two_year_method = TwoYearMethod::kMeanOfShares;
  } else if (method == "pooled") {
    rules.two_year_method = TwoYearMethod::kPooled;
  } else {
    return in.Error("parameters.two_year_mean", "skal være mean_of_shares eller pooled");
  }
  HELHED_ASSIGN_OR_RETURN(const std::string unknown, in.String(*parameters, "unknown_education", "parameters"));
  if (unknown == "excluded") {
    rules.unknown_education = UnknownEducation::kExcluded;
  } else if (unknown == "counted_as_basic") {
    rules.unknown_education = UnknownEducation::kCountedAsBasic;
  } else {
    return in.Error("parameters.unknown_education", "skal være excluded eller counted_as_basic");
  }
  HELHED_ASSIGN_OR_RETURN(rules.parameters_source, in.String(*parameters, "source", "parameters"));

  HELHED_ASSIGN_OR_RETURN(const Json* national, in.Member(root, "national_convicted_share", "rod"));
  HELHED_ASSIGN_OR_RETURN(const Json* percent, in.Member(*national, "percent", "national_convicted_share"));
  if (!percent->is_null()) {
    HELHED_ASSIGN_OR_RETURN(const Rational value, in.Decimal(*national, "percent", "national_convicted_share"));
    if (value <= Rational::Integer(0)) return in.Error("national_convicted_share", "skal være større end 0");
    rules.national_convicted_share = PercentToShare(value);
  }
  HELHED_ASSIGN_OR_RETURN(rules.national_convicted_source, in.String(*national, "source", "national_convicted_share"));

  HELHED_ASSIGN_OR_RETURN(const Json* names, in.Member(root, "category_names", "rod"));
  const std::pair<const char*, Category> kNames[] = {
      {"none", Category::kNone},           {"forebyggelse", Category::kPrevention},
      {"udsat", Category::kVulnerable},    {"parallelsamfund", Category::kParallel},
      {"omdannelse", Category::kTransformation}};
  for (const auto& [key, category] : kNames) {
    if (category == Category::kPrevention && !rules.has_prevention_list()) continue;
    HELHED_ASSIGN_OR_RETURN(rules.category_names[category], in.String(*names, key, "category_names"));
  }
  rules.category_names[Category::kUndetermined] = "kan ikke afgøres (manglende værdier)";
  return rules;
}

StatusOr<std::string> ReadWhole(const std::filesystem::path& file) {
  std::ifstream stream(file);
  if (!stream) return NotFoundError(fmt::format("filen {} kan ikke åbnes", file.string()));
  std::stringstream buffer;
  buffer << stream.rdbuf();
  return buffer.str();
}

}  // namespace

StatusOr<PopulationShares> LoadPopulationShares(const std::filesystem::path& data_dir) {
  const std::filesystem::path file = data_dir / "lists" / "population-shares.json";
  HELHED_ASSIGN_OR_RETURN(const std::string text, ReadWhole(file));
  const Reader in(file.string());
  Json root;
  try {
    root = Json::parse(text);
  } catch (const Json::parse_error& e) {
    return in.Error(fmt::format("byte {}", e.byte), "ikke gyldig JSON");
  }
  PopulationShares shares;
  HELHED_ASSIGN_OR_RETURN(const std::string format, in.String(root, "format", "rod"));
  if (format != "helhed/population-shares@1") {
    return in.Error("format", fmt::format("forventede \"helhed/population-shares@1\", fandt \"{}\"", format));
  }
  HELHED_ASSIGN_OR_RETURN(const Json* percent, in.Member(root, "percent_of_residents", "rod"));
  HELHED_ASSIGN_OR_RETURN(const Rational a, in.Decimal(*percent, "age_18_64", "percent_of_residents"));
  HELHED_ASSIGN_OR_RETURN(const Rational b, in.Decimal(*percent, "age_18_plus", "percent_of_residents"));
  HELHED_ASSIGN_OR_RETURN(const Rational c, in.Decimal(*percent, "age_30_59", "percent_of_residents"));
  shares.age_18_64 = PercentToShare(a);
  shares.age_18_plus = PercentToShare(b);
  shares.age_30_59 = PercentToShare(c);
  HELHED_ASSIGN_OR_RETURN(shares.source, in.String(root, "source", "rod"));
  return shares;
}

std::filesystem::path DefaultDataDir() {
  if (const char* env = std::getenv("HELHED_DATA_DIR"); env != nullptr && *env != '\0') return env;
  return HELHED_LISTS_DEFAULT_DATA_DIR;
}

StatusOr<ListRules> ParseListRules(std::string_view json_text, std::string_view file_name) {
  const Reader in(file_name);
  Json root;
  try {
    root = Json::parse(json_text);
  } catch (const Json::parse_error& e) {
    return in.Error(fmt::format("byte {}", e.byte), "ikke gyldig JSON");
  }
  return Parse(root, in);
}

StatusOr<ListRules> LoadListRules(const std::filesystem::path& data_dir, int list_year) {
  const std::filesystem::path dir = data_dir / "lists";
  const std::filesystem::path file = dir / fmt::format("{}.json", list_year);
  if (!std::filesystem::exists(file)) {
    std::set<std::string> years;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
      const std::string stem = entry.path().stem().string();
      if (entry.path().extension() == ".json" && stem.size() == 4 &&
          stem.find_first_not_of("0123456789") == std::string::npos) {
        years.insert(stem);
      }
    }
    std::string known;
    for (const auto& y : years) known += (known.empty() ? "" : ", ") + y;
    return NotFoundError(fmt::format("der er ingen listeregler for listeåret {} ({}); kendte listeår: {}", list_year,
                                     file.string(), known.empty() ? "ingen" : known));
  }
  HELHED_ASSIGN_OR_RETURN(const std::string text, ReadWhole(file));
  HELHED_ASSIGN_OR_RETURN(ListRules rules, ParseListRules(text, file.string()));
  if (rules.list_year != list_year) {
    return InvalidArgumentError(fmt::format("{}: list_year er {}, men filen hedder {}", file.string(),
                                            rules.list_year, list_year));
  }
  return rules;
}

}  // namespace helhed::lists
