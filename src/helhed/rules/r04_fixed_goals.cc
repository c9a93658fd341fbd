// SPDX-License-Identifier: Apache-2.0
// R4 (table): all fixed indicators of the frame (F1-F9 for 2019-26) are in
// section 5, and goal and indicator texts match the fixed wording after
// normalisation; a known local suffix (F8's ", beboere som har svaret meget
// tit.") is only a warning.
#include <memory>
#include <set>

#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::Normalise;
using internal::Quote;

constexpr std::string_view kMissing = "R4.fixed_indicator_missing";
constexpr std::string_view kGoalWording = "R4.goal_wording_differs";
constexpr std::string_view kIndicatorWording = "R4.indicator_wording_differs";
constexpr std::string_view kSuffix = "R4.indicator_wording_suffix";
constexpr std::string_view kCodes[] = {kMissing, kGoalWording, kIndicatorWording, kSuffix};

const FixedGoalDef* FindGoal(const GrantFramePack& pack, const model::OverallGoal& goal) {
  for (const FixedGoalDef& def : pack.fixed_goals) {
    if (goal.goal_id ? def.id == *goal.goal_id : Normalise(def.text) == Normalise(goal.text)) return &def;
  }
  return nullptr;
}

const FixedIndicatorDef* FindIndicator(const GrantFramePack& pack, std::string_view id) {
  for (const FixedIndicatorDef& def : pack.fixed_indicators) {
    if (def.id == id) return &def;
  }
  return nullptr;
}

void CheckIndicatorWording(const FixedIndicatorDef& def, const model::Indicator& indicator,
                           const std::string& pointer, FindingSink& sink) {
  const std::string written = Normalise(indicator.name);
  const std::string fixed = Normalise(def.text);
  if (written == fixed) return;
  if (written.starts_with(fixed + " ")) {
    const std::string rest = written.substr(fixed.size() + 1);
    for (const std::string& suffix : def.accepted_suffixes) {
      if (Normalise(suffix) == rest) {
        sink.Add(kSuffix, pointer + "/name",
                 "Den faste indikator " + def.id + " har en lokal tilføjelse til den faste formulering: " +
                     Quote(indicator.name) + ". Tjek, at målingen stadig er Landsbyggefondens indikator " +
                     Quote(def.text) + ".");
        return;
      }
    }
  }
  sink.Add(kIndicatorWording, pointer + "/name",
           "Den faste indikator " + def.id + " er formuleret anderledes end Landsbyggefondens faste indikator. Der står " +
               Quote(indicator.name) + "; den faste formulering er " + Quote(def.text) + ".");
}

class FixedGoals : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    if (!ctx.has_parent || ctx.pack.fixed_indicators.empty()) return;
    std::set<std::string> present;
    if (ctx.plan.overall_goals) {
      for (size_t goal_idx = 0; goal_idx < ctx.plan.overall_goals->size(); ++goal_idx) {
        const model::OverallGoal& goal = (*ctx.plan.overall_goals)[goal_idx];
        const std::string goal_pointer = "/overall_goals/" + std::to_string(goal_idx);
        const FixedGoalDef* goal_def = FindGoal(ctx.pack, goal);
        if (goal_def == nullptr) {
          sink.Add(kGoalWording, goal_pointer + "/text",
                   "Det overordnede mål " + Quote(goal.goal_id.value_or(goal.text)) +
                       " er ikke et af støtterammens faste mål (afsnit 5, Overordnede mål og indikatorer).");
        } else if (Normalise(goal.text) != Normalise(goal_def->text)) {
          sink.Add(kGoalWording, goal_pointer + "/text",
                   "Målet " + goal_def->id + " er formuleret anderledes end det faste mål. Der står " + Quote(goal.text) +
                       "; det faste mål lyder " + Quote(goal_def->text) + ".");
        }
        if (!goal.indicators) continue;
        for (size_t ind_idx = 0; ind_idx < goal.indicators->size(); ++ind_idx) {
          const model::Indicator& indicator = (*goal.indicators)[ind_idx];
          if (!indicator.indicator_id) continue;
          const std::string pointer = goal_pointer + "/indicators/" + std::to_string(ind_idx);
          const FixedIndicatorDef* def = FindIndicator(ctx.pack, *indicator.indicator_id);
          if (def == nullptr) {
            sink.Add(kIndicatorWording, pointer + "/indicator_id",
                     Quote(*indicator.indicator_id) + " er ikke en af støtterammens faste indikatorer.");
            continue;
          }
          present.insert(def->id);
          CheckIndicatorWording(*def, indicator, pointer, sink);
        }
      }
    }
    for (const FixedIndicatorDef& def : ctx.pack.fixed_indicators) {
      if (present.contains(def.id)) continue;
      sink.Add(kMissing, "/overall_goals",
               "Den faste indikator " + def.id + " (" + Quote(def.text) +
                   ") mangler i afsnit 5 (Overordnede mål og indikatorer).");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeFixedGoals() { return std::make_unique<FixedGoals>(); }

}  // namespace helhed::rules
