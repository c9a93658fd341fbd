// SPDX-License-Identifier: Apache-2.0
// Internal: the key table of every object in helhed/plan@1, in the order of
// docs/plan-format.md. The decoder and the encoder both walk these tables, so
// the keys they accept and the order they write cannot drift apart. A member
// of type std::optional is an optional key; any other member is required.
#pragma once

#include <optional>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "helhed/model/plan.h"

namespace helhed::planfile::internal {

// Member-type traits the decoder, the encoder and the schema test walk with.
template <typename T>
struct IsOptional : std::false_type {};
template <typename T>
struct IsOptional<std::optional<T>> : std::true_type {};

template <typename T>
struct IsVector : std::false_type {};
template <typename T>
struct IsVector<std::vector<T>> : std::true_type {};


template <typename S, typename M>
struct Field {
  std::string_view key;
  M S::*member;
};

template <typename S, typename M>
constexpr Field<S, M> F(std::string_view key, M S::*member) {
  return {key, member};
}

// Schema<T>::kFields is a tuple of Field; defined below for each object type.
template <typename T>
struct Schema;

template <typename T>
concept HasSchema = requires { Schema<T>::kFields; };

#define HELHED_SCHEMA(Type, ...)                                    \
  template <>                                                       \
  struct Schema<model::Type> {                                      \
    using S = model::Type;                                          \
    static constexpr auto kFields = std::make_tuple(__VA_ARGS__);   \
  };

HELHED_SCHEMA(Value, F("unit", &S::unit), F("value", &S::value),
              F("numerator", &S::numerator), F("denominator", &S::denominator),
              F("status", &S::status), F("until", &S::until),
              F("remeasure", &S::remeasure), F("note", &S::note))

HELHED_SCHEMA(Period, F("start", &S::start), F("end", &S::end),
              F("as_written", &S::as_written))

HELHED_SCHEMA(Municipality, F("code", &S::code), F("name", &S::name))

HELHED_SCHEMA(Signature, F("signed_by", &S::signed_by), F("date", &S::date))

HELHED_SCHEMA(Party, F("name", &S::name), F("kind", &S::kind), F("contact", &S::contact),
              F("signature", &S::signature))

HELHED_SCHEMA(Afdeling, F("id", &S::id), F("name", &S::name),
              F("housing_org", &S::housing_org), F("households", &S::households),
              F("residents", &S::residents))

HELHED_SCHEMA(HousingArea, F("id", &S::id), F("name", &S::name), F("kind", &S::kind),
              F("parent", &S::parent), F("afdelinger", &S::afdelinger),
              F("households", &S::households), F("residents", &S::residents))

HELHED_SCHEMA(Member, F("role", &S::role), F("organisation", &S::organisation),
              F("voting", &S::voting), F("chair", &S::chair))

HELHED_SCHEMA(Body, F("name", &S::name), F("kind", &S::kind),
              F("meetings_per_year", &S::meetings_per_year), F("members", &S::members),
              F("description", &S::description))

HELHED_SCHEMA(Organisation, F("bodies", &S::bodies))

HELHED_SCHEMA(Baseline, F("scope", &S::scope), F("area", &S::area), F("value", &S::value),
              F("date", &S::date), F("year", &S::year))

HELHED_SCHEMA(Election, F("type", &S::type), F("year", &S::year))

HELHED_SCHEMA(Target, F("direction", &S::direction), F("change", &S::change),
              F("change_kind", &S::change_kind), F("level", &S::level), F("by", &S::by),
              F("reference", &S::reference), F("text", &S::text))

HELHED_SCHEMA(Indicator, F("key", &S::key), F("indicator_id", &S::indicator_id), F("name", &S::name),
              F("unit", &S::unit), F("baselines", &S::baselines),
              F("other_baselines", &S::other_baselines),
              F("baseline_year", &S::baseline_year), F("election", &S::election),
              F("source", &S::source), F("target", &S::target))

HELHED_SCHEMA(OverallGoal, F("goal_id", &S::goal_id), F("text", &S::text),
              F("focus_area", &S::focus_area), F("indicators", &S::indicators))

HELHED_SCHEMA(Goal, F("text", &S::text), F("indicators", &S::indicators))

HELHED_SCHEMA(FocusArea, F("name", &S::name), F("problem_statement", &S::problem_statement),
              F("summary", &S::summary))

HELHED_SCHEMA(SuccessCriterion, F("text", &S::text), F("data_source", &S::data_source))

HELHED_SCHEMA(Activity, F("name", &S::name), F("purpose", &S::purpose),
              F("target_groups", &S::target_groups), F("content", &S::content),
              F("actors", &S::actors), F("responsibilities", &S::responsibilities),
              F("success_criteria", &S::success_criteria), F("data_source", &S::data_source),
              F("anchoring", &S::anchoring), F("status", &S::status), F("status_note", &S::status_note))

HELHED_SCHEMA(Staff, F("function", &S::function), F("organisation", &S::organisation),
              F("amount", &S::amount), F("persons", &S::persons), F("financing", &S::financing),
              F("shared_with", &S::shared_with))

HELHED_SCHEMA(BudgetShare, F("lbf_dkk", &S::lbf_dkk), F("local_dkk", &S::local_dkk))

HELHED_SCHEMA(SubAgreement, F("focus_area", &S::focus_area), F("plan_name", &S::plan_name),
              F("period", &S::period), F("parties", &S::parties),
              F("problem_statement", &S::problem_statement),
              F("conflict_handling", &S::conflict_handling), F("goals", &S::goals),
              F("activity_list", &S::activity_list), F("activities", &S::activities),
              F("staff", &S::staff), F("municipal_alignment", &S::municipal_alignment),
              F("revision_note", &S::revision_note), F("budget_share", &S::budget_share))

HELHED_SCHEMA(BudgetLine, F("year", &S::year), F("focus_area", &S::focus_area),
              F("label", &S::label), F("category", &S::category), F("lbf_dkk", &S::lbf_dkk),
              F("local_dkk", &S::local_dkk), F("stated_total_dkk", &S::stated_total_dkk))

HELHED_SCHEMA(Budget, F("lines", &S::lines), F("stated_total_dkk", &S::stated_total_dkk))

HELHED_SCHEMA(Milestone, F("date", &S::date), F("title", &S::title),
              F("focus_area", &S::focus_area), F("status", &S::status))

HELHED_SCHEMA(ActivationPath, F("kind", &S::kind), F("lead", &S::lead),
              F("participants", &S::participants))

HELHED_SCHEMA(PreparednessStep, F("number", &S::number), F("text", &S::text))

HELHED_SCHEMA(CommunicationLine, F("audience", &S::audience),
              F("responsible", &S::responsible), F("channel", &S::channel))

HELHED_SCHEMA(PreparednessPlan, F("paths", &S::paths), F("steps", &S::steps),
              F("outreach_targets", &S::outreach_targets),
              F("communication", &S::communication), F("signatures", &S::signatures),
              F("lbf_approval_date", &S::lbf_approval_date))

HELHED_SCHEMA(TermsOfReference, F("purpose", &S::purpose), F("members", &S::members),
              F("meetings_per_year", &S::meetings_per_year),
              F("decision_rule", &S::decision_rule), F("secretariat", &S::secretariat),
              F("adopted_by_consensus", &S::adopted_by_consensus),
              F("lbf_approval_date", &S::lbf_approval_date))

HELHED_SCHEMA(Attachment, F("kind", &S::kind), F("title", &S::title), F("status", &S::status))

// `format` comes first in a file but is not a member: the codec handles it.
HELHED_SCHEMA(Plan, F("name", &S::name), F("grant_frame", &S::grant_frame),
              F("municipality", &S::municipality), F("period", &S::period),
              F("parties", &S::parties), F("housing_areas", &S::housing_areas),
              F("description", &S::description), F("vision", &S::vision),
              F("organisation", &S::organisation),
              F("municipal_interplay", &S::municipal_interplay),
              F("overall_goals", &S::overall_goals), F("focus_areas", &S::focus_areas),
              F("local_evaluation", &S::local_evaluation), F("revision", &S::revision),
              F("sub_agreements", &S::sub_agreements), F("budget", &S::budget),
              F("milestones", &S::milestones), F("preparedness_plan", &S::preparedness_plan),
              F("terms_of_reference", &S::terms_of_reference),
              F("attachments", &S::attachments))

#undef HELHED_SCHEMA

}  // namespace helhed::planfile::internal
