// SPDX-License-Identifier: Apache-2.0
#include "helhed/lists/rules.h"

namespace helhed::lists {

std::string CategoryId(Category category) {
  switch (category) {
    case Category::kNone:
      return "none";
    case Category::kPrevention:
      return "forebyggelse";
    case Category::kVulnerable:
      return "udsat";
    case Category::kParallel:
      return "parallelsamfund";
    case Category::kTransformation:
      return "omdannelse";
    case Category::kUndetermined:
      return "uafklaret";
  }
  return "uafklaret";
}

const CriterionRule* ListRules::FindCriterion(const std::string& id) const {
  for (const auto& rule : criteria) {
    if (rule.id == id) return &rule;
  }
  return nullptr;
}

}  // namespace helhed::lists
