// SPDX-License-Identifier: Apache-2.0
// R12: per staff function (function + employer) across all delaftaler, the
// total is at most 100 % of a position (hours count against the pack's
// contracted hours, 37 h/week); a fully LBF-funded function should reach
// 100 %. Lines marked shared_with count once, at their largest amount.
#include <algorithm>
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

constexpr std::string_view kOver = "R12.staff_over_allocated";
constexpr std::string_view kUnder = "R12.staff_under_allocated";
constexpr std::string_view kCodes[] = {kOver, kUnder};

struct Line {
  const model::Staff* staff;
  const model::SubAgreement* sub;
  std::string pointer;
  double percent;
};

std::optional<double> Percent(const model::Value& amount, double contracted_hours) {
  if (!amount.value) return std::nullopt;
  switch (amount.unit) {
    case model::Unit::kHoursPerWeek:
      return *amount.value / contracted_hours * 100.0;
    case model::Unit::kPercentOfPosition:
      return *amount.value;
    case model::Unit::kFte:
      return *amount.value * 100.0;
    default:
      return std::nullopt;
  }
}

class StaffAllocation : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    if (!ctx.plan.sub_agreements) return;
    std::vector<std::string> order;  // first-seen order keeps the output stable
    std::map<std::string, std::vector<Line>> groups;
    for (size_t sub_idx = 0; sub_idx < ctx.plan.sub_agreements->size(); ++sub_idx) {
      const model::SubAgreement& sub = (*ctx.plan.sub_agreements)[sub_idx];
      if (!sub.staff) continue;
      for (size_t idx = 0; idx < sub.staff->size(); ++idx) {
        const model::Staff& staff = (*sub.staff)[idx];
        if (!staff.amount) continue;
        const std::optional<double> percent = Percent(*staff.amount, ctx.pack.contracted_hours_per_week);
        if (!percent) continue;
        const std::string key =
            internal::Normalise(staff.function) + "|" + internal::Normalise(staff.organisation.value_or(""));
        if (!groups.contains(key)) order.push_back(key);
        groups[key].push_back(
            {&staff, &sub, "/sub_agreements/" + std::to_string(sub_idx) + "/staff/" + std::to_string(idx), *percent});
      }
    }
    for (const std::string& key : order) Report(groups[key], ctx.pack, sink);
  }

 private:
  static void Report(const std::vector<Line>& lines, const GrantFramePack& pack, FindingSink& sink) {
    double additional = 0;
    double shared = 0;
    bool all_lbf = true;
    std::string parts;
    for (const Line& line : lines) {
      if (line.staff->shared_with && !line.staff->shared_with->empty()) {
        shared = std::max(shared, line.percent);
      } else {
        additional += line.percent;
      }
      all_lbf = all_lbf && line.staff->financing == model::Financing::kLbf;
      if (!parts.empty()) parts += "; ";
      parts += line.sub->focus_area + ": " + internal::ValueText(*line.staff->amount);
    }
    const double total = additional + shared;
    const model::Staff& first = *lines.front().staff;
    const std::string who = "Funktionen " + Quote(first.function) +
                            (first.organisation ? " (" + *first.organisation + ")" : std::string());
    constexpr double kSlack = 0.05;  // rounding in hours-to-percent conversions
    if (total > 100.0 + kSlack) {
      sink.Add(kOver, lines.front().pointer + "/amount",
               who + " er sat til " + Num(total, 1) + " % af en fuld stilling i alt på tværs af delaftalerne (" + parts +
                   "). Højst 100 % (" + Num(pack.contracted_hours_per_week) +
                   " timer/uge) pr. funktion; deles timerne mellem delaftaler, så angiv det med shared_with.");
    } else if (all_lbf && total < 100.0 - kSlack) {
      sink.Add(kUnder, lines.front().pointer + "/amount",
               who + " betales af Landsbyggefonden, men er kun sat til " + Num(total, 1) +
                   " % af en fuld stilling i alt (" + parts + "). En fuldt plan-finansieret funktion bør udgøre 100 %.");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeStaffAllocation() { return std::make_unique<StaffAllocation>(); }

}  // namespace helhed::rules
