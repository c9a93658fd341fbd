// SPDX-License-Identifier: Apache-2.0
// R4 (baselines): each fixed indicator has Baseline boligområde, Baseline
// kommune (evt. andet), Baseline år and Datakilde. Fredericia's F7 has no
// Baseline år.
#include <memory>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

constexpr std::string_view kCode = "R4.baseline_incomplete";
constexpr std::string_view kCodes[] = {kCode};

class FixedBaselines : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    internal::ForEachIndicator(ctx.plan, [&](const internal::IndicatorSite& site) {
      const model::Indicator& indicator = site.indicator;
      if (site.sub != nullptr || !indicator.indicator_id) return;
      const std::string who = "Den faste indikator " + *indicator.indicator_id;
      if (!indicator.baselines || indicator.baselines->empty()) {
        sink.Add(kCode, site.pointer + "/baselines", who + " mangler Baseline boligområde.");
      }
      if (!indicator.other_baselines || indicator.other_baselines->empty()) {
        sink.Add(kCode, site.pointer + "/other_baselines", who + " mangler Baseline kommune (evt. andet).");
      }
      if (internal::IsBlank(indicator.baseline_year)) {
        sink.Add(kCode, site.pointer + "/baseline_year",
                 who + " mangler Baseline år. Uden år kan udviklingen ikke følges fra et kendt udgangspunkt.");
      }
      if (internal::IsBlank(indicator.source)) {
        sink.Add(kCode, site.pointer + "/source", who + " mangler Datakilde.");
      }
    });
  }
};

}  // namespace

std::unique_ptr<Rule> MakeFixedBaselines() { return std::make_unique<FixedBaselines>(); }

}  // namespace helhed::rules
