// SPDX-License-Identifier: Apache-2.0
// R7 (elections): a turnout baseline names its election (kommunalvalg or
// folketingsvalg, and the year). Fredericia's F9 does not say which.
#include <memory>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

constexpr std::string_view kCode = "R7.election_missing";
constexpr std::string_view kCodes[] = {kCode};

bool IsTurnout(const GrantFramePack& pack, const model::Indicator& indicator) {
  if (indicator.indicator_id) {
    for (const FixedIndicatorDef& def : pack.fixed_indicators) {
      if (def.id == *indicator.indicator_id) return def.requires_election;
    }
  }
  const std::string name = internal::Normalise(indicator.name);
  for (const std::string& word : pack.turnout_indicator_words) {
    if (name.find(internal::Normalise(word)) != std::string::npos) return true;
  }
  return false;
}

class Election : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    internal::ForEachIndicator(ctx.plan, [&](const internal::IndicatorSite& site) {
      if (site.indicator.election || !IsTurnout(ctx.pack, site.indicator)) return;
      sink.Add(kCode, site.pointer + "/election",
               internal::IndicatorLabel(site.indicator) +
                   " måler valgdeltagelse, men siger ikke, hvilket valg baseline gælder. Angiv valgtype "
                   "(kommunalvalg eller folketingsvalg) og år.");
    });
  }
};

}  // namespace

std::unique_ptr<Rule> MakeElection() { return std::make_unique<Election>(); }

}  // namespace helhed::rules
