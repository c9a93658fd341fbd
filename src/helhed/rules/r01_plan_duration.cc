// SPDX-License-Identifier: Apache-2.0
// R1 (duration): a plan runs for about the frame's plan duration (four years
// for 2019-26); the tolerance is a pack parameter.
#include <cmath>
#include <memory>

#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::DateText;
using internal::Num;

constexpr std::string_view kCode = "R1.plan_duration";
constexpr std::string_view kCodes[] = {kCode};

class PlanDuration : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    const std::optional<model::Period>& period = ctx.plan.period;
    if (!ctx.has_parent || !period || !period->start || !period->end || *period->end < *period->start) return;
    // The end date is inclusive: 01.01.2023-31.12.2026 is four whole years.
    const double years = YearsBetween(*period->start, period->end->AddDays(1));
    if (std::abs(years - ctx.pack.plan_duration_years) <= ctx.pack.plan_duration_tolerance_years) return;
    sink.Add(kCode, "/period",
             "Samarbejdsaftalen løber ca. " + Num(years) + " år (" + DateText(*period->start) + " - " +
                 DateText(*period->end) + "), men en plan under støtterammen " + ctx.pack.id +
                 " løber omkring " + Num(ctx.pack.plan_duration_years) + " år.");
  }
};

}  // namespace

std::unique_ptr<Rule> MakePlanDuration() { return std::make_unique<PlanDuration>(); }

}  // namespace helhed::rules
