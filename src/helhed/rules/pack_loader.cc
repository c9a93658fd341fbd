// SPDX-License-Identifier: Apache-2.0
#include "helhed/rules/pack_loader.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>

#include <nlohmann/json.hpp>

#include "helhed/base/status_macros.h"
#include "helhed/model/enum_names.h"
#include "helhed/rules/registry.h"
#include "helhed/rules/rules.h"

#ifndef HELHED_DEFAULT_DATA_DIR
#error "HELHED_DEFAULT_DATA_DIR must be defined by CMake"
#endif

namespace helhed::rules {
namespace {

namespace fs = std::filesystem;
using Json = nlohmann::json;

// Reads one pack file and turns type errors into Danish messages that name
// the file and the JSON path, so a maintainer can fix the data.
class PackReader {
 public:
  explicit PackReader(fs::path file) : file_(std::move(file)) {}

  StatusOr<Json> Parse() const {
    std::ifstream in(file_, std::ios::binary);
    if (!in) return NotFoundError("datafilen " + file_.string() + " kan ikke læses");
    std::stringstream buffer;
    buffer << in.rdbuf();
    try {
      return Json::parse(buffer.str());
    } catch (const Json::parse_error& e) {
      return InvalidArgumentError("datafilen " + file_.string() +
                                  " er ikke gyldig JSON (byte " + std::to_string(e.byte) + ")");
    }
  }

  Status Bad(std::string_view path, std::string_view what) const {
    return InvalidArgumentError("datafilen " + file_.string() + " kan ikke bruges: feltet \"" +
                                std::string(path) + "\" " + std::string(what));
  }

  StatusOr<const Json*> Field(const Json& obj, std::string_view key, std::string_view path) const {
    if (!obj.is_object()) return Bad(path, "skal være et objekt");
    auto it = obj.find(std::string(key));
    if (it == obj.end()) return Bad(std::string(path) + "/" + std::string(key), "mangler");
    return &*it;
  }

  StatusOr<std::string> String(const Json& obj, std::string_view key, std::string_view path) const {
    HELHED_ASSIGN_OR_RETURN(const Json* value, Field(obj, key, path));
    if (!value->is_string()) return Bad(std::string(path) + "/" + std::string(key), "skal være tekst");
    return value->get<std::string>();
  }

  StatusOr<double> Number(const Json& obj, std::string_view key, std::string_view path) const {
    HELHED_ASSIGN_OR_RETURN(const Json* value, Field(obj, key, path));
    if (!value->is_number()) return Bad(std::string(path) + "/" + std::string(key), "skal være et tal");
    return value->get<double>();
  }

  // Parameters are {"value": x, "source": "..."}; the source is required so
  // that every value in a pack names where it comes from.
  StatusOr<double> SourcedNumber(const Json& obj, std::string_view key, std::string_view path) const {
    HELHED_ASSIGN_OR_RETURN(const Json* entry, Field(obj, key, path));
    const std::string sub = std::string(path) + "/" + std::string(key);
    HELHED_RETURN_IF_ERROR(String(*entry, "source", sub).status());
    return Number(*entry, "value", sub);
  }

  StatusOr<const Json*> Array(const Json& obj, std::string_view key, std::string_view path) const {
    HELHED_ASSIGN_OR_RETURN(const Json* value, Field(obj, key, path));
    if (!value->is_array()) return Bad(std::string(path) + "/" + std::string(key), "skal være en liste");
    return value;
  }

  const fs::path& file() const { return file_; }

