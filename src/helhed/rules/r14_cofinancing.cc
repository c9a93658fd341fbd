// SPDX-License-Identifier: Apache-2.0
// R14 (co-financing): the local share of the whole budget meets the frame's
// minimum (a pack value: 25 %, for 2019-26 still to be confirmed). The
// minimum applies to the plan, so an area below it is only a warning.
#include <cstdint>
#include <map>
#include <memory>
#include <vector>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::Num;
using internal::Quote;

constexpr std::string_view kBelow = "R14.cofinancing_below_minimum";
constexpr std::string_view kAreaLow = "R14.cofinancing_area_low";
constexpr std::string_view kCodes[] = {kBelow, kAreaLow};

struct Money {
  std::int64_t lbf = 0;
  std::int64_t local = 0;
  double LocalPercent() const { return 100.0 * static_cast<double>(local) / static_cast<double>(lbf + local); }
};

std::string Kr(std::int64_t amount) { return Num(static_cast<double>(amount)) + " kr."; }

std::string Minimum(const GrantFramePack& pack) {
  return Num(pack.min_local_cofinancing_percent) + " %" +
         (pack.min_local_cofinancing_confirmed ? std::string() : std::string(" (kravet er endnu ikke bekræftet)"));
}

class Cofinancing : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    const double minimum = ctx.pack.min_local_cofinancing_percent;
    if (ctx.plan.budget && ctx.plan.budget->lines) {
      Money total;
      std::vector<std::string> order;
      std::map<std::string, Money> areas;
      std::map<std::string, size_t> first_line;
      for (size_t idx = 0; idx < ctx.plan.budget->lines->size(); ++idx) {
        const model::BudgetLine& line = (*ctx.plan.budget->lines)[idx];
        total.lbf += line.lbf_dkk;
        total.local += line.local_dkk;
        if (!line.focus_area) continue;
        if (!areas.contains(*line.focus_area)) {
          order.push_back(*line.focus_area);
          first_line[*line.focus_area] = idx;
        }
        areas[*line.focus_area].lbf += line.lbf_dkk;
        areas[*line.focus_area].local += line.local_dkk;
      }
      // A partial plan's budget covers only its delaftaler, not the plan.
      if (ctx.has_parent && total.lbf + total.local > 0 && total.LocalPercent() < minimum) {
        sink.Add(kBelow, "/budget",
                 "Den lokale medfinansiering er " + Num(total.LocalPercent(), 1) + " % af budgettet (" + Kr(total.local) +
                     " af " + Kr(total.lbf + total.local) + "); støtterammen " + ctx.pack.id + " kræver mindst " +
                     Minimum(ctx.pack) + ".");
      }
      for (const std::string& area : order) {
        const Money& money = areas[area];
        if (money.lbf + money.local == 0 || money.LocalPercent() >= minimum) continue;
        sink.Add(kAreaLow, "/budget/lines/" + std::to_string(first_line[area]),
                 "Indsatsområdet " + Quote(area) + " har kun " + Num(money.LocalPercent(), 1) +
                     " % lokal medfinansiering (" + Kr(money.local) + " af " + Kr(money.lbf + money.local) +
                     "). Kravet på " + Minimum(ctx.pack) + " gælder hele planen, så tjek, at andre områder dækker forskellen.");
      }
      return;
    }
    // Without a budget, a delaftale's stated share is all there is (Aalborg).
    if (!ctx.plan.sub_agreements) return;
    for (size_t idx = 0; idx < ctx.plan.sub_agreements->size(); ++idx) {
      const model::SubAgreement& sub = (*ctx.plan.sub_agreements)[idx];
      if (!sub.budget_share || !sub.budget_share->lbf_dkk || !sub.budget_share->local_dkk) continue;
      const Money money{*sub.budget_share->lbf_dkk, *sub.budget_share->local_dkk};
      if (money.lbf + money.local == 0 || money.LocalPercent() >= minimum) continue;
      sink.Add(kAreaLow, "/sub_agreements/" + std::to_string(idx) + "/budget_share",
               "Indsatsområdet " + Quote(sub.focus_area) + " har kun " + Num(money.LocalPercent(), 1) +
                   " % lokal medfinansiering (" + Kr(money.local) + " af " + Kr(money.lbf + money.local) +
                   "). Kravet på " + Minimum(ctx.pack) + " gælder hele planen, så tjek, at andre områder dækker forskellen.");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeCofinancing() { return std::make_unique<Cofinancing>(); }

}  // namespace helhed::rules
