// SPDX-License-Identifier: Apache-2.0
// Splits a plan's JSON into its separately approved parts and compares them.
#include "helhed/plandiff/plan_part.h"

#include <array>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "helhed/base/status_macros.h"
#include "helhed/plandiff/json_text.h"

namespace helhed::plandiff {
namespace {

using json = nlohmann::ordered_json;

struct PartEntry {
  PlanPart part;
  std::string_view name;
  std::string_view json_key;  // top-level key holding the part ("" = the rest)
  std::string_view label;
};

constexpr std::array<PartEntry, 6> kParts{{
    {PlanPart::kStrategicAgreement, "strategic_agreement", "", "Strategisk samarbejdsaftale"},
    {PlanPart::kSubAgreement, "sub_agreement", "sub_agreements", "Delaftale"},
    {PlanPart::kBudget, "budget", "budget", "Budget"},
    {PlanPart::kTermsOfReference, "terms_of_reference", "terms_of_reference", "Kommissorium"},
    {PlanPart::kPreparednessPlan, "preparedness_plan", "preparedness_plan", "Beredskabsplan"},
    {PlanPart::kMilestones, "milestones", "milestones", "Milepælsplan"},
}};

const PartEntry& EntryFor(PlanPart part) {
  for (const auto& entry : kParts) {
    if (entry.part == part) return entry;
  }
  return kParts[0];
}

json Member(const json& doc, std::string_view key) {
  if (!doc.is_object()) return nullptr;
  auto it = doc.find(std::string(key));
  return it == doc.end() ? json(nullptr) : *it;
}

// The strategic agreement is whatever is left once the other parts are cut out.
json StrategicRest(const json& doc) {
  if (!doc.is_object()) return nullptr;
  json rest = doc;
  for (const auto& entry : kParts) {
    if (!entry.json_key.empty()) rest.erase(std::string(entry.json_key));
  }
  return rest;
}

std::vector<std::pair<std::string, json>> SubAgreementsByFocusArea(const json& doc) {
  std::vector<std::pair<std::string, json>> out;
  const json list = Member(doc, "sub_agreements");
  if (!list.is_array()) return out;
  for (const auto& item : list) {
    out.emplace_back(item.is_object() ? item.value("focus_area", std::string()) : std::string(), item);
  }
  return out;
}

}  // namespace

std::string_view PlanPartName(PlanPart part) { return EntryFor(part).name; }

std::optional<PlanPart> ParsePlanPart(std::string_view name) {
  for (const auto& entry : kParts) {
    if (entry.name == name) return entry.part;
  }
  return std::nullopt;
}

std::string PartLabel(PlanPart part, std::string_view focus_area) {
  if (part == PlanPart::kSubAgreement) return fmt::format("Delaftale {}", focus_area);
  return std::string(EntryFor(part).label);
}

std::string PartLabel(std::string_view part_name, std::string_view focus_area) {
  const auto part = ParsePlanPart(part_name);
  return part ? PartLabel(*part, focus_area) : std::string(part_name);
}

StatusOr<std::vector<ChangedPart>> ChangedParts(std::string_view before_text, std::string_view after_text) {
  json before = nullptr;
  if (!before_text.empty()) {
    HELHED_ASSIGN_OR_RETURN(before, internal::ParsePlanObject(before_text, "den tidligere version"));
    internal::DropIndicatorKeys(before);
  }
  HELHED_ASSIGN_OR_RETURN(json after, internal::ParsePlanObject(after_text, "den nye version"));
  // Keys name indicators; giving a plan saved before them its keys routes nothing.
  internal::DropIndicatorKeys(after);

  std::vector<ChangedPart> changed;
  if (before.is_null() || StrategicRest(before) != StrategicRest(after)) {
    changed.push_back({PlanPart::kStrategicAgreement, ""});
  }
  const auto old_subs = SubAgreementsByFocusArea(before);
  const auto new_subs = SubAgreementsByFocusArea(after);
  auto find = [](const auto& list, const std::string& key) -> const json* {
    for (const auto& [focus_area, item] : list) {
      if (focus_area == key) return &item;
    }
    return nullptr;
  };
  for (const auto& [focus_area, item] : new_subs) {
    const json* old_item = find(old_subs, focus_area);
    if (old_item == nullptr || *old_item != item) changed.push_back({PlanPart::kSubAgreement, focus_area});
  }
  for (const auto& [focus_area, item] : old_subs) {
    if (find(new_subs, focus_area) == nullptr) changed.push_back({PlanPart::kSubAgreement, focus_area});
  }
  for (const auto& entry : kParts) {
    if (entry.json_key.empty() || entry.part == PlanPart::kSubAgreement) continue;
    const json old_part = Member(before, entry.json_key);
    const json new_part = Member(after, entry.json_key);
    if (old_part != new_part) changed.push_back({entry.part, ""});
  }
  return changed;
}

}  // namespace helhed::plandiff
