// SPDX-License-Identifier: Apache-2.0
#include "helhed/rules/plan_walk.h"

#include <cctype>

#include "helhed/rules/text_util.h"

namespace helhed::rules::internal {
namespace {

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

}  // namespace

void ForEachIndicator(const model::Plan& plan, const std::function<void(const IndicatorSite&)>& visit) {
  if (plan.overall_goals) {
    for (size_t goal_idx = 0; goal_idx < plan.overall_goals->size(); ++goal_idx) {
      const model::OverallGoal& goal = (*plan.overall_goals)[goal_idx];
      if (!goal.indicators) continue;
      for (size_t ind_idx = 0; ind_idx < goal.indicators->size(); ++ind_idx) {
        visit(IndicatorSite{(*goal.indicators)[ind_idx],
                            "/overall_goals/" + std::to_string(goal_idx) + "/indicators/" +
                                std::to_string(ind_idx),
                            nullptr});
      }
    }
  }
  if (!plan.sub_agreements) return;
  for (size_t sub_idx = 0; sub_idx < plan.sub_agreements->size(); ++sub_idx) {
    const model::SubAgreement& sub = (*plan.sub_agreements)[sub_idx];
    if (!sub.goals) continue;
    for (size_t goal_idx = 0; goal_idx < sub.goals->size(); ++goal_idx) {
      const model::Goal& goal = (*sub.goals)[goal_idx];
      if (!goal.indicators) continue;
      for (size_t ind_idx = 0; ind_idx < goal.indicators->size(); ++ind_idx) {
        visit(IndicatorSite{(*goal.indicators)[ind_idx],
                            "/sub_agreements/" + std::to_string(sub_idx) + "/goals/" +
                                std::to_string(goal_idx) + "/indicators/" + std::to_string(ind_idx),
                            &sub});
      }
    }
  }
}

std::string IndicatorLabel(const model::Indicator& indicator) {
  if (indicator.indicator_id) return "Indikatoren " + *indicator.indicator_id;
  return "Indikatoren " + Quote(indicator.name);
}

std::string SubLabel(const model::SubAgreement& sub) { return "delaftalen for " + Quote(sub.focus_area); }

std::optional<int> BaselineYear(std::string_view text, int* first_year) {
  int first = 0;
  int year = 0;
  if (text.size() == 4 && AllDigits(text)) {
    year = first = std::stoi(std::string(text));
  } else if (text.size() == 9 && text[4] == '/' && AllDigits(text.substr(0, 4)) && AllDigits(text.substr(5))) {
    first = std::stoi(std::string(text.substr(0, 4)));
    year = std::stoi(std::string(text.substr(5)));
    if (year != first + 1) return std::nullopt;
  } else if (StatusOr<Date> date = ParseIsoDate(text); date.ok()) {
    year = first = date->year();
  } else {
    return std::nullopt;
  }
  if (first_year != nullptr) *first_year = first;
  return year;
}

}  // namespace helhed::rules::internal
