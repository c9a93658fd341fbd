// SPDX-License-Identifier: Apache-2.0
// Criterion 3 (§ 61 a, stk. 1, nr. 3; § 61 b, nr. 3): the share of residents
// aged 30-59 with only grundskole, in the latest year; how unknown education
// counts is decided when the input is built (ListRules::unknown_education).
#include "helhed/lists/criterion.h"
#include "helhed/lists/share_criterion.h"

namespace helhed::lists {
namespace {

constexpr internal::ShareWording kWording = {
    "flere 30-59-årige med en uddannelse ud over grundskolen",
    "flere 30-59-årige med kun grundskole",
    "andelen",
};

class BasicEducation final : public Criterion {
 public:
  std::string_view id() const override { return "basic_education"; }
  std::string_view label() const override { return "30-59-årige med kun grundskole"; }
  bool counted() const override { return true; }

  StatusOr<CriterionResult> Evaluate(const AreaInput& area, const ListRules& rules) const override {
    const CriterionRule* rule = rules.FindCriterion("basic_education");
    CriterionResult result =
        internal::EvaluateShareCriterion(area.basic_education, rule->two_year, "udsat", rule->vulnerable,
                                         rule->prevention, Rational::Integer(1), rules.two_year_method, kWording);
    result.id = id();
    result.label = label();
    return result;
  }
};

}  // namespace

std::unique_ptr<Criterion> MakeBasicEducation() { return std::make_unique<BasicEducation>(); }

}  // namespace helhed::lists
