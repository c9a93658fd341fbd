// SPDX-License-Identifier: Apache-2.0
// The cells both charts put in their numbers table, so a suppressed or
// missing value reads the same everywhere and never shows a number.
#pragma once

#include <optional>
#include <string>

#include "helhed/charts/data_table.h"
#include "helhed/charts/point.h"

namespace helhed::charts::internal {

// "22,3 %", or "Diskretioneret" / "Ingen data".
TableCell ValueCell(const Point& point, const ValueFormat& format);
// "18,0–27,1 %", "" when the point has no interval, or the gap text.
TableCell IntervalCell(const Point& point, const ValueFormat& format);
// "4.158", "" when absent, or the gap text.
TableCell NumeratorCell(const Point& point);
TableCell DenominatorCell(const Point& point);

// "18,0–27,1 %": both ends in the format, the suffix once.
std::string IntervalText(const Band& band, const ValueFormat& format);

// The tooltip of a drawn point: "Korskærparken 2021: 22,3 % (95 %-interval 18,0–27,1 %)".
std::string PointTooltip(const std::string& name, const Point& point, const ValueFormat& format);

// Which optional columns a table needs.
struct ColumnNeeds {
  bool interval = false;
  bool numerator = false;
  bool denominator = false;
  void Add(const Point& point);
};

}  // namespace helhed::charts::internal
