// SPDX-License-Identifier: Apache-2.0
// R8 (empty rows): every delmål has text and at least one indicator, and
// every indicator has a name.
#include <memory>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::Quote;

constexpr std::string_view kCode = "R8.goal_empty";
constexpr std::string_view kCopies = "R8.goal_copies_fixed_goal";
constexpr std::string_view kCodes[] = {kCode, kCopies};

// The fixed goal whose wording the delmål repeats, if any.
const FixedGoalDef* CopiedGoal(const GrantFramePack& pack, const std::string& text) {
  const std::string wanted = internal::Normalise(text);
  if (wanted.empty()) return nullptr;
  for (const FixedGoalDef& goal : pack.fixed_goals) {
    const std::string fixed = internal::Normalise(goal.text);
    // Vejle's "Børn og unge skal støttes i et liv uden kriminalitet" is the
    // first half of G3: a prefix of the fixed goal counts as a copy.
    if (fixed == wanted || (fixed.starts_with(wanted) && wanted.size() * 2 >= fixed.size())) return &goal;
  }
  return nullptr;
}

class GoalRows : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    if (!ctx.plan.sub_agreements) return;
    for (size_t sub_idx = 0; sub_idx < ctx.plan.sub_agreements->size(); ++sub_idx) {
      const model::SubAgreement& sub = (*ctx.plan.sub_agreements)[sub_idx];
      if (!sub.goals) continue;
      for (size_t goal_idx = 0; goal_idx < sub.goals->size(); ++goal_idx) {
        const model::Goal& goal = (*sub.goals)[goal_idx];
        const std::string pointer =
            "/sub_agreements/" + std::to_string(sub_idx) + "/goals/" + std::to_string(goal_idx);
        const std::string which = "Delmål nr. " + std::to_string(goal_idx + 1) + " i " + internal::SubLabel(sub);
        if (internal::IsBlank(goal.text)) {
          sink.Add(kCode, pointer + "/text", which + " har ingen tekst (Delmål).");
        } else if (const FixedGoalDef* fixed = CopiedGoal(ctx.pack, goal.text)) {
          sink.Add(kCopies, pointer + "/text",
                   which + " gentager det faste overordnede mål " + fixed->id + " (" + Quote(goal.text) +
                       "). Et delmål er et konkret skridt på vejen mod målet; formulér det lokalt.");
        }
        if (!goal.indicators || goal.indicators->empty()) {
          sink.Add(kCode, pointer + "/indicators",
                   which + " (" + Quote(goal.text) + ") har ingen indikator, så det kan ikke følges op.");
          continue;
        }
        for (size_t ind_idx = 0; ind_idx < goal.indicators->size(); ++ind_idx) {
          if (!internal::IsBlank((*goal.indicators)[ind_idx].name)) continue;
          sink.Add(kCode, pointer + "/indicators/" + std::to_string(ind_idx) + "/name",
                   "Indikator nr. " + std::to_string(ind_idx + 1) + " under delmål nr. " + std::to_string(goal_idx + 1) +
                       " i " + internal::SubLabel(sub) + " har intet navn (Indikator).");
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeGoalRows() { return std::make_unique<GoalRows>(); }

}  // namespace helhed::rules
