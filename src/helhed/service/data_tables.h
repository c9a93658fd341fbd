// SPDX-License-Identifier: Apache-2.0
// The plan's data as tables for XLSX and Danish CSV, next to its own tables
// (plan_tables.h): the published numbers behind the follow-up dashboards
// (register and local values, per unit and year) and the § 61 a results
// stored for its housing areas. `helhed export --tables` and the web's
// table download write them; suppressed numbers stay suppressed cells.
#pragma once

#include <filesystem>
#include <optional>

#include "helhed/base/statusor.h"
#include "helhed/model/plan.h"
#include "helhed/render/table.h"
#include "helhed/store/store.h"

namespace helhed::service {

// One row per indicator of the plan, unit and year, read through the
// follow-up service (the numbers the dashboards draw), years up to
// `last_year` when given.
StatusOr<render::Table> MeasurementsTable(store::Store& store, const model::Plan& plan, store::PlanId plan_id,
                                          const std::filesystem::path& data_dir, std::optional<int> last_year);

// One row per housing area, list year (up to `last_year` when given),
// criterion and list level, as the § 61 a page shows them
// (list_result_view.h); areas without stored results get one row saying so.
StatusOr<render::Table> ListResultsTable(store::Store& store, const model::Plan& plan, std::optional<int> last_year);

}  // namespace helhed::service
