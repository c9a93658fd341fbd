// SPDX-License-Identifier: Apache-2.0
// R3: the plan package holds every document on LBF's upload checklist (the
// pack's required_documents). A document the package names but does not hold
// (attachment status "referenced") is reported apart from one not mentioned.
#include <memory>

#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::Quote;

constexpr std::string_view kReferenced = "R3.document_referenced";
constexpr std::string_view kMissing = "R3.document_missing";
constexpr std::string_view kCodes[] = {kReferenced, kMissing};

enum class Presence { kPresent, kReferenced, kMissing };

struct Lookup {
  Presence presence = Presence::kMissing;
  std::string pointer;
  std::string title;
};

// A document may also arrive as an attachment of the matching kind.
Lookup FromAttachments(const model::Plan& plan, model::AttachmentKind kind, std::string missing_pointer) {
  Lookup result{Presence::kMissing, std::move(missing_pointer), ""};
  if (!plan.attachments) return result;
  for (size_t idx = 0; idx < plan.attachments->size(); ++idx) {
    const model::Attachment& attachment = (*plan.attachments)[idx];
    if (attachment.kind != kind) continue;
    const std::string pointer = "/attachments/" + std::to_string(idx);
    if (attachment.status == model::AttachmentStatus::kPresent) return {Presence::kPresent, pointer, attachment.title};
    result = {Presence::kReferenced, pointer, attachment.title};
  }
  return result;
}

std::optional<Lookup> Find(const model::Plan& plan, std::string_view id) {
  using model::AttachmentKind;
  if (id == "strategic_agreement") return Lookup{Presence::kPresent, "", ""};
  if (id == "sub_agreements") {
    const bool any = plan.sub_agreements && !plan.sub_agreements->empty();
    return Lookup{any ? Presence::kPresent : Presence::kMissing, "/sub_agreements", ""};
  }
  if (id == "budget") {
    if (plan.budget) return Lookup{Presence::kPresent, "/budget", ""};
    return FromAttachments(plan, AttachmentKind::kBudget, "/budget");
  }
  if (id == "milestone_plan") {
    if (plan.milestones) return Lookup{Presence::kPresent, "/milestones", ""};
    return FromAttachments(plan, AttachmentKind::kMilestonePlan, "/milestones");
  }
  if (id == "preparedness_plan") {
    return Lookup{plan.preparedness_plan ? Presence::kPresent : Presence::kMissing, "/preparedness_plan", ""};
  }
  if (id == "terms_of_reference") {
    return Lookup{plan.terms_of_reference ? Presence::kPresent : Presence::kMissing, "/terms_of_reference", ""};
  }
  if (id == "reporting_form") return FromAttachments(plan, AttachmentKind::kReportingForm, "/attachments");
  if (id == "organisation_diagram") {
    return FromAttachments(plan, AttachmentKind::kOrganisationDiagram, "/attachments");
  }
  return std::nullopt;  // the pack loader refuses other ids
}

class RequiredDocuments : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    if (!ctx.has_parent) return;
    for (const RequiredDocument& doc : ctx.pack.required_documents) {
      const std::optional<Lookup> found = Find(ctx.plan, doc.id);
      if (!found || found->presence == Presence::kPresent) continue;
      if (found->presence == Presence::kReferenced) {
        sink.Add(kReferenced, found->pointer,
                 doc.name + " er nævnt i planen (bilaget " + Quote(found->title) +
                     "), men findes ikke i plan-pakken. Landsbyggefonden kræver dokumentet uploadet.");
      } else {
        sink.Add(kMissing, found->pointer,
                 doc.name + " mangler og er ikke nævnt i planen. Dokumentet er et krav i Landsbyggefondens tjekliste for støtterammen " +
                     ctx.pack.id + ".");
      }
    }
  }
};

}  // namespace

bool IsKnownDocumentId(std::string_view id) { return Find(model::Plan{}, id).has_value(); }

std::unique_ptr<Rule> MakeRequiredDocuments() { return std::make_unique<RequiredDocuments>(); }

}  // namespace helhed::rules
