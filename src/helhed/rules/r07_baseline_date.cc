// SPDX-License-Identifier: Apache-2.0
// R7 (contradiction): a date written in a baseline cell agrees with Baseline
// år. Fredericia's FB4 cell says "pr. 1.6.2002" under Baseline år 2022.
#include <memory>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::DateText;

constexpr std::string_view kCode = "R7.baseline_date_contradiction";
constexpr std::string_view kCodes[] = {kCode};

void CheckList(const std::optional<std::vector<model::Baseline>>& baselines, std::string_view key, int first_year,
               int year, const internal::IndicatorSite& site, FindingSink& sink) {
  if (!baselines) return;
  for (size_t idx = 0; idx < baselines->size(); ++idx) {
    const model::Baseline& baseline = (*baselines)[idx];
    if (!baseline.date) continue;
    const int date_year = baseline.date->year();
    if (date_year == year || date_year == first_year) continue;
    const std::string where = baseline.area ? " (" + *baseline.area + ")" : std::string();
    sink.Add(kCode, site.pointer + "/" + std::string(key) + "/" + std::to_string(idx) + "/date",
             internal::IndicatorLabel(site.indicator) + ": baseline" + where + " er dateret " +
                 DateText(*baseline.date) + ", men Baseline år er " + *site.indicator.baseline_year +
                 ". Den ene af dem er forkert.");
  }
}

class BaselineDate : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    internal::ForEachIndicator(ctx.plan, [&](const internal::IndicatorSite& site) {
      if (!site.indicator.baseline_year) return;
      int first_year = 0;
      const std::optional<int> year = internal::BaselineYear(*site.indicator.baseline_year, &first_year);
      if (!year) return;  // R7.baseline_year_invalid reports it
      CheckList(site.indicator.baselines, "baselines", first_year, *year, site, sink);
      CheckList(site.indicator.other_baselines, "other_baselines", first_year, *year, site, sink);
    });
  }
};

}  // namespace

std::unique_ptr<Rule> MakeBaselineDate() { return std::make_unique<BaselineDate>(); }

}  // namespace helhed::rules
