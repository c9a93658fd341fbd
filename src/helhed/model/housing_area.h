// SPDX-License-Identifier: Apache-2.0
// HousingArea and Afdeling: the estates a plan covers. The areas form a flat
// list; `parent` builds the tree (a zone inside a boligområde).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helhed::model {

// HousingAreaKind: boligområde or zone.
enum class HousingAreaKind {
  kBoligomraade,
  kZone,
};

// Afdeling (boligafdeling): the smallest unit; `id` is the register's afdeling
// id (e.g. "LEJ-11"), `housing_org` the boligorganisation that owns it.
struct Afdeling {
  std::string id;
  std::string name;
  std::optional<std::string> housing_org;
  std::optional<std::int64_t> households;
  std::optional<std::int64_t> residents;

  friend bool operator==(const Afdeling&, const Afdeling&) = default;
};

// HousingArea (boligområde / zone): `id` is stable within the plan.
struct HousingArea {
  std::string id;
  std::string name;
  std::optional<HousingAreaKind> kind;
  // Id of the enclosing area; absent for a top-level area.
  std::optional<std::string> parent;
  std::optional<std::vector<Afdeling>> afdelinger;
  // Stated number of husstande and beboere.
  std::optional<std::int64_t> households;
  std::optional<std::int64_t> residents;

  friend bool operator==(const HousingArea&, const HousingArea&) = default;
};

}  // namespace helhed::model
