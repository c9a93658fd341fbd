// SPDX-License-Identifier: Apache-2.0
// The board's status report (statusrapport til bestyrelsen) for a period:
// each overall goal and delmål with its indicators (baseline, target and the
// development from the store's measurements against kommune and land, with
// charts), the areas' § 61 a criteria from the stored list results, activities and milestones,
// the budget by focus area, revisions awaiting approval and the plan's open
// check findings. Where data are missing the report says so in Danish; it
// never invents a number.
#pragma once

#include <filesystem>

#include "helhed/base/statusor.h"
#include "helhed/document/document.h"
#include "helhed/service/report_period.h"
#include "helhed/store/store.h"

namespace helhed::service {

// The plan as last saved (the board meets after the period), its approval
// state today, measurements up to the period's end. kNotFound for an unknown
// plan; kDataLoss when the stored plan cannot be read.
StatusOr<document::Document> BuildBoardReport(store::Store& store, store::PlanId plan_id, const ReportPeriod& period,
                                              const std::filesystem::path& data_dir);

}  // namespace helhed::service
