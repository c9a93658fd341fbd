// SPDX-License-Identifier: Apache-2.0
// The rule registry: one static table of every plan rule, in the order
// CheckPlan runs them. Grepping a rule's name leads to its file.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/rules/rule.h"

namespace helhed::rules {

struct RuleEntry {
  std::string_view name;  // e.g. "period_containment"
  std::unique_ptr<Rule> (*make)();
};

std::span<const RuleEntry> AllRules();

// Every code any registered rule may emit, in registry order; each pack's
// "rules" section must name exactly these (docs/rules.md documents them).
std::vector<std::string> AllRuleCodes();

}  // namespace helhed::rules
