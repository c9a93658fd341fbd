// SPDX-License-Identifier: Apache-2.0
// Reading the areas file (afdeling → plan units).
#include "helhed/indicators/units.h"

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>

namespace helhed::indicators {
namespace {

std::vector<std::string> Split(const std::string& line, char sep) {
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"' && field.empty()) {
      quoted = true;
    } else if (c == sep) {
      fields.push_back(std::move(field));
      field.clear();
    } else {
      field.push_back(c);
    }
  }
  fields.push_back(std::move(field));
  return fields;
}

}  // namespace

StatusOr<UnitMap> ReadUnitMap(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError(fmt::format("områdefilen {} findes ikke", path.string()));
  const std::string file = path.string();
  std::string line;
  if (!std::getline(in, line)) return InvalidArgumentError(fmt::format("{} er tom; overskriften mangler", file));
  if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
  if (!line.empty() && line.back() == '\r') line.pop_back();
  const char sep = line.find(';') != std::string::npos ? ';' : ',';
  if (Split(line, sep) != std::vector<std::string>{"afdeling", "unit_id", "unit_name", "level"}) {
    return InvalidArgumentError(fmt::format("{} linje 1: overskriften skal være afdeling,unit_id,unit_name,level", file));
  }
  UnitMap map;
  std::map<std::string, std::pair<std::string, std::string>> unit_info;  // id -> (name, level)
  std::set<std::pair<std::string, std::string>> seen;
  int line_no = 1;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    auto fields = Split(line, sep);
    if (fields.size() != 4) {
      return InvalidArgumentError(fmt::format("{} linje {}: der skal være 4 felter, men der er {}", file, line_no, fields.size()));
    }
    static constexpr const char* kNames[] = {"afdeling", "unit_id", "unit_name", "level"};
    for (int i = 0; i < 4; ++i) {
      if (fields[i].empty()) return InvalidArgumentError(fmt::format("{} linje {}: '{}' er tom", file, line_no, kNames[i]));
    }
    UnitMapEntry entry{fields[0], fields[1], fields[2], fields[3]};
    if (entry.level == "afdeling" || entry.level == "kommune" || entry.level == "region" || entry.level == "land") {
      return InvalidArgumentError(fmt::format(
          "{} linje {}: niveauet '{}' er forbeholdt; brug fx zone, boligområde eller plan", file, line_no, entry.level));
    }
    auto [it, inserted] = unit_info.try_emplace(entry.unit_id, entry.unit_name, entry.level);
    if (!inserted && (it->second.first != entry.unit_name || it->second.second != entry.level)) {
      return InvalidArgumentError(fmt::format("{} linje {}: enheden '{}' har allerede navnet '{}' og niveauet '{}'",
                                              file, line_no, entry.unit_id, it->second.first, it->second.second));
    }
    if (!seen.emplace(entry.afdeling, entry.unit_id).second) {
      return InvalidArgumentError(fmt::format("{} linje {}: afdelingen '{}' står allerede i enheden '{}'", file,
                                              line_no, entry.afdeling, entry.unit_id));
    }
    map.entries.push_back(std::move(entry));
  }
  return map;
}

}  // namespace helhed::indicators
