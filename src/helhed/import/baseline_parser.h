// SPDX-License-Identifier: Apache-2.0
// Parses one baseline cell of a goal table into scoped, typed baselines:
// "Zone 1: 22,1 / 306" (a value per area, with the count behind it),
// Vejle's "Nørremarken 18,5 % Løget Høj 21,1 %" (names paired with the value
// that follows them), "74,2% Korskærparken" (a name after a lone value),
// "Ingen data" and "-" (not_available) and "Baseline kan tidligst etableres
// 1/2 2017" (pending until 2017-02-01). Never invents a number.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "helhed/import/label_table.h"
#include "helhed/model/indicator.h"

namespace helhed::import {

struct BaselineCellOptions {
  // The indicator's unit when known (from its name); a "%" in the cell
  // gives kShare otherwise.
  std::optional<model::Unit> unit;
  // Scope for a value with no area name or an area no scope word matches.
  model::BaselineScope default_scope = model::BaselineScope::kPlan;
  // Scope for a named area that no scope word matches.
  model::BaselineScope named_scope = model::BaselineScope::kBoligomraade;
};

// Parses `cell` (raw text, may hold HTML paragraphs and bullets). An empty
// cell gives no baselines.
std::vector<model::Baseline> ParseBaselineCell(std::string_view cell, const BaselineCellOptions& options,
                                               const LabelTable& labels);

// The unit an indicator name implies ("Andel ..." -> share), if any.
std::optional<model::Unit> UnitFromIndicatorName(std::string_view name, const LabelTable& labels);

}  // namespace helhed::import
