// SPDX-License-Identifier: Apache-2.0
// Indicator keys: the name an indicator keeps within its plan across
// revisions. Partners' local values and indicator assignments are stored
// under it, so they stay with their indicator when a revision inserts, moves
// or removes goals. Every revision saved through plan_service carries a key
// on every indicator; revisions saved before keys existed carry none, and
// their indicators' key is their position ("d2m3i1" = delaftale 2, delmål 3,
// indikator 1; "m4i1" = overall goal 4, indikator 1), which is what local
// values were stored under then. So old data needs no migration: the first
// save after it gives each indicator the key it has always had.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "helhed/base/status.h"
#include "helhed/model/plan.h"

namespace helhed::service {

// Where an indicator sits in the plan (0-based). `sub` is empty for the
// indicators of the strategic agreement's overall goals.
struct IndicatorPlace {
  std::optional<std::size_t> sub;
  std::size_t goal = 0;
  std::size_t index = 0;
};

// Whether `key` is a well-formed indicator key: letters a-z and digits,
// starting with a letter, at most 24 (it appears in the pages' addresses).
bool IsValidIndicatorKey(std::string_view key);

// "d2m3i1" / "m4i1": the key of an indicator without one (1-based, as in the
// pages' addresses).
std::string PositionalIndicatorKey(const IndicatorPlace& place);

// The indicator's key, or its positional key when it has none.
std::string IndicatorKeyOf(const model::Indicator& indicator, const IndicatorPlace& place);

// Calls `visit` for every indicator in plan order: overall goals, then each
// delaftale's delmål.
void ForEachIndicator(const model::Plan& plan,
                      const std::function<void(const model::Indicator&, const IndicatorPlace&)>& visit);

// Gives every indicator of `plan` without a key one, and checks the keys it
// has (letters a-z and digits, starting with a letter, at most 24; unique in
// the plan: kInvalidArgument in Danish otherwise). With a `base` (the
// revision `plan` is saved on top of), an indicator without a key takes the
// key of the base's indicator it continues: the same name in the same goal
// (same delaftale and delmål text, or same overall-goal text), else the only
// one with that name in the same delaftale (or among the overall goals).
// Others get a new key that no earlier revision used: "r<revision>i<n>".
// Without a base (a new plan) they get their positional key.
Status AssignIndicatorKeys(const model::Plan* base, int revision, model::Plan& plan);

}  // namespace helhed::service
