// SPDX-License-Identifier: Apache-2.0
// R1 (first half): the strategic agreement and every delaftale have a full
// start and end date, the end not before the start. Year-only ("2023-2026")
// and start-only periods are kept in `as_written` and reported here.
#include <memory>

#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::DateText;
using internal::Quote;

constexpr std::string_view kCode = "R1.period_incomplete";
constexpr std::string_view kCodes[] = {kCode};

// `owner` is "Samarbejdsaftalen" or "Delaftalen for \"X\""; `label` the
// template label of the period field.
void CheckPeriod(const std::optional<model::Period>& period, const std::string& owner,
                 std::string_view label, const std::string& pointer, FindingSink& sink) {
  if (!period) {
    sink.Add(kCode, pointer,
             owner + " har ingen periode (" + std::string(label) + "). Angiv start- og slutdato.");
    return;
  }
  const std::string written =
      period->as_written ? "; der står kun " + Quote(*period->as_written) : std::string();
  if (!period->start && !period->end) {
    sink.Add(kCode, pointer,
             owner + " har hverken fuld start- eller slutdato (" + std::string(label) + ")" + written +
                 ". Angiv begge datoer som ÅÅÅÅ-MM-DD.");
  } else if (!period->start) {
    sink.Add(kCode, pointer + "/start",
             owner + " har ingen fuld startdato (" + std::string(label) + ")" + written + ".");
  } else if (!period->end) {
    sink.Add(kCode, pointer + "/end",
             owner + " har ingen fuld slutdato (" + std::string(label) + ")" + written +
                 ". Uden slutdato kan det ikke tjekkes, at den ligger inden for tilskuddets periode.");
  } else if (*period->end < *period->start) {
    sink.Add(kCode, pointer + "/end",
             owner + " slutter " + DateText(*period->end) + ", før den begynder (" +
                 DateText(*period->start) + ") (" + std::string(label) + ").");
  }
}

class PeriodComplete : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    if (ctx.has_parent) {
      CheckPeriod(ctx.plan.period, "Samarbejdsaftalen", "Samarbejdsaftalen gælder fra - til", "/period", sink);
    }
    if (!ctx.plan.sub_agreements) return;
    for (size_t idx = 0; idx < ctx.plan.sub_agreements->size(); ++idx) {
      const model::SubAgreement& sub = (*ctx.plan.sub_agreements)[idx];
      CheckPeriod(sub.period, "Delaftalen for " + Quote(sub.focus_area), "Delaftalen gælder fra - til",
                  "/sub_agreements/" + std::to_string(idx) + "/period", sink);
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakePeriodComplete() { return std::make_unique<PeriodComplete>(); }

}  // namespace helhed::rules
