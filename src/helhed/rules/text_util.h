// SPDX-License-Identifier: Apache-2.0
// Helpers the rules share: text normalisation for comparing names as people
// type them, edit distance, focus-area lookup and Danish wording of values.
// Internal to the rules module.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "helhed/base/date.h"
#include "helhed/model/value.h"
#include "helhed/rules/grant_frame_pack.h"

namespace helhed::rules::internal {

// Lower case (ASCII and Danish letters), markdown and punctuation removed,
// whitespace collapsed: "**Lommepenge- og Fritidsjob**" -> "lommepenge og fritidsjob".
std::string Normalise(std::string_view text);

// Like Normalise, but first drops one trailing parenthesis, as activity lists
// add explanations there: "Foreningsrettet (for de 15-29-årige)" -> "foreningsrettet".
std::string NormaliseName(std::string_view text);

// Levenshtein distance counted in Unicode code points.
int EditDistance(std::string_view a, std::string_view b);

// True when the text has no letter or digit once bullets ("-", "•") and
// whitespace are gone: such a field has no content (R10).
bool IsBlank(std::string_view text);
bool IsBlank(const std::string& text);
bool IsBlank(const std::optional<std::string>& text);

// The pack's focus area named `name`, directly or through an alias.
struct FocusAreaMatch {
  const FocusAreaDef* area = nullptr;
  bool via_alias = false;
};
std::optional<FocusAreaMatch> FindFocusArea(const GrantFramePack& pack, std::string_view name);

// A number the Danish way with at most `max_decimals`, no trailing zeros:
// 4158 -> "4.158", 84.5 -> "84,5".
std::string Num(double value, int max_decimals = 2);

// The Danish name of a unit, e.g. "andel (%)" or "karaktergennemsnit".
std::string_view UnitDanish(model::Unit unit);

// A value as a reader would write it: "7,2 %", "5,4", "37 timer/uge".
std::string ValueText(const model::Value& value);

// "31.12.2026".
std::string DateText(const Date& date);

// "\"text\"", the quoting used in every message.
std::string Quote(std::string_view text);

}  // namespace helhed::rules::internal
