// SPDX-License-Identifier: Apache-2.0
// The non-Western gate: immigrants and descendants from non-Western countries
// above 50 % makes an udsat area a parallelsamfund (§ 61 a, stk. 2); above
// 30 % is required for a forebyggelsesområde (§ 61 b). Not one of the four.
#include "helhed/lists/criterion.h"
#include "helhed/lists/share_criterion.h"

namespace helhed::lists {
namespace {

constexpr internal::ShareWording kWording = {
    "beboere færre med ikke-vestlig baggrund",
    "beboere flere med ikke-vestlig baggrund",
    "andelen",
};

class NonWestern final : public Criterion {
 public:
  std::string_view id() const override { return "non_western"; }
  std::string_view label() const override { return "Indvandrere og efterkommere fra ikke-vestlige lande"; }
  bool counted() const override { return false; }

  StatusOr<CriterionResult> Evaluate(const AreaInput& area, const ListRules& rules) const override {
    // A gate, not one of the four counted criteria; never a two-year mean.
    CriterionResult result = internal::EvaluateShareCriterion(
        area.non_western, false, "parallelsamfund", rules.parallel_non_western, rules.prevention_non_western,
        Rational::Integer(1), rules.two_year_method, kWording);
    result.id = id();
    result.label = label();
    result.counted = false;
    return result;
  }
};

}  // namespace

std::unique_ptr<Criterion> MakeNonWestern() { return std::make_unique<NonWestern>(); }

}  // namespace helhed::lists
