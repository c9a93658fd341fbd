// SPDX-License-Identifier: Apache-2.0
// Walks the indicators of a plan (section 5 and every delaftale's delmål)
// with their JSON pointers, so rules about indicators share one traversal.
// Internal to the rules module.
#pragma once

#include <functional>
#include <string>

#include "helhed/model/plan.h"

namespace helhed::rules::internal {

struct IndicatorSite {
  const model::Indicator& indicator;
  std::string pointer;  // "/sub_agreements/0/goals/1/indicators/0"
  // The delaftale it belongs to; nullptr for an overall (fixed) indicator.
  const model::SubAgreement* sub = nullptr;
};

// Calls `visit` for every indicator, overall goals first, in file order.
void ForEachIndicator(const model::Plan& plan, const std::function<void(const IndicatorSite&)>& visit);

// "the indicator F7 (\"Andel beboere ...\")" style label for messages:
// "Indikatoren F7" for a fixed one, "Indikatoren \"Elevfravær i folkeskolen\""
// for a local one.
std::string IndicatorLabel(const model::Indicator& indicator);

// "delaftalen for \"Beskæftigelse\"".
std::string SubLabel(const model::SubAgreement& sub);

// The year a baseline_year text stands for: "2021" -> 2021, "2020/2021" ->
// 2021 (a school year ends in its second year), "2022-06-01" -> 2022;
// nullopt when the text is none of these. `first_year` receives 2020 for a
// school year, else the same year.
std::optional<int> BaselineYear(std::string_view text, int* first_year = nullptr);

}  // namespace helhed::rules::internal
