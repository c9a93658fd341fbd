// SPDX-License-Identifier: Apache-2.0
// The list results as a user sees them: readable Danish text, a JSON
// document and a flat table (one row per area, the columns of issue 5) that
// the CSV and XLSX writers take.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "helhed/lists/classify.h"

namespace helhed::lists {

struct ListsReport {
  int list_year = 0;
  std::string origin;  // "register" or "kriterietabel"
  std::vector<AreaResult> areas;
  std::vector<std::string> notes;  // Danish, about the whole run
};

// Danish text for a terminal: one block per area.
std::string FormatText(const ListsReport& report);

// JSON ("helhed/lists@1", docs/lists.md): values as exact fractions and as
// percent numbers.
std::string FormatJson(const ListsReport& report);

// A flat table: header plus one row per area, typed cells that the table
// writers format (percent values as numbers with 2 decimals; "ja"/"nej").
struct FlatCell {
  enum class Kind { kEmpty, kText, kInteger, kNumber };
  Kind kind = Kind::kEmpty;
  std::string text;
  int64_t integer = 0;
  double number = 0;
  int decimals = 0;
};
struct FlatTable {
  std::vector<std::string> header;
  std::vector<std::vector<FlatCell>> rows;
};
FlatTable ToTable(const ListsReport& report);

}  // namespace helhed::lists
