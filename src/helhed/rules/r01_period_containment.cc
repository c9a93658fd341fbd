// SPDX-License-Identifier: Apache-2.0
// R1 (second half): a delaftale's period lies within the strategic
// agreement's period and, by default, equals it. Fredericia's U&L delaftale
// ends 30.12.2026 while the agreement ends 31.12.2026.
#include <memory>

#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::DateText;
using internal::Quote;

constexpr std::string_view kOutside = "R1.sub_period_outside";
constexpr std::string_view kDiffers = "R1.sub_period_differs";
constexpr std::string_view kCodes[] = {kOutside, kDiffers};

std::string DayDifference(const Date& a, const Date& b) {
  const long days = a.DaysSinceEpoch() - b.DaysSinceEpoch();
  const long magnitude = days < 0 ? -days : days;
  return std::to_string(magnitude) + (magnitude == 1 ? " dag" : " dage");
}

class PeriodContainment : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    const std::optional<model::Period>& plan_period = ctx.plan.period;
    if (!ctx.has_parent || !plan_period || !plan_period->start || !plan_period->end) return;
    if (!ctx.plan.sub_agreements) return;
    const Date plan_start = *plan_period->start;
    const Date plan_end = *plan_period->end;
    for (size_t idx = 0; idx < ctx.plan.sub_agreements->size(); ++idx) {
      const model::SubAgreement& sub = (*ctx.plan.sub_agreements)[idx];
      if (!sub.period) continue;
      const std::string owner = "Delaftalen for " + Quote(sub.focus_area);
      const std::string pointer = "/sub_agreements/" + std::to_string(idx) + "/period";
      if (sub.period->start) {
        const Date start = *sub.period->start;
        if (start < plan_start) {
          sink.Add(kOutside, pointer + "/start",
                   owner + " begynder " + DateText(start) + ", " + DayDifference(start, plan_start) +
                       " før samarbejdsaftalen (" + DateText(plan_start) +
                       ") (Delaftalen gælder fra - til). En delaftale kan ikke gælde uden for samarbejdsaftalens periode.");
        } else if (start != plan_start) {
          sink.Add(kDiffers, pointer + "/start",
                   owner + " begynder " + DateText(start) + ", " + DayDifference(start, plan_start) +
                       " efter samarbejdsaftalen (" + DateText(plan_start) +
                       ") (Delaftalen gælder fra - til). En delaftale følger som udgangspunkt samarbejdsaftalens periode.");
        }
      }
      if (sub.period->end) {
        const Date end = *sub.period->end;
        if (end > plan_end) {
          sink.Add(kOutside, pointer + "/end",
                   owner + " slutter " + DateText(end) + ", " + DayDifference(end, plan_end) +
                       " efter samarbejdsaftalen (" + DateText(plan_end) +
                       ") (Delaftalen gælder fra - til). En delaftale kan ikke gælde uden for samarbejdsaftalens periode.");
        } else if (end != plan_end) {
          sink.Add(kDiffers, pointer + "/end",
                   owner + " slutter " + DateText(end) + ", " + DayDifference(end, plan_end) +
                       " før samarbejdsaftalen (" + DateText(plan_end) +
                       ") (Delaftalen gælder fra - til). En delaftale følger som udgangspunkt samarbejdsaftalens periode; er det en skrivefejl?");
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakePeriodContainment() { return std::make_unique<PeriodContainment>(); }

}  // namespace helhed::rules
