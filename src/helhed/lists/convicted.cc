// SPDX-License-Identifier: Apache-2.0
// Criterion 2 (§ 61 a, stk. 1, nr. 2; § 61 b, nr. 2): the share of residents
// convicted under the penal code, the weapons act or the drugs act, at least
// a multiple of the national share, as the mean of the last two years.
#include <fmt/format.h>

#include "helhed/lists/criterion.h"
#include "helhed/lists/share_criterion.h"

namespace helhed::lists {
namespace {

constexpr internal::ShareWording kWording = {
    "færre dømte beboere",
    "flere dømte beboere",
    "andelen",
};

class Convicted final : public Criterion {
 public:
  std::string_view id() const override { return "convicted"; }
  std::string_view label() const override { return "Dømte for overtrædelse af straffeloven, våbenloven eller lov om euforiserende stoffer"; }
  bool counted() const override { return true; }

  StatusOr<CriterionResult> Evaluate(const AreaInput& area, const ListRules& rules) const override {
    const CriterionRule* rule = rules.FindCriterion("convicted");
    const std::optional<Rational> national =
        area.national_convicted_share.has_value() ? area.national_convicted_share : rules.national_convicted_share;
    if (!national.has_value()) {
      return FailedPreconditionError(fmt::format(
          "landsgennemsnittet for andelen af dømte er ikke kendt for listeåret {}; angiv det med "
          "--national-convicted (fx 0,76) eller i kolonnen national_convicted_share",
          rules.list_year));
    }
    // The thresholds are multiples of the national share ("mindst 3 gange").
    CriterionResult result = internal::EvaluateShareCriterion(area.convicted, rule->two_year, "udsat", rule->vulnerable,
                                                              rule->prevention, *national, rules.two_year_method, kWording);
    result.id = id();
    result.label = label();
    return result;
  }
};

}  // namespace

std::unique_ptr<Criterion> MakeConvicted() { return std::make_unique<Convicted>(); }

}  // namespace helhed::lists
