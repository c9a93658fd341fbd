// SPDX-License-Identifier: Apache-2.0
#include "helhed/rules/check.h"

#include "helhed/rules/registry.h"
#include "helhed/rules/rule.h"

namespace helhed::rules {

bool HasStrategicAgreement(const model::Plan& plan) {
  return plan.period.has_value() || plan.parties.has_value() || plan.overall_goals.has_value() ||
         plan.focus_areas.has_value();
}

std::vector<Finding> CheckPlan(const model::Plan& plan, const GrantFramePack& pack) {
  FindingSink sink(pack);
  // A file with no delaftaler is checked as an (incomplete) agreement, so an
  // empty plan gets its missing parts reported instead of passing.
  const bool only_subs = plan.sub_agreements && !plan.sub_agreements->empty() && !HasStrategicAgreement(plan);
  const RuleContext ctx{plan, pack, !only_subs};
  for (const RuleEntry& entry : AllRules()) {
    const std::unique_ptr<Rule> rule = entry.make();
    rule->Check(ctx, sink);
  }
  return sink.Take();
}

}  // namespace helhed::rules
