// SPDX-License-Identifier: Apache-2.0
// R14 (arithmetic): on every budget line Landsbyggefonden + lokal
// medfinansiering equals the stated total, exactly, and the lines add up to
// the stated plan total. Aalborg: 894.000 + 114.000 = 1.008.000, stated
// 1.107.000.
#include <cstdint>
#include <memory>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::Num;
using internal::Quote;

constexpr std::string_view kLineSum = "R14.line_sum";
constexpr std::string_view kTotalSum = "R14.total_sum";
constexpr std::string_view kCodes[] = {kLineSum, kTotalSum};

std::string Kr(std::int64_t amount) { return Num(static_cast<double>(amount)) + " kr."; }

class BudgetArithmetic : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    if (!ctx.plan.budget) return;
    const model::Budget& budget = *ctx.plan.budget;
    std::int64_t sum = 0;
    if (budget.lines) {
      for (size_t idx = 0; idx < budget.lines->size(); ++idx) {
        const model::BudgetLine& line = (*budget.lines)[idx];
        const std::int64_t line_total = line.lbf_dkk + line.local_dkk;
        sum += line_total;
        if (!line.stated_total_dkk || *line.stated_total_dkk == line_total) continue;
        const std::string area = line.focus_area ? ", " + *line.focus_area : std::string();
        const std::int64_t diff = *line.stated_total_dkk - line_total;
        sink.Add(kLineSum, "/budget/lines/" + std::to_string(idx) + "/stated_total_dkk",
                 "Budgetlinjen " + Quote(line.label) + area + ": Landsbyggefonden " + Kr(line.lbf_dkk) +
                     " + lokal medfinansiering " + Kr(line.local_dkk) + " = " + Kr(line_total) + ", men der står " +
                     Kr(*line.stated_total_dkk) + " i alt (forskel " + Kr(diff < 0 ? -diff : diff) + ").");
      }
    }
    if (budget.stated_total_dkk && *budget.stated_total_dkk != sum) {
      const std::int64_t diff = *budget.stated_total_dkk - sum;
      sink.Add(kTotalSum, "/budget/stated_total_dkk",
               "Budgettets linjer giver tilsammen " + Kr(sum) + ", men budgettets samlede beløb er angivet til " +
                   Kr(*budget.stated_total_dkk) + " (forskel " + Kr(diff < 0 ? -diff : diff) +
                   "). En rest skal stå som en linje med sin egen betegnelse.");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeBudgetArithmetic() { return std::make_unique<BudgetArithmetic>(); }

}  // namespace helhed::rules
