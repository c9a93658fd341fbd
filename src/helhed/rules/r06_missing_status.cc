// SPDX-License-Identifier: Apache-2.0
// R6: a delmål indicator without any baseline, or a baseline cell with
// neither a number nor a status, must say why (not_available, pending, ...).
// Fixed indicators are left to R4, which names the missing column.
#include <memory>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

constexpr std::string_view kCode = "R6.baseline_missing";
constexpr std::string_view kCodes[] = {kCode};

class MissingStatus : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    internal::ForEachIndicator(ctx.plan, [&](const internal::IndicatorSite& site) {
      if (site.sub == nullptr) return;
      const model::Indicator& indicator = site.indicator;
      const std::string who = internal::IndicatorLabel(indicator) + " i " + internal::SubLabel(*site.sub);
      if (!indicator.baselines || indicator.baselines->empty()) {
        sink.Add(kCode, site.pointer + "/baselines",
                 who + " har ingen baseline (Baseline boligområde/målgruppe). Angiv en værdi eller en status "
                       "(not_available, suppressed, not_measured, pending eller not_applicable).");
        return;
      }
      for (size_t idx = 0; idx < indicator.baselines->size(); ++idx) {
        const model::Value& value = (*indicator.baselines)[idx].value;
        if (value.value || value.status) continue;
        sink.Add(kCode, site.pointer + "/baselines/" + std::to_string(idx) + "/value",
                 who + " har en baseline uden værdi og uden status. Angiv, hvorfor der ikke er et tal.");
      }
    });
  }
};

}  // namespace

std::unique_ptr<Rule> MakeMissingStatus() { return std::make_unique<MissingStatus>(); }

}  // namespace helhed::rules
