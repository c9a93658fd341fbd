// SPDX-License-Identifier: Apache-2.0
// R11: LBF's instruction sentences (data/template-text/<frame>.json) left in
// a field, and sections whose only content is template text. Fredericia's
// "7. Lokal evaluering" holds only "Udfyldes i samarbejde med
// Landsbyggefonden." next to the template's own paragraphs.
#include <memory>
#include <vector>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::Normalise;
using internal::Quote;

constexpr std::string_view kTemplateText = "R11.template_text";
constexpr std::string_view kUnfilled = "R11.section_unfilled";
constexpr std::string_view kCodes[] = {kTemplateText, kUnfilled};

struct TextField {
  const std::optional<std::string>* text;
  std::string label;  // the Danish section label
  std::string pointer;
  // Activity fields are R10's when empty; here they count only when they
  // hold template text alone.
  bool report_empty = true;
};

void AddSub(std::vector<TextField>& fields, const model::SubAgreement& sub, const std::string& pointer) {
  const std::string owner = " i " + internal::SubLabel(sub);
  fields.push_back({&sub.problem_statement, "Problemkompleks" + owner, pointer + "/problem_statement"});
  fields.push_back({&sub.municipal_alignment, "Sammenhæng med den kommunale indsats" + owner,
                    pointer + "/municipal_alignment"});
  fields.push_back({&sub.revision_note, "Revision af delaftalen" + owner, pointer + "/revision_note"});
  if (!sub.activities) return;
  for (size_t idx = 0; idx < sub.activities->size(); ++idx) {
    const model::Activity& activity = (*sub.activities)[idx];
    const std::string at = pointer + "/activities/" + std::to_string(idx);
    const std::string form = " i aktivitetsskemaet " + Quote(activity.name) + owner;
    fields.push_back({&activity.purpose, "Formål" + form, at + "/purpose", false});
    fields.push_back({&activity.target_groups, "Målgruppe(r)" + form, at + "/target_groups", false});
    fields.push_back({&activity.content, "Indhold og praksis" + form, at + "/content", false});
    fields.push_back({&activity.actors, "Aktører der inddrages" + form, at + "/actors", false});
    fields.push_back({&activity.responsibilities, "Ansvars- og rollefordeling" + form, at + "/responsibilities", false});
    fields.push_back({&activity.anchoring, "Forankring" + form, at + "/anchoring", false});
  }
}

std::vector<TextField> Fields(const model::Plan& plan) {
  std::vector<TextField> fields = {
      {&plan.description, "1. Kort om boligområdet", "/description"},
      {&plan.vision, "2. Vision for boligområdet", "/vision"},
      {&plan.municipal_interplay, "4. Samspil med centrale tiltag og indsatser i boligområdet", "/municipal_interplay"},
      {&plan.local_evaluation, "7. Lokal evaluering", "/local_evaluation"},
      {&plan.revision, "8. Revision af samarbejdsaftalen", "/revision"},
  };
  if (plan.focus_areas) {
    for (size_t idx = 0; idx < plan.focus_areas->size(); ++idx) {
      const model::FocusArea& area = (*plan.focus_areas)[idx];
      fields.push_back({&area.problem_statement, "Problemkompleks for " + Quote(area.name),
                        "/focus_areas/" + std::to_string(idx) + "/problem_statement"});
    }
  }
  if (plan.sub_agreements) {
    for (size_t idx = 0; idx < plan.sub_agreements->size(); ++idx) {
      AddSub(fields, (*plan.sub_agreements)[idx], "/sub_agreements/" + std::to_string(idx));
    }
  }
  return fields;
}

// Removes every occurrence of `needle` from `text` (both normalised).
void Erase(std::string& text, const std::string& needle) {
  if (needle.empty()) return;
  for (size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle)) {
    text.erase(pos, needle.size());
  }
}

class TemplateText : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    for (const TextField& field : Fields(ctx.plan)) {
      if (!field.text->has_value()) continue;
      std::string rest = Normalise(**field.text);
      bool had_template = false;
      for (const TemplateSentence& sentence : ctx.pack.template_sentences) {
        const std::string needle = Normalise(sentence.text);
        if (needle.empty() || rest.find(needle) == std::string::npos) continue;
        had_template = true;
        if (sentence.instruction) {
          sink.Add(kTemplateText, field.pointer,
                   "Feltet " + field.label + " indeholder skabelonens vejledning " + Quote(sentence.text) +
                       ", som skulle have været erstattet af planens egen tekst.");
        }
        Erase(rest, needle);
      }
      if (internal::IsBlank(rest) && (had_template || field.report_empty)) {
        sink.Add(kUnfilled, field.pointer,
                 "Afsnittet " + field.label + " er ikke udfyldt: det " +
                     (had_template ? std::string("indeholder kun skabelonens tekst.") : std::string("er tomt.")));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeTemplateText() { return std::make_unique<TemplateText>(); }

}  // namespace helhed::rules
