// SPDX-License-Identifier: Apache-2.0
// R26: a target change says whether it is relative (percent of the baseline)
// or absolute (percentage points); "reduceres med 5 %" is ambiguous.
#include <memory>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

constexpr std::string_view kCode = "R26.change_kind_missing";
constexpr std::string_view kCodes[] = {kCode};

class ChangeKind : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    internal::ForEachIndicator(ctx.plan, [&](const internal::IndicatorSite& site) {
      const std::optional<model::Target>& target = site.indicator.target;
      if (!target || !target->change || target->change_kind) return;
      const std::string written = target->text ? " (" + internal::Quote(*target->text) + ")" : std::string();
      sink.Add(kCode, site.pointer + "/target/change_kind",
               internal::IndicatorLabel(site.indicator) + ": målet om en ændring på " + internal::Num(*target->change) +
                   written + " siger ikke, om ændringen er relativ (procent af udgangspunktet) eller absolut (procentpoint).");
    });
  }
};

}  // namespace

std::unique_ptr<Rule> MakeChangeKind() { return std::make_unique<ChangeKind>(); }

}  // namespace helhed::rules
