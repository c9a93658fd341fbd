// SPDX-License-Identifier: Apache-2.0
// R5 (units): a baseline value carries the unit its indicator measures, and a
// fixed indicator keeps the unit the pack gives it. Fredericia writes grade
// averages as "7,2 %": a grade value typed as a share under a grade indicator.
#include <memory>

#include "helhed/model/enum_names.h"
#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::Quote;
using internal::UnitDanish;
using internal::ValueText;

constexpr std::string_view kCode = "R5.unit_mismatch";
constexpr std::string_view kCodes[] = {kCode};

const FixedIndicatorDef* FindFixed(const GrantFramePack& pack, const model::Indicator& indicator) {
  if (!indicator.indicator_id) return nullptr;
  for (const FixedIndicatorDef& def : pack.fixed_indicators) {
    if (def.id == *indicator.indicator_id) return &def;
  }
  return nullptr;
}

void CheckBaselines(const std::optional<std::vector<model::Baseline>>& baselines, std::string_view key,
                    model::Unit expected, const internal::IndicatorSite& site, FindingSink& sink) {
  if (!baselines) return;
  for (size_t idx = 0; idx < baselines->size(); ++idx) {
    const model::Baseline& baseline = (*baselines)[idx];
    if (!baseline.value.value || baseline.value.unit == expected) continue;
    const std::string where = baseline.area ? " (" + *baseline.area + ")" : std::string();
    sink.Add(kCode, site.pointer + "/" + std::string(key) + "/" + std::to_string(idx) + "/value/unit",
             "Baseline for " + Quote(site.indicator.name) + where + " er angivet som " +
                 ValueText(baseline.value) + " (" + std::string(UnitDanish(baseline.value.unit)) +
                 "), men indikatoren måles som " + std::string(UnitDanish(expected)) + ".");
  }
}

class Units : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    internal::ForEachIndicator(ctx.plan, [&](const internal::IndicatorSite& site) {
      const model::Indicator& indicator = site.indicator;
      const FixedIndicatorDef* fixed = FindFixed(ctx.pack, indicator);
      std::optional<model::Unit> expected = indicator.unit;
      if (fixed != nullptr) {
        if (indicator.unit && *indicator.unit != fixed->unit) {
          sink.Add(kCode, site.pointer + "/unit",
                   "Den faste indikator " + fixed->id + " måles som " + std::string(UnitDanish(fixed->unit)) +
                       ", men er angivet som " + std::string(UnitDanish(*indicator.unit)) + ".");
        }
        expected = fixed->unit;
      }
      if (!expected) return;
      CheckBaselines(indicator.baselines, "baselines", *expected, site, sink);
      CheckBaselines(indicator.other_baselines, "other_baselines", *expected, site, sink);
    });
  }
};

}  // namespace

std::unique_ptr<Rule> MakeUnits() { return std::make_unique<Units>(); }

}  // namespace helhed::rules