 private:
  fs::path file_;
};

bool IsFrameIdShape(std::string_view id) {
  // "2019-26": refuses path separators and anything else that is not an id.
  return id.size() == 7 && std::all_of(id.begin(), id.begin() + 4, ::isdigit) && id[4] == '-' &&
         ::isdigit(static_cast<unsigned char>(id[5])) && ::isdigit(static_cast<unsigned char>(id[6]));
}

std::string JoinIds(const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) {
    if (!out.empty()) out += ", ";
    out += id;
  }
  return out;
}

Status ReadFocusAreas(const PackReader& r, const Json& root, GrantFramePack& pack) {
  HELHED_ASSIGN_OR_RETURN(const Json* areas, r.Array(root, "focus_areas", ""));
  for (size_t idx = 0; idx < areas->size(); ++idx) {
    const Json& area = (*areas)[idx];
    const std::string path = "/focus_areas/" + std::to_string(idx);
    FocusAreaDef def;
    HELHED_ASSIGN_OR_RETURN(def.name, r.String(area, "name", path));
    HELHED_RETURN_IF_ERROR(r.String(area, "source", path).status());
    HELHED_ASSIGN_OR_RETURN(const Json* aliases, r.Array(area, "aliases", path));
    for (size_t alias_idx = 0; alias_idx < aliases->size(); ++alias_idx) {
      const std::string alias_path = path + "/aliases/" + std::to_string(alias_idx);
      HELHED_ASSIGN_OR_RETURN(std::string alias, r.String((*aliases)[alias_idx], "name", alias_path));
      HELHED_RETURN_IF_ERROR(r.String((*aliases)[alias_idx], "source", alias_path).status());
      def.aliases.push_back(std::move(alias));
    }
    if (area.contains("goal_id")) {
      HELHED_ASSIGN_OR_RETURN(def.goal_id, r.String(area, "goal_id", path));
    }
    pack.focus_areas.push_back(std::move(def));
  }
  return OkStatus();
}

Status ReadFixedGoals(const PackReader& r, const Json& root, GrantFramePack& pack) {
  HELHED_ASSIGN_OR_RETURN(const Json* goals, r.Array(root, "fixed_goals", ""));
  for (size_t idx = 0; idx < goals->size(); ++idx) {
    const std::string path = "/fixed_goals/" + std::to_string(idx);
    FixedGoalDef def;
    HELHED_ASSIGN_OR_RETURN(def.id, r.String((*goals)[idx], "id", path));
    HELHED_ASSIGN_OR_RETURN(def.text, r.String((*goals)[idx], "text", path));
    HELHED_ASSIGN_OR_RETURN(def.focus_area, r.String((*goals)[idx], "focus_area", path));
    HELHED_RETURN_IF_ERROR(r.String((*goals)[idx], "source", path).status());
    pack.fixed_goals.push_back(std::move(def));
  }
  HELHED_ASSIGN_OR_RETURN(const Json* indicators, r.Array(root, "fixed_indicators", ""));
  for (size_t idx = 0; idx < indicators->size(); ++idx) {
    const Json& entry = (*indicators)[idx];
    const std::string path = "/fixed_indicators/" + std::to_string(idx);
    FixedIndicatorDef def;
    HELHED_ASSIGN_OR_RETURN(def.id, r.String(entry, "id", path));
    HELHED_ASSIGN_OR_RETURN(def.goal_id, r.String(entry, "goal_id", path));
    HELHED_ASSIGN_OR_RETURN(def.text, r.String(entry, "text", path));
    HELHED_RETURN_IF_ERROR(r.String(entry, "source", path).status());
    HELHED_ASSIGN_OR_RETURN(std::string unit, r.String(entry, "unit", path));
    StatusOr<model::Unit> parsed_unit = model::ParseEnum<model::Unit>(unit);
    if (!parsed_unit.ok()) return r.Bad(path + "/unit", parsed_unit.status().message());
    def.unit = *parsed_unit;
    HELHED_ASSIGN_OR_RETURN(std::string kind, r.String(entry, "kind", path));
    if (kind == "register") {
      def.kind = IndicatorKind::kRegister;
    } else if (kind == "survey") {
      def.kind = IndicatorKind::kSurvey;
    } else {
      return r.Bad(path + "/kind", "skal være \"register\" eller \"survey\"");
    }
    if (entry.contains("requires_election")) {
      if (!entry["requires_election"].is_boolean()) return r.Bad(path + "/requires_election", "skal være true/false");
      def.requires_election = entry["requires_election"].get<bool>();
    }
    HELHED_ASSIGN_OR_RETURN(const Json* suffixes, r.Array(entry, "accepted_suffixes", path));
    for (size_t suffix_idx = 0; suffix_idx < suffixes->size(); ++suffix_idx) {
      const std::string suffix_path = path + "/accepted_suffixes/" + std::to_string(suffix_idx);
      HELHED_ASSIGN_OR_RETURN(std::string text, r.String((*suffixes)[suffix_idx], "text", suffix_path));
      HELHED_RETURN_IF_ERROR(r.String((*suffixes)[suffix_idx], "source", suffix_path).status());
      def.accepted_suffixes.push_back(std::move(text));
    }
    pack.fixed_indicators.push_back(std::move(def));
  }
  return OkStatus();
}

Status ReadDocumentsAndRouting(const PackReader& r, const Json& root, GrantFramePack& pack) {
  HELHED_ASSIGN_OR_RETURN(const Json* docs, r.Array(root, "required_documents", ""));
  for (size_t idx = 0; idx < docs->size(); ++idx) {
    const std::string path = "/required_documents/" + std::to_string(idx);
    RequiredDocument doc;
    HELHED_ASSIGN_OR_RETURN(doc.id, r.String((*docs)[idx], "id", path));
    if (!IsKnownDocumentId(doc.id)) return r.Bad(path + "/id", "er ikke et dokument, helhed kan finde i en plan");
    HELHED_ASSIGN_OR_RETURN(doc.name, r.String((*docs)[idx], "name", path));
    HELHED_RETURN_IF_ERROR(r.String((*docs)[idx], "source", path).status());
    pack.required_documents.push_back(std::move(doc));
  }
  HELHED_ASSIGN_OR_RETURN(const Json* routes, r.Array(root, "approval_routing", ""));
  for (size_t idx = 0; idx < routes->size(); ++idx) {
    const Json& entry = (*routes)[idx];
    const std::string path = "/approval_routing/" + std::to_string(idx);
    ApprovalRoute route;
    HELHED_ASSIGN_OR_RETURN(route.part, r.String(entry, "part", path));
    HELHED_ASSIGN_OR_RETURN(route.approver, r.String(entry, "approver", path));
    HELHED_RETURN_IF_ERROR(r.String(entry, "source", path).status());
    if (route.approver != "board" && route.approver != "lbf") {
      return r.Bad(path + "/approver", "skal være \"board\" eller \"lbf\"");
    }
    if (entry.contains("lbf_notified")) {
      if (!entry["lbf_notified"].is_boolean()) return r.Bad(path + "/lbf_notified", "skal være true/false");
      route.lbf_notified = entry["lbf_notified"].get<bool>();
    }
    if (entry.contains("requires_board_consensus")) {
      if (!entry["requires_board_consensus"].is_boolean()) {
        return r.Bad(path + "/requires_board_consensus", "skal være true/false");
      }
      route.requires_board_consensus = entry["requires_board_consensus"].get<bool>();
    }
    pack.approval_routing.push_back(std::move(route));
  }
  return OkStatus();
}

Status ReadParameters(const PackReader& r, const Json& root, GrantFramePack& pack) {
  HELHED_ASSIGN_OR_RETURN(const Json* params, r.Field(root, "parameters", ""));
  HELHED_ASSIGN_OR_RETURN(double max_age, r.SourcedNumber(*params, "baseline_max_age_years", "/parameters"));
  pack.baseline_max_age_years = static_cast<int>(max_age);
  HELHED_ASSIGN_OR_RETURN(pack.contracted_hours_per_week,
                          r.SourcedNumber(*params, "contracted_hours_per_week", "/parameters"));
  HELHED_ASSIGN_OR_RETURN(pack.plan_duration_tolerance_years,
                          r.SourcedNumber(*params, "plan_duration_tolerance_years", "/parameters"));
  HELHED_ASSIGN_OR_RETURN(double distance,
                          r.SourcedNumber(*params, "activity_name_max_edit_distance", "/parameters"));
  pack.activity_name_max_edit_distance = static_cast<int>(distance);
  HELHED_ASSIGN_OR_RETURN(const Json* turnout, r.Field(*params, "turnout_indicator_words", "/parameters"));
  HELHED_RETURN_IF_ERROR(r.String(*turnout, "source", "/parameters/turnout_indicator_words").status());
  HELHED_ASSIGN_OR_RETURN(const Json* words, r.Array(*turnout, "words", "/parameters/turnout_indicator_words"));
  for (const Json& word : *words) {
    if (!word.is_string()) return r.Bad("/parameters/turnout_indicator_words/words", "skal være en liste af tekster");
    pack.turnout_indicator_words.push_back(word.get<std::string>());
  }
  if (pack.contracted_hours_per_week <= 0) {
    return r.Bad("/parameters/contracted_hours_per_week/value", "skal være større end 0");
  }
  return OkStatus();
}

// Every registered code must have a severity, and every code in the pack
// must be registered: a misspelt code would otherwise silently do nothing.
Status ReadSeverities(const PackReader& r, const Json& root, GrantFramePack& pack) {
  HELHED_ASSIGN_OR_RETURN(const Json* rules, r.Field(root, "rules", ""));
  if (!rules->is_object()) return r.Bad("/rules", "skal være et objekt");
  const std::vector<std::string> codes = AllRuleCodes();
  const std::set<std::string, std::less<>> known(codes.begin(), codes.end());
  for (const auto& [code, entry] : rules->items()) {
    const std::string path = "/rules/" + code;
    if (!known.contains(code)) return r.Bad(path, "er ikke en kendt regelkode (se docs/rules.md)");
    HELHED_ASSIGN_OR_RETURN(std::string severity, r.String(entry, "severity", path));
    HELHED_RETURN_IF_ERROR(r.String(entry, "source", path).status());
    if (severity == "off") {
      pack.severities[code] = std::nullopt;
    } else if (std::optional<Severity> parsed = ParseSeverity(severity)) {
      pack.severities[code] = parsed;
    } else {
      return r.Bad(path + "/severity", "skal være \"error\", \"warning\", \"info\" eller \"off\"");
    }
  }
  for (const std::string& code : codes) {
    if (!pack.severities.contains(code)) return r.Bad("/rules/" + code, "mangler");
  }
  return OkStatus();
}

StatusOr<GrantFramePack> ReadPackFile(const fs::path& file) {
  PackReader r(file);
  HELHED_ASSIGN_OR_RETURN(Json root, r.Parse());
  GrantFramePack pack;
  HELHED_ASSIGN_OR_RETURN(std::string format, r.String(root, "format", ""));
  if (format != "helhed/grant-frame@1") return r.Bad("/format", "skal være \"helhed/grant-frame@1\"");
  HELHED_ASSIGN_OR_RETURN(pack.id, r.String(root, "id", ""));
  HELHED_ASSIGN_OR_RETURN(pack.name, r.String(root, "name", ""));
  HELHED_ASSIGN_OR_RETURN(const Json* years, r.Field(root, "years", ""));
  HELHED_ASSIGN_OR_RETURN(double first, r.Number(*years, "first", "/years"));
  HELHED_ASSIGN_OR_RETURN(double last, r.Number(*years, "last", "/years"));
  pack.first_year = static_cast<int>(first);
  pack.last_year = static_cast<int>(last);
  HELHED_ASSIGN_OR_RETURN(pack.annual_amount_mdkk, r.SourcedNumber(root, "annual_amount_mdkk", ""));
  HELHED_ASSIGN_OR_RETURN(const Json* regulation, r.Field(root, "regulation", ""));
  HELHED_RETURN_IF_ERROR(r.String(*regulation, "source", "/regulation").status());
  if (regulation->contains("date") && (*regulation)["date"].is_string()) {
    pack.regulation_date = (*regulation)["date"].get<std::string>();
  }
  HELHED_ASSIGN_OR_RETURN(pack.plan_duration_years, r.SourcedNumber(root, "plan_duration_years", ""));
  HELHED_ASSIGN_OR_RETURN(pack.min_local_cofinancing_percent,
                          r.SourcedNumber(root, "min_local_cofinancing_percent", ""));
  const Json& cofinancing = root["min_local_cofinancing_percent"];
  pack.min_local_cofinancing_confirmed =
      cofinancing.contains("confirmed") && cofinancing["confirmed"].is_boolean() &&
      cofinancing["confirmed"].get<bool>();
  HELHED_ASSIGN_OR_RETURN(const Json* fields_entry, r.Field(root, "mandatory_activity_fields", ""));
  HELHED_RETURN_IF_ERROR(r.String(*fields_entry, "source", "/mandatory_activity_fields").status());
  HELHED_ASSIGN_OR_RETURN(const Json* fields,
                          r.Array(*fields_entry, "fields", "/mandatory_activity_fields"));
  for (const Json& field : *fields) {
    if (!field.is_string()) return r.Bad("/mandatory_activity_fields/fields", "skal være en liste af tekster");
    if (!IsKnownActivityField(field.get<std::string>())) {
      return r.Bad("/mandatory_activity_fields/fields", "nævner et ukendt felt \"" + field.get<std::string>() + "\"");
    }
    pack.mandatory_activity_fields.push_back(field.get<std::string>());
  }
  HELHED_RETURN_IF_ERROR(ReadFocusAreas(r, root, pack));
  HELHED_RETURN_IF_ERROR(ReadFixedGoals(r, root, pack));
  HELHED_RETURN_IF_ERROR(ReadDocumentsAndRouting(r, root, pack));
  HELHED_RETURN_IF_ERROR(ReadParameters(r, root, pack));
  HELHED_RETURN_IF_ERROR(ReadSeverities(r, root, pack));
  return pack;
}

Status ReadTemplateText(const fs::path& file, GrantFramePack& pack) {
  std::error_code ec;
  if (!fs::exists(file, ec)) return OkStatus();  // a frame may have no catalogue yet
  PackReader r(file);
  HELHED_ASSIGN_OR_RETURN(Json root, r.Parse());
  HELHED_ASSIGN_OR_RETURN(const Json* sentences, r.Array(root, "sentences", ""));
  for (size_t idx = 0; idx < sentences->size(); ++idx) {
    const std::string path = "/sentences/" + std::to_string(idx);
    TemplateSentence sentence;
    HELHED_ASSIGN_OR_RETURN(sentence.text, r.String((*sentences)[idx], "text", path));
    HELHED_RETURN_IF_ERROR(r.String((*sentences)[idx], "source", path).status());
    HELHED_ASSIGN_OR_RETURN(std::string kind, r.String((*sentences)[idx], "kind", path));
    if (kind != "instruction" && kind != "boilerplate") {
      return r.Bad(path + "/kind", "skal være \"instruction\" eller \"boilerplate\"");
    }
    sentence.instruction = kind == "instruction";
    pack.template_sentences.push_back(std::move(sentence));
  }
  return OkStatus();
}

// Names of every other frame's focus areas; a broken neighbour pack is
// reported, since it would also break checks of plans in that frame.
Status ReadForeignFocusAreas(const fs::path& data_dir, const std::vector<std::string>& frames,
                             GrantFramePack& pack) {
  for (const std::string& other : frames) {
    if (other == pack.id) continue;
    const fs::path file = data_dir / "grant-frames" / (other + ".json");
    PackReader r(file);
    HELHED_ASSIGN_OR_RETURN(Json root, r.Parse());
    HELHED_ASSIGN_OR_RETURN(const Json* areas, r.Array(root, "focus_areas", ""));
    for (size_t idx = 0; idx < areas->size(); ++idx) {
      HELHED_ASSIGN_OR_RETURN(std::string name,
                              r.String((*areas)[idx], "name", "/focus_areas/" + std::to_string(idx)));
      pack.foreign_focus_areas.push_back({std::move(name), other});
    }
  }
  return OkStatus();
}

}  // namespace

