// SPDX-License-Identifier: Apache-2.0
// DataTable: the numbers a chart draws, as text ready to print, so a web page
// and a document render the same table under the chart for screen readers
// and for anyone who prefers numbers to lines.
#pragma once

#include <string>
#include <vector>

namespace helhed::charts {

struct TableCell {
  std::string text;        // already formatted in Danish ("22,3 %", "Diskretioneret")
  bool numeric = false;    // right-align
  bool suppressed = false; // the cell stands for a suppressed value (text says so)
};

struct DataTable {
  std::string caption;
  std::vector<std::string> columns;
  std::vector<std::vector<TableCell>> rows;  // each row has columns.size() cells
  std::vector<std::string> notes;            // baseline, target, what "diskretioneret" means
};

// Column headings for the counts behind a value: for a share the numerator
// and denominator, for a mean only the number of persons (denominator).
struct CountLabels {
  std::string numerator = "Tæller";
  std::string denominator = "Nævner";
};

// The words every chart and table uses for the two kinds of gap.
inline constexpr const char* kSuppressedText = "Diskretioneret";
inline constexpr const char* kMissingText = "Ingen data";
inline constexpr const char* kSuppressedExplanation =
    "Diskretioneret: tallet vises ikke, fordi for få personer står bag det "
    "(eller fordi det ellers kunne regnes ud fra de viste tal).";

}  // namespace helhed::charts
