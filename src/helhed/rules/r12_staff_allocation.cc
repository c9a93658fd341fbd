// SPDX-License-Identifier: Apache-2.0
// R12: per staff function (function + employer) across all delaftaler, the
// total is at most 100 % of a position per person (hours count against the
// pack's contracted hours, 37 h/week); a fully LBF-funded function should
// reach 100 %. Lines marked shared_with count once, at their largest amount.
// A single line above one position without a stated number of persons is a
// pool whose size the plan does not say (Fredericia's "222 timer pr. uge fra
// Fredericia Jobcenter"): that asks for `persons` instead of calling it
// over-allocated.
#include <algorithm>
#include <optional>
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
constexpr std::string_view kPersons = "R12.staff_persons_missing";
constexpr std::string_view kCodes[] = {kOver, kUnder, kPersons};

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
    std::optional<int> persons;  // the largest number stated on any line
    std::string parts;
    for (const Line& line : lines) {
      if (line.staff->persons && *line.staff->persons >= 1) persons = std::max(persons.value_or(1), *line.staff->persons);
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
    const double capacity = 100.0 * persons.value_or(1);
    if (!persons && lines.size() == 1 && total > 100.0 + kSlack) {
      sink.Add(kPersons, lines.front().pointer + "/amount",
               who + " har " + internal::ValueText(*first.amount) + " i delaftalen for " + Quote(lines.front().sub->focus_area) +
                   ", svarende til " + Num(total / 100.0, 1) +
                   " fuldtidsstillinger. Angiv, hvor mange personer funktionen dækker (persons), så det kan tjekkes, at "
                   "ingen er sat til mere end en fuld stilling.");
      return;
    }
    if (total > capacity + kSlack) {
      const std::string limit = persons ? Num(*persons) + " personer, hver højst 100 % (" +
                                              Num(pack.contracted_hours_per_week) + " timer/uge)"
                                        : "Højst 100 % (" + Num(pack.contracted_hours_per_week) + " timer/uge) pr. funktion";
      sink.Add(kOver, lines.front().pointer + "/amount",
               who + " er sat til " + Num(total, 1) + " % af en fuld stilling i alt på tværs af delaftalerne (" + parts +
                   "). " + limit + "; deles timerne mellem delaftaler, så angiv det med shared_with.");
    } else if (all_lbf && total < capacity - kSlack) {
      sink.Add(kUnder, lines.front().pointer + "/amount",
               who + " betales af Landsbyggefonden, men er kun sat til " + Num(total, 1) +
                   " % af en fuld stilling i alt (" + parts + "). En fuldt plan-finansieret funktion bør udgøre " +
                   Num(capacity, 0) + " %.");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeStaffAllocation() { return std::make_unique<StaffAllocation>(); }

}  // namespace helhed::rules
