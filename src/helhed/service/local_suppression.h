// SPDX-License-Identifier: Apache-2.0
// Secondary suppression of locally entered counts and shares. The units a
// partner enters values for nest (plan ⊃ boligområde ⊃ zone ⊃ afdeling), and
// a parent's count is the sum of its children's, so a single hidden number
// in such a group could be recovered by subtraction: parent minus the
// published children. Applied where local values are read for publication
// (follow_up_service.cc), so every page, report, table and API answer shows
// the same cells.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "helhed/charts/point.h"

namespace helhed::service {

struct LocalUnitPoints {
  std::string unit;                   // measurement unit id ("zone:zone-1")
  std::optional<std::string> parent;  // its parent's unit id
  std::map<int, charts::Point> by_year;
};

// For each year and each group of a unit with all its children, when the
// unit and every child have a value that year (the sum is then an equation a
// reader can solve) and exactly one of them is suppressed, hides one more:
// the published child with the smallest count (the denominator for shares),
// or the parent when no child is left; repeated until no group has exactly
// one hidden number. Returns how many points it hid.
int SuppressRecoverableLocalValues(std::vector<LocalUnitPoints>& units);

}  // namespace helhed::service
