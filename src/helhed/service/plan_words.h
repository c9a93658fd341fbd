// SPDX-License-Identifier: Apache-2.0
// The plan's enum values as the Danish words a reader sees in documents and
// tables ("andel (%)", "LBF-finansieret", "gennemført"). The file names of
// the same values live in model/enum_names.h.
#pragma once

#include <string>

#include "helhed/model/activity.h"
#include "helhed/model/budget.h"
#include "helhed/model/milestone.h"
#include "helhed/model/staff.h"
#include "helhed/model/value.h"

namespace helhed::service {

std::string UnitWords(model::Unit unit);
std::string FinancingWords(model::Financing financing);
std::string BudgetCategoryWords(model::BudgetCategory category);
std::string MilestoneStatusWords(model::MilestoneStatus status);
// "planlagt", "i gang", "sat i bero", "afsluttet", "stoppet".
std::string ActivityStatusWords(model::ActivityStatus status);

}  // namespace helhed::service
