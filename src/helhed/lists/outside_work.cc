// SPDX-License-Identifier: Apache-2.0
// Criterion 1 (§ 61 a, stk. 1, nr. 1; § 61 b, nr. 1): the share of residents
// aged 18-64 outside work and education, as the mean of the last two years.
#include "helhed/lists/criterion.h"
#include "helhed/lists/share_criterion.h"

namespace helhed::lists {
namespace {

constexpr internal::ShareWording kWording = {
    "flere beboere i beskæftigelse eller uddannelse",
    "flere beboere uden for beskæftigelse og uddannelse",
    "andelen",
};

class OutsideWork final : public Criterion {
 public:
  std::string_view id() const override { return "outside_work"; }
  std::string_view label() const override { return "18-64-årige uden for arbejde og uddannelse"; }
  bool counted() const override { return true; }

  StatusOr<CriterionResult> Evaluate(const AreaInput& area, const ListRules& rules) const override {
    const CriterionRule* rule = rules.FindCriterion("outside_work");
    CriterionResult result =
        internal::EvaluateShareCriterion(area.outside_work, rule->two_year, "udsat", rule->vulnerable, rule->prevention,
                                         Rational::Integer(1), rules.two_year_method, kWording);
    result.id = id();
    result.label = label();
    return result;
  }
};

}  // namespace

std::unique_ptr<Criterion> MakeOutsideWork() { return std::make_unique<OutsideWork>(); }

}  // namespace helhed::lists
