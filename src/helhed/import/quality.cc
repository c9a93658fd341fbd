// SPDX-License-Identifier: Apache-2.0
// Fact extraction and scoring for the import quality measure (quality.h).
#include "helhed/import/quality.h"

#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "helhed/import/text_clean.h"
#include "helhed/model/enum_names.h"

namespace helhed::import {
namespace {

std::string DateText(const std::optional<Date>& date) { return date ? date->ToIso() : "-"; }

void AddPeriod(std::vector<Fact>& facts, const std::string& key, const std::optional<model::Period>& period) {
  if (!period) return;
  facts.push_back({"periods", key, DateText(period->start) + "/" + DateText(period->end) + "/" +
                                       NormaliseForCompare(period->as_written.value_or(""))});
}

void AddParties(std::vector<Fact>& facts, const std::string& key, const std::optional<std::vector<model::Party>>& parties) {
  if (!parties) return;
  for (const auto& party : *parties) {
    facts.push_back({"parties", key, NormaliseForCompare(party.name) + " | " + NormaliseForCompare(party.contact.value_or(""))});
  }
}

void AddText(std::vector<Fact>& facts, const std::string& group, const std::string& key,
             const std::optional<std::string>& text) {
  if (text) facts.push_back({group, key, NormaliseForCompare(*text)});
}

void AddIndicators(std::vector<Fact>& facts, const std::string& key,
                   const std::optional<std::vector<model::Indicator>>& indicators) {
  if (!indicators) return;
  for (size_t k = 0; k < indicators->size(); ++k) {
    const auto& indicator = (*indicators)[k];
    const std::string ind_key = fmt::format("{}.ind{}", key, k);
    facts.push_back({"goal_rows", ind_key + ".name", NormaliseForCompare(indicator.name)});
    facts.push_back({"goal_rows", ind_key + ".baseline_year", NormaliseForCompare(indicator.baseline_year.value_or(""))});
    if (indicator.indicator_id) facts.push_back({"goal_rows", ind_key + ".id", *indicator.indicator_id});
    // Datakilde and the target as written (the 2015-18 measures carry both).
    if (indicator.source) facts.push_back({"indicator_details", ind_key + ".source", NormaliseForCompare(*indicator.source)});
    if (indicator.target && indicator.target->text) {
      facts.push_back({"indicator_details", ind_key + ".target",
                       NormaliseForCompare(*indicator.target->text) + " | " +
                           (indicator.target->direction ? std::string(model::ToString(*indicator.target->direction))
                                                        : std::string("-"))});
    }
  }
}

std::string Flag(const std::optional<bool>& flag) { return flag ? (*flag ? "ja" : "nej") : "-"; }

std::string Number(const std::optional<double>& number) { return number ? fmt::format("{}", *number) : "-"; }

void AddMembers(std::vector<Fact>& facts, const std::string& group, const std::string& key,
                const std::optional<std::vector<model::Member>>& members) {
  if (!members) return;
  for (const auto& member : *members) {
    facts.push_back({group, key + ".member",
                     NormaliseForCompare(member.role) + " | " + NormaliseForCompare(member.organisation.value_or("")) +
                         " | " + Flag(member.voting) + " | " + Flag(member.chair)});
  }
}

// Section 3, the kommissorium, the beredskabsplan and the attachments.
void AddPackageDocuments(std::vector<Fact>& facts, const model::Plan& plan) {
  if (plan.organisation && plan.organisation->bodies) {
    const auto& bodies = *plan.organisation->bodies;
    for (size_t b = 0; b < bodies.size(); ++b) {
      const std::string key = fmt::format("body{}", b);
      facts.push_back({"organisation", key + ".name", NormaliseForCompare(bodies[b].name)});
      facts.push_back({"organisation", key + ".kind",
                       bodies[b].kind ? std::string(model::ToString(*bodies[b].kind)) : std::string("-")});
      facts.push_back({"organisation", key + ".meetings_per_year", Number(bodies[b].meetings_per_year)});
      AddMembers(facts, "organisation", key, bodies[b].members);
    }
  }
  if (plan.terms_of_reference) {
    const auto& terms = *plan.terms_of_reference;
    AddText(facts, "terms_of_reference", "tor.purpose", terms.purpose);
    AddText(facts, "terms_of_reference", "tor.decision_rule", terms.decision_rule);
    AddText(facts, "terms_of_reference", "tor.secretariat", terms.secretariat);
    if (terms.meetings_per_year) facts.push_back({"terms_of_reference", "tor.meetings_per_year", Number(terms.meetings_per_year)});
    if (terms.adopted_by_consensus) facts.push_back({"terms_of_reference", "tor.consensus", Flag(terms.adopted_by_consensus)});
    AddMembers(facts, "terms_of_reference", "tor", terms.members);
  }
  if (plan.preparedness_plan) {
    const auto& prep = *plan.preparedness_plan;
    if (prep.paths) {
      for (const auto& path : *prep.paths) {
        const std::string key = fmt::format("path.{}", model::ToString(path.kind));
        AddText(facts, "preparedness", key + ".lead", path.lead);
        if (path.participants) {
          for (const auto& member : *path.participants) {
            facts.push_back({"preparedness", key + ".participant", NormaliseForCompare(member.role)});
          }
        }
      }
    }
    if (prep.steps) {
      for (const auto& step : *prep.steps) {
        facts.push_back({"preparedness", fmt::format("step{}", step.number), NormaliseForCompare(step.text)});
      }
    }
    if (prep.outreach_targets) {
      for (const auto& target : *prep.outreach_targets) facts.push_back({"preparedness", "outreach", NormaliseForCompare(target)});
    }
    if (prep.communication) {
      for (const auto& line : *prep.communication) {
        facts.push_back({"preparedness", fmt::format("communication.{}", model::ToString(line.audience)),
                         NormaliseForCompare(line.responsible.value_or("")) + " | " +
                             NormaliseForCompare(line.channel.value_or(""))});
      }
    }
  }
  if (plan.attachments) {
    for (const auto& attachment : *plan.attachments) {
      facts.push_back({"attachments", fmt::format("attachment.{}", model::ToString(attachment.kind)),
                       NormaliseForCompare(attachment.title) + " | " + std::string(model::ToString(attachment.status))});
    }
  }
}


}  // namespace

const std::vector<std::string>& QualityGroups() {
  static const std::vector<std::string> groups = {
      "periods", "parties",      "sub_agreements",     "goal_rows",    "indicator_details",
      "activities", "staff",     "organisation",       "terms_of_reference", "preparedness", "attachments"};
  return groups;
}

std::vector<Fact> ExtractFacts(const model::Plan& plan) {
  std::vector<Fact> facts;
  AddPeriod(facts, "plan.period", plan.period);
  AddParties(facts, "plan.parties", plan.parties);
  if (plan.overall_goals) {
    for (size_t g = 0; g < plan.overall_goals->size(); ++g) {
      const auto& goal = (*plan.overall_goals)[g];
      facts.push_back({"goal_rows", fmt::format("overall{}.text", g), NormaliseForCompare(goal.text)});
      AddIndicators(facts, fmt::format("overall{}", g), goal.indicators);
    }
  }
  AddPackageDocuments(facts, plan);
  if (!plan.sub_agreements) return facts;
  for (size_t s = 0; s < plan.sub_agreements->size(); ++s) {
    const auto& sub = (*plan.sub_agreements)[s];
    const std::string key = fmt::format("sub{}", s);
    facts.push_back({"sub_agreements", key + ".focus_area", NormaliseForCompare(sub.focus_area)});
    AddText(facts, "sub_agreements", key + ".plan_name", sub.plan_name);
    AddPeriod(facts, key + ".period", sub.period);
    AddParties(facts, key + ".parties", sub.parties);
    if (sub.goals) {
      for (size_t g = 0; g < sub.goals->size(); ++g) {
        const auto& goal = (*sub.goals)[g];
        facts.push_back({"goal_rows", fmt::format("{}.goal{}.text", key, g), NormaliseForCompare(goal.text)});
        AddIndicators(facts, fmt::format("{}.goal{}", key, g), goal.indicators);
      }
    }
    if (sub.activity_list) {
      for (const auto& item : *sub.activity_list) facts.push_back({"activities", key + ".activity_list", NormaliseForCompare(item)});
    }
    if (sub.activities) {
      for (size_t a = 0; a < sub.activities->size(); ++a) {
        const auto& activity = (*sub.activities)[a];
        const std::string act = fmt::format("{}.act{}", key, a);
        facts.push_back({"activities", act + ".name", NormaliseForCompare(activity.name)});
        AddText(facts, "activities", act + ".purpose", activity.purpose);
        AddText(facts, "activities", act + ".target_groups", activity.target_groups);
        AddText(facts, "activities", act + ".content", activity.content);
        AddText(facts, "activities", act + ".actors", activity.actors);
        AddText(facts, "activities", act + ".responsibilities", activity.responsibilities);
        AddText(facts, "activities", act + ".anchoring", activity.anchoring);
        AddText(facts, "activities", act + ".data_source", activity.data_source);
      }
    }
    if (sub.staff) {
      for (const auto& line : *sub.staff) {
        std::string amount = "-";
        if (line.amount && line.amount->value) {
          amount = fmt::format("{} {}", *line.amount->value, model::ToString(line.amount->unit));
        }
        facts.push_back({"staff", key + ".staff",
                         NormaliseForCompare(line.function) + " | " +
                             NormaliseForCompare(line.organisation.value_or("")) + " | " + amount});
      }
    }
  }
  return facts;
}

QualityScore ScoreImport(const model::Plan& expected, const model::Plan& actual) {
  std::vector<Fact> want = ExtractFacts(expected);
  std::vector<Fact> got = ExtractFacts(actual);
  std::sort(want.begin(), want.end());
  std::sort(got.begin(), got.end());
  QualityScore score;
  for (const auto& group : QualityGroups()) score.groups[group];
  std::vector<Fact> matched;
  std::set_intersection(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(matched));
  std::set_difference(want.begin(), want.end(), got.begin(), got.end(), std::back_inserter(score.missed));
  std::set_difference(got.begin(), got.end(), want.begin(), want.end(), std::back_inserter(score.spurious));
  for (const auto& fact : want) ++score.groups[fact.group].expected;
  for (const auto& fact : got) ++score.groups[fact.group].actual;
  for (const auto& fact : matched) ++score.groups[fact.group].matched;
  score.total = {static_cast<int>(want.size()), static_cast<int>(got.size()), static_cast<int>(matched.size())};
  return score;
}

}  // namespace helhed::import
