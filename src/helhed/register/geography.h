// SPDX-License-Identifier: Apache-2.0
// Reference geography (data/geography/kommuner.json): the 98 kommuner with
// their DST codes, names and regions, and the five regions. Used for unit
// names in results and to spread synthetic persons over the country.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "helhed/base/statusor.h"

namespace helhed::register_ {

struct Kommune {
  int code = 0;
  std::string name;
  int region = 0;
  int population_thousands = 0;  // rounded; only to weight synthetic data
};

struct Region {
  int code = 0;
  std::string name;
};

struct Geography {
  std::vector<Kommune> kommuner;
  std::vector<Region> regions;
  // Name of a kommune or region code, or "" when unknown.
  std::string KommuneName(int code) const;
  std::string RegionName(int code) const;
};

// kNotFound if missing, kInvalidArgument (Danish) if malformed.
StatusOr<Geography> LoadGeography(const std::filesystem::path& path);

// data/geography/kommuner.json under $HELHED_DATA_DIR, else the source tree.
std::filesystem::path DefaultGeographyPath();

}  // namespace helhed::register_
