// SPDX-License-Identifier: Apache-2.0
// R13: staff hours can only be reconciled with the budget when there is one;
// a plan with staff resources and no budget gets "budget missing" rather than
// a silent pass (Fredericia's budget is listed but absent).
#include <memory>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

constexpr std::string_view kCode = "R13.budget_missing";
constexpr std::string_view kCodes[] = {kCode};

class BudgetReconciliation : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    if (!ctx.has_parent || ctx.plan.budget || !ctx.plan.sub_agreements) return;
    size_t lines = 0;
    size_t subs = 0;
    for (const model::SubAgreement& sub : *ctx.plan.sub_agreements) {
      if (!sub.staff || sub.staff->empty()) continue;
      lines += sub.staff->size();
      ++subs;
    }
    if (lines == 0) return;
    sink.Add(kCode, "/budget",
             "Planen har " + std::to_string(lines) + " medarbejderressourcer i " + std::to_string(subs) +
                 (subs == 1 ? " delaftale" : " delaftaler") +
                 ", men intet budget; timer og beløb kan derfor ikke afstemmes med budgettet.");
  }
};

}  // namespace

std::unique_ptr<Rule> MakeBudgetReconciliation() { return std::make_unique<BudgetReconciliation>(); }

}  // namespace helhed::rules
