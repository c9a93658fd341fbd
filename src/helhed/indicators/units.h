// SPDX-License-Identifier: Apache-2.0
// The areas file: CSV `afdeling,unit_id,unit_name,level` mapping afdelinger
// into a plan's own units (zone, boligområde, plan). One afdeling may belong
// to several units of different levels.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "helhed/base/statusor.h"

namespace helhed::indicators {

struct UnitMapEntry {
  std::string afdeling;
  std::string unit_id;
  std::string unit_name;
  std::string level;
};

struct UnitMap {
  std::vector<UnitMapEntry> entries;
};

// Reads an areas file (comma or semicolon, UTF-8, header required).
// kInvalidArgument (Danish, with line number) on a bad header, an empty
// field, a reserved level (afdeling, kommune, region, land), one unit id with
// two names or levels, or a duplicate line; kNotFound if the file is missing.
StatusOr<UnitMap> ReadUnitMap(const std::filesystem::path& path);

}  // namespace helhed::indicators
