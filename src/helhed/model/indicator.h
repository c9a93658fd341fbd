// SPDX-License-Identifier: Apache-2.0
// Indicator with its baselines and target: used in overall goals (the fixed
// indicators F1-F9) and in the goals of each delaftale (local indicators).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "helhed/base/date.h"
#include "helhed/model/value.h"

namespace helhed::model {

// BaselineScope: what a baseline value covers (plan, boligområde, zone,
// afdeling, målgruppe, skole, kommune, politikreds, region, land, befolkning).
enum class BaselineScope {
  kPlan,
  kBoligomraade,
  kZone,
  kAfdeling,
  kTargetGroup,
  kSchool,
  kKommune,
  kPolitikreds,
  kRegion,
  kLand,
  kPopulation,
};

// Baseline (baseline / udgangspunkt): one cell of a baseline column.
struct Baseline {
  BaselineScope scope = BaselineScope::kPlan;
  // The named area when not the whole scope ("Zone 1", "Nørremarken").
  std::optional<std::string> area;
  Value value;
  // The date written in the cell ("pr. 1.6.2022").
  std::optional<Date> date;
  // The year written in the cell when it differs from the indicator's
  // baseline_year ("3,7 % i 2019/2020" in a 2020/2021 row).
  std::optional<std::string> year;

  friend bool operator==(const Baseline&, const Baseline&) = default;
};

// ElectionType: kommunalvalg or folketingsvalg (for turnout indicators).
enum class ElectionType {
  kKommunalvalg,
  kFolketingsvalg,
};

// Election (valg): the election a turnout indicator refers to.
struct Election {
  ElectionType type = ElectionType::kKommunalvalg;
  int year = 0;

  friend bool operator==(const Election&, const Election&) = default;
};

// TargetDirection: øge, mindske, fastholde.
enum class TargetDirection {
  kIncrease,
  kDecrease,
  kHold,
};

// ChangeKind: whether "med 20 %" is relative (percent of the baseline) or
// absolute (percentage points).
enum class ChangeKind {
  kRelative,
  kAbsolute,
};

// Target (målsætning): the change or level an indicator aims at.
struct Target {
  std::optional<TargetDirection> direction;
  std::optional<double> change;
  std::optional<ChangeKind> change_kind;
  std::optional<double> level;
  std::optional<Date> by;
  std::optional<Baseline> reference;
  // The target as written.
  std::optional<std::string> text;

  friend bool operator==(const Target&, const Target&) = default;
};

// Indicator (indikator): `indicator_id` is "F1".."F9" for the nine fixed
// indicators and absent for local ones. `key` names the indicator within
// its plan across revisions (service/indicator_keys.h): what partners enter
// for it stays with it when goals are inserted, moved or removed.
struct Indicator {
  std::optional<std::string> indicator_id;
  std::string name;
  std::optional<Unit> unit;
  // Baseline boligområde / målgruppe.
  std::optional<std::vector<Baseline>> baselines;
  // Baseline kommune (evt. andet) / Evt. anden baseline.
  std::optional<std::vector<Baseline>> other_baselines;
  // "2021", a school year "2020/2021", or a date, as written.
  std::optional<std::string> baseline_year;
  std::optional<Election> election;
  // Datakilde.
  std::optional<std::string> source;
  std::optional<Target> target;
  std::optional<std::string> key;

  friend bool operator==(const Indicator&, const Indicator&) = default;
};

}  // namespace helhed::model
