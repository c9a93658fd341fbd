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
    CriterionResult result;
    result.id = id();
    result.label = label();
    result.counted = false;
    const Threshold& parallel = rules.parallel_non_western;
    if (!area.non_western.has_value()) {
      result.vulnerable = internal::MissingLevel("parallelsamfund", parallel.comparison, parallel.value);
      if (rules.prevention_non_western) {
        result.prevention = internal::MissingLevel("forebyggelse", rules.prevention_non_western->comparison,
                                                   rules.prevention_non_western->value);
      }
      return result;
    }
    const ShareInput& input = *area.non_western;
    internal::DescribeShare(input, false, result);
    result.vulnerable = internal::EvaluateShareLevel(input, false, "parallelsamfund", parallel.comparison, parallel.value,
                                                     rules.two_year_method, kWording);
    if (rules.prevention_non_western) {
      result.prevention =
          internal::EvaluateShareLevel(input, false, "forebyggelse", rules.prevention_non_western->comparison,
                                       rules.prevention_non_western->value, rules.two_year_method, kWording);
    }
    return result;
  }
};

}  // namespace

std::unique_ptr<Criterion> MakeNonWestern() { return std::make_unique<NonWestern>(); }

}  // namespace helhed::lists
