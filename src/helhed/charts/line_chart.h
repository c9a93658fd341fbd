// SPDX-License-Identifier: Apache-2.0
// A line chart over years: the area against the municipality and the whole
// country, the baseline marked, the target as a line, the 95 % interval as a
// band, suppressed values as marked gaps and missing years as plain gaps.
// Deterministic: the same spec gives the same bytes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "helhed/charts/point.h"
#include "helhed/charts/series_style.h"
#include "helhed/charts/svg.h"

namespace helhed::charts {

struct Series {
  std::string name;  // "Korskærparken", "Fredericia Kommune", "Hele landet"
  SeriesStyle style = SeriesStyle::kPrimary;
  std::vector<Point> points;  // any order; a year absent from the list is missing
  bool show_band = false;     // draw the points' 95 % intervals as a band
};

struct Baseline {
  int year = 0;
  double value = 0;
  std::string label = "Baseline";
};

struct Target {
  double value = 0;
  std::optional<int> year;  // the year the target is for, if the plan says
  std::string label = "Mål";
};

struct LineChartSpec {
  std::string id;           // unique in a page; [A-Za-z0-9-] kept, the rest dropped
  std::string title;        // Danish, e.g. the indicator's wording
  std::string description;  // a sentence added to the generated description; may be empty
  std::string y_label;      // e.g. "Andel (%)"
  ValueFormat format = ValueFormat::Percent();
  CountLabels counts;  // headings of the count columns in the numbers table
  std::vector<Series> series;
  std::optional<Baseline> baseline;
  std::optional<Target> target;
  std::optional<double> y_floor;  // always include this value on the axis (0 for shares)
  std::optional<int> first_year;  // widen the year axis; otherwise from the data
  std::optional<int> last_year;
};

// Renders the chart and its numbers table (one row per series and year:
// År, Enhed, Værdi, 95 %-interval and, where any point has them, the counts).
Chart RenderLineChart(const LineChartSpec& spec);

}  // namespace helhed::charts
