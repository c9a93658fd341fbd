// SPDX-License-Identifier: Apache-2.0
// Budget: budget lines per year and focus area, LBF grant against local
// co-financing, in whole DKK.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace helhed::model {

// BudgetCategory: personale, aktiviteter, sekretariat, evaluering, andet.
enum class BudgetCategory {
  kStaff,
  kActivities,
  kSecretariat,
  kEvaluation,
  kOther,
};

// BudgetLine (budgetlinje): `focus_area` absent means cross-cutting;
// `year` absent means the whole period.
struct BudgetLine {
  std::optional<int> year;
  std::optional<std::string> focus_area;
  std::string label;
  BudgetCategory category = BudgetCategory::kOther;
  std::int64_t lbf_dkk = 0;
  std::int64_t local_dkk = 0;
  // The line total as written, kept so a rule can compare it with the sum.
  std::optional<std::int64_t> stated_total_dkk;

  friend bool operator==(const BudgetLine&, const BudgetLine&) = default;
};

// Budget (budget).
struct Budget {
  std::optional<std::vector<BudgetLine>> lines;
  // The plan total as written.
  std::optional<std::int64_t> stated_total_dkk;

  friend bool operator==(const Budget&, const Budget&) = default;
};

}  // namespace helhed::model
