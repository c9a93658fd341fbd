// SPDX-License-Identifier: Apache-2.0
// Shared by the share criteria (outside_work, convicted, basic_education,
// non_western): compare a share with a threshold at one level, count the
// persons to the threshold, flag noise, and word it in Danish.
#pragma once

#include <optional>
#include <string>

#include "helhed/lists/area_input.h"
#include "helhed/lists/criterion.h"
#include "helhed/lists/rules.h"

namespace helhed::lists::internal {

// Danish phrases for one share criterion, completing "<N> <phrase> ...".
struct ShareWording {
  const char* to_fall;  // persons who would lower the share: "flere beboere i beskæftigelse eller uddannelse"
  const char* to_rise;  // persons who would raise it: "flere beboere uden for beskæftigelse og uddannelse"
  const char* share;    // "andelen"
};

// The yearly counts behind `input`: the register's, or for an estimated
// population one (or, for a two-year criterion, two equal) synthetic years
// with count = share × population. Empty when neither is known.
std::vector<YearCount> EffectiveYears(const ShareInput& input, bool two_year);

// Evaluates `input` against `threshold` (already scaled, e.g. 3 × national).
LevelResult EvaluateShareLevel(const ShareInput& input, bool two_year, const std::string& level,
                               Comparison comparison, const Rational& threshold, TwoYearMethod method,
                               const ShareWording& wording);

// Fills result.value, .estimated and .interval from `input`.
void DescribeShare(const ShareInput& input, bool two_year, CriterionResult& result);

// A level with no value: met unknown, explanation says the value is missing.
LevelResult MissingLevel(const std::string& level, Comparison comparison, const Rational& threshold);

// One share criterion at both its levels: `first_level` ("udsat" or
// "parallelsamfund") against `first`, and "forebyggelse" against `prevention`
// when that list exists. Thresholds are `scale` times the rule's values: 1 for
// fixed shares, the national share for the conviction criterion. Fills value,
// interval and levels; the caller sets id, label and counted.
CriterionResult EvaluateShareCriterion(const std::optional<ShareInput>& input, bool two_year,
                                       const std::string& first_level, const Threshold& first,
                                       const std::optional<Threshold>& prevention, const Rational& scale,
                                       TwoYearMethod method, const ShareWording& wording);

// "40,0 %" with two decimals when one would hide the difference.
std::string ThresholdText(const Rational& share);

}  // namespace helhed::lists::internal