fs::path DefaultDataDir() {
  if (const char* env = std::getenv("HELHED_DATA_DIR"); env != nullptr && *env != '\0') {
    return fs::path(env);
  }
  return fs::path(HELHED_DEFAULT_DATA_DIR);
}

StatusOr<std::vector<std::string>> ListGrantFrames(const fs::path& data_dir) {
  const fs::path dir = data_dir / "grant-frames";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return NotFoundError("mappen med støtterammer " + dir.string() +
                         " findes ikke; angiv datamappen med --data-dir eller HELHED_DATA_DIR");
  }
  std::vector<std::string> ids;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, ec)) {
    const fs::path& path = entry.path();
    if (path.extension() == ".json" && IsFrameIdShape(path.stem().string())) {
      ids.push_back(path.stem().string());
    }
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

StatusOr<GrantFramePack> LoadGrantFramePack(const fs::path& data_dir, std::string_view frame_id) {
  HELHED_ASSIGN_OR_RETURN(std::vector<std::string> frames, ListGrantFrames(data_dir));
  if (std::find(frames.begin(), frames.end(), frame_id) == frames.end()) {
    return NotFoundError("ukendt støtteramme \"" + std::string(frame_id) +
                         "\"; kendte støtterammer: " + JoinIds(frames));
  }
  const fs::path file = data_dir / "grant-frames" / (std::string(frame_id) + ".json");
  HELHED_ASSIGN_OR_RETURN(GrantFramePack pack, ReadPackFile(file));
  if (pack.id != frame_id) {
    return PackReader(file).Bad("/id", "er \"" + pack.id + "\", men filen hedder " + std::string(frame_id));
  }
  HELHED_RETURN_IF_ERROR(
      ReadTemplateText(data_dir / "template-text" / (std::string(frame_id) + ".json"), pack));
  HELHED_RETURN_IF_ERROR(ReadForeignFocusAreas(data_dir, frames, pack));
  return pack;
}

}  // namespace helhed::rules
