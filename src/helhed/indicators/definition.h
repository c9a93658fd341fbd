// SPDX-License-Identifier: Apache-2.0
// Indicator definitions as data (data/indicators/indicators.json): a
// population filter, a numerator condition and a kind, each citing its
// source. Conditions are conjunctions over the register columns, so the
// engine can compile them to bit masks and test all indicators at once.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/register/person_year.h"

namespace helhed::indicators {

enum class IndicatorKind { kShare, kMean, kCount };
std::string_view IndicatorKindName(IndicatorKind kind);  // "share", "mean", "count"

// Which column a mean averages.
enum class MeanValue { kNone, kGrossIncome, kGrade9 };

// A conjunction: a person matches when every present part matches.
struct Condition {
  int age_min = 0;
  int age_max = 255;
  uint8_t sex_mask = 0xFF;        // bit per register_::Sex
  uint8_t origin_mask = 0xFF;     // bit per register_::Origin
  uint8_t education_mask = 0xFF;  // bit per register_::Education
  uint16_t flags_required_set = 0;    // register_::Flag bits that must be 1
  uint16_t flags_required_clear = 0;  // bits that must be 0

  bool Matches(const register_::PersonYear& row) const;
};

struct IndicatorDef {
  std::string id;
  std::string name;  // Danish, as a board reads it
  IndicatorKind kind = IndicatorKind::kShare;
  Condition population;
  Condition numerator;  // share only; applied within the population
  MeanValue mean_value = MeanValue::kNone;
  std::string source;
};

// Which counter of an indicator a relation term means.
enum class Part { kNumerator, kDenominator };

struct RelationTerm {
  int coefficient = 1;
  size_t indicator = 0;  // index into IndicatorSet::indicators
  Part part = Part::kNumerator;
};

// A linear identity that holds for every person group, e.g. "residents =
// the sum of the age bands". Disclosure control treats these as known to
// any reader: a suppressed value must not be recoverable through them.
struct Relation {
  std::string name;
  std::vector<RelationTerm> terms;  // sum of coefficient × counter == 0
};

struct IndicatorSet {
  std::string version;
  std::vector<IndicatorDef> indicators;
  std::vector<Relation> relations;
  const IndicatorDef* Find(std::string_view id) const;
};

// Reads and checks a definitions file. kNotFound if missing, kInvalidArgument
// with a Danish message naming the indicator and key for anything malformed.
StatusOr<IndicatorSet> LoadIndicatorSet(const std::filesystem::path& path);

// data/indicators/indicators.json under $HELHED_DATA_DIR, else under the
// source tree's data/ (the build's default).
std::filesystem::path DefaultIndicatorsPath();

}  // namespace helhed::indicators
