// SPDX-License-Identifier: Apache-2.0
// A horizontal bar chart for one year's breakdown by zone or afdeling, with
// interval whiskers, reference lines (kommune, land) and suppressed bars
// marked as suppressed. Deterministic: the same spec gives the same bytes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "helhed/charts/point.h"
#include "helhed/charts/series_style.h"
#include "helhed/charts/svg.h"

namespace helhed::charts {

struct Bar {
  std::string label;  // "Zone 1", "BKF-11"
  Point point;        // its year is not drawn; the spec's year is
  SeriesStyle style = SeriesStyle::kPrimary;  // references: kSecond, kThird
};

struct BarChartSpec {
  std::string id;           // unique in a page; [A-Za-z0-9-] kept, the rest dropped
  std::string title;
  std::string description;  // added to the generated description; may be empty
  std::string x_label;      // e.g. "Andel (%)"
  int year = 0;
  ValueFormat format = ValueFormat::Percent();
  CountLabels counts;  // headings of the count columns in the numbers table
  std::vector<Bar> bars;        // drawn top to bottom in this order
  std::vector<Bar> references;  // drawn as vertical lines (e.g. kommune, land)
  std::optional<double> x_floor;  // always include this value on the axis (0 for shares)
};

// Renders the chart and its numbers table (one row per bar, then one per
// reference: Enhed, Værdi, 95 %-interval and, where any has them, the counts).
Chart RenderBarChart(const BarChartSpec& spec);

}  // namespace helhed::charts
