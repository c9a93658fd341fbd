// SPDX-License-Identifier: Apache-2.0
// The plan's tables as format-neutral render::Tables: goals and indicators
// with every baseline, staff, budget and milestones. `helhed export
// --tables` writes them as XLSX sheets or Danish CSV; the documents show
// the same tables, so a number is computed for display once.
#pragma once

#include <string>
#include <vector>

#include "helhed/document/document.h"
#include "helhed/model/plan.h"
#include "helhed/render/table.h"

namespace helhed::service {

struct PlanTable {
  std::string id;    // "maal", "medarbejdere", "budget", "milepaele" (file names)
  std::string name;  // the sheet name, Danish
  render::Table table;
};

// Every table, also when empty (a header row says the plan has none).
// Values with status "diskretioneret" are suppressed cells.
std::vector<PlanTable> PlanTables(const model::Plan& plan);

// One table alone.
render::Table GoalsTable(const model::Plan& plan);
render::Table StaffTable(const model::Plan& plan, const std::string* only_focus_area = nullptr);
render::Table BudgetTable(const model::Plan& plan);
render::Table MilestonesTable(const model::Plan& plan);

// A render::Table for a document: numbers in Danish format, suppressed
// cells suppressed, integers with thousands separators.
document::Table ToDocumentTable(const render::Table& table);

}  // namespace helhed::service
