// SPDX-License-Identifier: Apache-2.0
// R10: the mandatory fields of every activity form (the pack's list: five in
// 2019-26, eight in 2015-18) have content; an empty bullet is not content.
#include <memory>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::IsBlank;
using internal::Quote;

constexpr std::string_view kCode = "R10.activity_field_missing";
constexpr std::string_view kCodes[] = {kCode};

struct FieldInfo {
  std::string_view key;
  std::string_view label;  // the form's Danish label
};

constexpr FieldInfo kFields[] = {
    {"name", "Aktivitetsnavn"},
    {"purpose", "Formål"},
    {"target_groups", "Målgruppe(r)"},
    {"content", "Indhold og praksis"},
    {"actors", "Aktører der inddrages"},
    {"responsibilities", "Ansvars- og rollefordeling"},
    {"success_criteria", "Succeskriterier"},
    {"data_source", "Datakilde"},
    {"anchoring", "Forankring"},
};

// nullopt for a key this rule does not know (the pack loader refuses them).
std::optional<bool> IsFilled(const model::Activity& activity, std::string_view key) {
  if (key == "name") return !IsBlank(activity.name);
  if (key == "purpose") return !IsBlank(activity.purpose);
  if (key == "target_groups") return !IsBlank(activity.target_groups);
  if (key == "content") return !IsBlank(activity.content);
  if (key == "actors") return !IsBlank(activity.actors);
  if (key == "responsibilities") return !IsBlank(activity.responsibilities);
  if (key == "anchoring") return !IsBlank(activity.anchoring);
  if (key == "success_criteria") {
    if (!activity.success_criteria) return false;
    for (const model::SuccessCriterion& criterion : *activity.success_criteria) {
      if (!IsBlank(criterion.text)) return true;
    }
    return false;
  }
  if (key == "data_source") {
    // The 2015-18 form puts Datakilde under the success criteria.
    if (!IsBlank(activity.data_source)) return true;
    if (!activity.success_criteria) return false;
    for (const model::SuccessCriterion& criterion : *activity.success_criteria) {
      if (!IsBlank(criterion.data_source)) return true;
    }
    return false;
  }
  return std::nullopt;
}

class ActivityFields : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    if (!ctx.plan.sub_agreements) return;
    for (size_t sub_idx = 0; sub_idx < ctx.plan.sub_agreements->size(); ++sub_idx) {
      const model::SubAgreement& sub = (*ctx.plan.sub_agreements)[sub_idx];
      if (!sub.activities) continue;
      for (size_t idx = 0; idx < sub.activities->size(); ++idx) {
        const model::Activity& activity = (*sub.activities)[idx];
        const std::string name = IsBlank(activity.name) ? "nr. " + std::to_string(idx + 1) : Quote(activity.name);
        for (const FieldInfo& field : kFields) {
          bool wanted = false;
          for (const std::string& key : ctx.pack.mandatory_activity_fields) wanted = wanted || key == field.key;
          if (!wanted || IsFilled(activity, field.key).value_or(true)) continue;
          sink.Add(kCode,
                   "/sub_agreements/" + std::to_string(sub_idx) + "/activities/" + std::to_string(idx) + "/" +
                       std::string(field.key),
                   "Aktivitetsskemaet " + name + " i " + internal::SubLabel(sub) + " mangler " +
                       std::string(field.label) + ", som er obligatorisk i støtterammen " + ctx.pack.id + ".");
        }
      }
    }
  }
};

}  // namespace

bool IsKnownActivityField(std::string_view key) {
  for (const FieldInfo& field : kFields) {
    if (field.key == key) return true;
  }
  return false;
}

std::unique_ptr<Rule> MakeActivityFields() { return std::make_unique<ActivityFields>(); }

}  // namespace helhed::rules
