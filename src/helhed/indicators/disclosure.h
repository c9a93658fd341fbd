// SPDX-License-Identifier: Apache-2.0
// Disclosure control (diskretionering) on a Computation: primary suppression
// of small counts, then secondary suppression so that no suppressed value, and
// no small unpublished remainder (kommune minus its afdelinger), can be
// recovered by adding and subtracting published values (a parent is the sum
// of its children). See docs/register-format.md.
#pragma once

#include "helhed/base/status.h"
#include "helhed/indicators/engine.h"

namespace helhed::indicators {

// The smallest threshold anyone may choose (Danmarks Statistik's floor).
inline constexpr int kMinCellFloor = 3;
inline constexpr int kDefaultMinCell = 5;

struct DisclosureReport {
  int64_t primary = 0;    // rows suppressed because a count was small
  int64_t secondary = 0;  // rows suppressed so the primary ones stay hidden
};

// Marks rows of `computation.table` kSuppressed:
//  1. primary: a count, numerator, denominator or denominator − numerator
//     (share) or the number of values (mean) below `min_cell`;
//  2. members of one disclosure group (indicators partitioning a population)
//     are suppressed together per unit and year;
//  3. secondary: per group (or lone indicator) and year, more units are
//     suppressed until no suppressed unit and no sensitive residual is in the
//     linear span of the published units.
// kNotAvailable rows stay as they are (they publish a known zero).
// Errors: kInvalidArgument (Danish) if min_cell < kMinCellFloor.
StatusOr<DisclosureReport> ApplyDisclosureControl(Computation& computation, const IndicatorSet& defs,
                                                  int min_cell);

// True if `value` must not be published under `min_cell` (0 < value is not
// required: a zero count is suppressed like any small count).
inline bool IsSmall(int64_t value, int min_cell) { return value < min_cell; }

}  // namespace helhed::indicators
