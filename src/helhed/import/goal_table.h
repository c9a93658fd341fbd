// SPDX-License-Identifier: Apache-2.0
// The goal tables: the delmål table of a delaftale (Delmål | Indikator |
// Baseline boligområde/målgruppe | Evt. anden baseline | Baseline år |
// Datakilde) and the fixed-goal table of the strategic agreement (same
// columns, "Mål" first). Rebuilds rows broken across pages (A4), carries a
// merged goal cell down, and types each baseline.
#pragma once

#include <string>
#include <vector>

#include "helhed/import/block.h"
#include "helhed/import/sections.h"
#include "helhed/model/goal.h"

namespace helhed::import {

// One logical table row after page-break repair and carry-down.
struct GoalRow {
  int line = 0;
  // Index of the goal this row belongs to (rows share it after carry-down).
  size_t goal_index = 0;
  std::vector<std::string> cells;  // always 6 cells
};

struct GoalTable {
  std::vector<std::string> goal_texts;
  std::vector<int> goal_lines;
  std::vector<GoalRow> rows;
  // Line of the header row; 0 when the blocks hold no goal table.
  int header_line = 0;
};

// True for the header row ("Delmål"/"Mål" then "Indikator").
bool IsGoalTableHeader(const Block& block);

// Reads the table rows among `blocks` (the first header row and the rows
// after it). Rows that are not part of the table are left to the caller via
// `leftover`.
GoalTable ReadGoalTable(const std::vector<Block>& blocks, std::vector<Block>* leftover);

// Delmål with their indicators. Records each field in the report under
// `path` ("/sub_agreements/0/goals").
std::vector<model::Goal> GoalsFromTable(const GoalTable& table, const std::string& path, RecogniseContext& ctx);

// The fixed overall goals: indicators get their F-id by matching the fixed
// wording in the label table (a local suffix is allowed).
std::vector<model::OverallGoal> OverallGoalsFromTable(const GoalTable& table, const std::string& path,
                                                      RecogniseContext& ctx);

}  // namespace helhed::import
