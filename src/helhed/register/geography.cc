// SPDX-License-Identifier: Apache-2.0
// Loading data/geography/kommuner.json.
#include "helhed/register/geography.h"

#include <cstdlib>
#include <fstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace helhed::register_ {

std::string Geography::KommuneName(int code) const {
  for (const auto& k : kommuner) {
    if (k.code == code) return k.name;
  }
  return "";
}

std::string Geography::RegionName(int code) const {
  for (const auto& r : regions) {
    if (r.code == code) return r.name;
  }
  return "";
}

StatusOr<Geography> LoadGeography(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError(fmt::format("geografifilen {} findes ikke", path.string()));
  Geography geo;
  try {
    const auto doc = nlohmann::json::parse(in);
    for (const auto& r : doc.at("regions")) geo.regions.push_back({r.at("code").get<int>(), r.at("name").get<std::string>()});
    for (const auto& k : doc.at("kommuner")) {
      geo.kommuner.push_back({std::stoi(k.at("code").get<std::string>()), k.at("name").get<std::string>(),
                              k.at("region").get<int>(), k.at("population_thousands").get<int>()});
    }
  } catch (const std::exception& e) {
    return InvalidArgumentError(fmt::format("geografifilen {} kan ikke læses: {}", path.string(), e.what()));
  }
  if (geo.kommuner.empty() || geo.regions.empty()) {
    return InvalidArgumentError(fmt::format("geografifilen {} har ingen kommuner eller regioner", path.string()));
  }
  return geo;
}

std::filesystem::path DefaultGeographyPath() {
  if (const char* dir = std::getenv("HELHED_DATA_DIR"); dir != nullptr && *dir != '\0') {
    return std::filesystem::path(dir) / "geography" / "kommuner.json";
  }
  return std::filesystem::path(HELHED_DEFAULT_DATA_DIR) / "geography" / "kommuner.json";
}

}  // namespace helhed::register_
