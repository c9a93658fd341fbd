// SPDX-License-Identifier: Apache-2.0
// Distance to a threshold in persons, computed exactly from counts, and the
// 95 % Wilson interval used to say whether that distance is within noise.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "helhed/lists/area_input.h"
#include "helhed/lists/criterion.h"
#include "helhed/lists/rules.h"

namespace helhed::lists {

// The criterion value from yearly counts: the mean of the yearly shares or
// the pooled share. REQUIRES: years non-empty, every population > 0.
Rational CombineYears(const std::vector<YearCount>& years, TwoYearMethod method);

// The smallest number of status changes (one person in one register year)
// that makes `threshold` flip for the share combined from `years`: from met
// to not met when `met`, else from not met to met. Changes go first to the
// year with the smallest population, where one person weighs most.
// std::nullopt when no number of changes is enough (all capacity used).
// REQUIRES: `met` is the current outcome of comparing CombineYears(years)
// with `threshold` under `comparison` (kAbove or kAtLeast).
std::optional<int64_t> PersonsToFlip(const std::vector<YearCount>& years, TwoYearMethod method,
                                     Comparison comparison, const Rational& threshold, bool met);

// The 95 % Wilson score interval (z = 1,96) for `count` of `population`.
// REQUIRES: population > 0.
Interval WilsonInterval(double count, double population);

// True when `comparison` holds for value against threshold.
bool Meets(const Rational& value, Comparison comparison, const Rational& threshold);

}  // namespace helhed::lists
