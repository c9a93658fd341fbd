// SPDX-License-Identifier: Apache-2.0
// R5 (impossible values): a share lies in 0-100 % and its numerator does not
// exceed its denominator, a grade average lies on the 7-point scale (-3 to
// 12), and counts, rates, amounts and hours are not negative.
#include <memory>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::Num;
using internal::Quote;
using internal::ValueText;

constexpr std::string_view kCode = "R5.value_out_of_range";
constexpr std::string_view kCodes[] = {kCode};

// The reason a value is impossible, or "" when it is fine.
std::string Problem(const model::Value& value) {
  if (value.numerator && value.denominator && value.unit == model::Unit::kShare &&
      *value.numerator > *value.denominator) {
    return "tælleren (" + Num(*value.numerator) + ") er større end nævneren (" + Num(*value.denominator) + ")";
  }
  if (!value.value) return "";
  const double number = *value.value;
  switch (value.unit) {
    case model::Unit::kShare:
      if (number < 0 || number > 100) return "en andel ligger mellem 0 og 100 %";
      break;
    case model::Unit::kGrade:
      if (number < -3 || number > 12) return "et karaktergennemsnit på 7-trinsskalaen ligger mellem -3 og 12";
      break;
    default:
      if (number < 0) return "værdien kan ikke være negativ";
      break;
  }
  return "";
}

void CheckList(const std::optional<std::vector<model::Baseline>>& baselines, std::string_view key,
               const internal::IndicatorSite& site, FindingSink& sink) {
  if (!baselines) return;
  for (size_t idx = 0; idx < baselines->size(); ++idx) {
    const model::Value& value = (*baselines)[idx].value;
    const std::string problem = Problem(value);
    if (problem.empty()) continue;
    sink.Add(kCode, site.pointer + "/" + std::string(key) + "/" + std::to_string(idx) + "/value",
             "Baseline for " + Quote(site.indicator.name) + " er " + ValueText(value) + ", men " + problem + ".");
  }
}

class ValueRange : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    internal::ForEachIndicator(ctx.plan, [&](const internal::IndicatorSite& site) {
      CheckList(site.indicator.baselines, "baselines", site, sink);
      CheckList(site.indicator.other_baselines, "other_baselines", site, sink);
    });
    if (!ctx.plan.sub_agreements) return;
    for (size_t sub_idx = 0; sub_idx < ctx.plan.sub_agreements->size(); ++sub_idx) {
      const model::SubAgreement& sub = (*ctx.plan.sub_agreements)[sub_idx];
      if (!sub.staff) continue;
      for (size_t idx = 0; idx < sub.staff->size(); ++idx) {
        const model::Staff& staff = (*sub.staff)[idx];
        if (!staff.amount) continue;
        const std::string problem = Problem(*staff.amount);
        if (problem.empty()) continue;
        sink.Add(kCode,
                 "/sub_agreements/" + std::to_string(sub_idx) + "/staff/" + std::to_string(idx) + "/amount",
                 "Medarbejderressourcen " + Quote(staff.function) + " er " + ValueText(*staff.amount) + ", men " +
                     problem + ".");
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeValueRange() { return std::make_unique<ValueRange>(); }

}  // namespace helhed::rules
