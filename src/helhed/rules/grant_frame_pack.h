// SPDX-License-Identifier: Apache-2.0
// GrantFramePack: the rules of one LBF funding frame (2011-14, 2015-18,
// 2019-26) as read from data/grant-frames/<id>.json and
// data/template-text/<id>.json. Plain data; pack_loader.h reads it.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "helhed/model/value.h"
#include "helhed/rules/finding.h"

namespace helhed::rules {

// FocusAreaDef (indsatsområde) with its known alternative spellings.
struct FocusAreaDef {
  std::string name;
  std::vector<std::string> aliases;
  // The fixed goal ("G1") the area maps to, when the frame has fixed goals.
  std::optional<std::string> goal_id;
};

// A focus area of another frame, so a 2019-26 plan that names a 2015-18 area
// gets "belongs to 2015-18" rather than "unknown".
struct ForeignFocusArea {
  std::string name;
  std::string frame_id;
};

// FixedGoalDef (fast overordnet mål) G1-G4.
struct FixedGoalDef {
  std::string id;
  std::string text;
  std::string focus_area;
};

// IndicatorKind: register data or a survey.
enum class IndicatorKind {
  kRegister,
  kSurvey,
};

// FixedIndicatorDef (fast indikator) F1-F9 in its exact wording.
struct FixedIndicatorDef {
  std::string id;
  std::string goal_id;
  std::string text;
  model::Unit unit = model::Unit::kShare;
  IndicatorKind kind = IndicatorKind::kRegister;
  // A turnout indicator: its baseline must name the election (R7).
  bool requires_election = false;
  // Local suffixes that are known and only warned about (R4).
  std::vector<std::string> accepted_suffixes;
};

// RequiredDocument: one entry of LBF's upload checklist (R3).
struct RequiredDocument {
  std::string id;  // "budget", "milestone_plan", ...
  std::string name;  // Danish name, "Milepælsplan"
};

// ApprovalRoute: who approves a change to one part of the plan format.
struct ApprovalRoute {
  std::string part;      // "sub_agreement", "strategic_agreement", "budget", ...
  std::string approver;  // "board" or "lbf"
  bool lbf_notified = true;
  bool requires_board_consensus = false;
};

// TemplateSentence: a sentence of the frame's LBF templates (R11).
struct TemplateSentence {
  std::string text;
  bool instruction = false;  // false: boilerplate that may stay
};

struct GrantFramePack {
  std::string id;  // "2019-26"
  std::string name;
  int first_year = 0;
  int last_year = 0;
  double annual_amount_mdkk = 0;
  std::optional<std::string> regulation_date;  // ISO date, when known
  double plan_duration_years = 4;
  double min_local_cofinancing_percent = 25;
  bool min_local_cofinancing_confirmed = false;
  // Activity fields that must be non-empty (R10): "name", "purpose", ...
  std::vector<std::string> mandatory_activity_fields;
  std::vector<FocusAreaDef> focus_areas;
  std::vector<ForeignFocusArea> foreign_focus_areas;
  std::vector<FixedGoalDef> fixed_goals;
  std::vector<FixedIndicatorDef> fixed_indicators;
  std::vector<RequiredDocument> required_documents;
  std::vector<ApprovalRoute> approval_routing;
  std::vector<TemplateSentence> template_sentences;
  // Rule parameters.
  int baseline_max_age_years = 3;
  double contracted_hours_per_week = 37;
  double plan_duration_tolerance_years = 0.5;
  int activity_name_max_edit_distance = 3;
  // Words that mark a local indicator as a turnout indicator (R7).
  std::vector<std::string> turnout_indicator_words;
  // Severity per rule code; nullopt means the rule is off in this frame.
  std::map<std::string, std::optional<Severity>, std::less<>> severities;
};

}  // namespace helhed::rules
