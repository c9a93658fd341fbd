// SPDX-License-Identifier: Apache-2.0
// R7 (year): Baseline år is one year, school year or date; it is not after
// the plan start (unless the baseline is declared pending) and not older than
// the pack's maximum age before the start.
#include <memory>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::DateText;
using internal::Quote;

constexpr std::string_view kInvalid = "R7.baseline_year_invalid";
constexpr std::string_view kAfterStart = "R7.baseline_after_start";
constexpr std::string_view kTooOld = "R7.baseline_too_old";
constexpr std::string_view kCodes[] = {kInvalid, kAfterStart, kTooOld};

// The start the baseline is measured against: the agreement's, else the
// delaftale's own (a partial import).
std::optional<Date> StartFor(const RuleContext& ctx, const model::SubAgreement* sub) {
  if (ctx.plan.period && ctx.plan.period->start) return ctx.plan.period->start;
  if (sub != nullptr && sub->period && sub->period->start) return sub->period->start;
  return std::nullopt;
}

bool DeclaredPending(const model::Indicator& indicator) {
  if (!indicator.baselines) return false;
  for (const model::Baseline& baseline : *indicator.baselines) {
    // Pending, or provisional with a declared re-measurement (R6).
    if (baseline.value.status == model::ValueStatus::kPending || baseline.value.remeasure) return true;
  }
  return false;
}

class BaselineYear : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    internal::ForEachIndicator(ctx.plan, [&](const internal::IndicatorSite& site) {
      const model::Indicator& indicator = site.indicator;
      if (internal::IsBlank(indicator.baseline_year)) return;
      const std::string pointer = site.pointer + "/baseline_year";
      const std::string& text = *indicator.baseline_year;
      int first_year = 0;
      const std::optional<int> year = internal::BaselineYear(text, &first_year);
      if (!year) {
        sink.Add(kInvalid, pointer,
                 internal::IndicatorLabel(indicator) + ": Baseline år " + Quote(text) +
                     " kan ikke læses. Skriv ét år (2021), et skoleår (2020/2021) eller en dato (2022-06-01); "
                     "et valg angives i feltet election med type og år.");
        return;
      }
      const std::optional<Date> start = StartFor(ctx, site.sub);
      if (!start) return;
      if (first_year > start->year() && !DeclaredPending(indicator)) {
        sink.Add(kAfterStart, pointer,
                 internal::IndicatorLabel(indicator) + ": Baseline år " + text + " ligger efter planens start (" +
                     DateText(*start) + "). En baseline måles før indsatsen begynder, medmindre en senere måling er aftalt (status pending eller remeasure).");
      } else if (start->year() - *year > ctx.pack.baseline_max_age_years) {
        sink.Add(kTooOld, pointer,
                 internal::IndicatorLabel(indicator) + ": Baseline år " + text + " er " +
                     std::to_string(start->year() - *year) + " år før planens start (" + DateText(*start) +
                     "); en baseline må højst være " + std::to_string(ctx.pack.baseline_max_age_years) + " år gammel.");
      }
    });
  }
};

}  // namespace

std::unique_ptr<Rule> MakeBaselineYear() { return std::make_unique<BaselineYear>(); }

}  // namespace helhed::rules
