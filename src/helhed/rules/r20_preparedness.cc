// SPDX-License-Identifier: Apache-2.0
// R20: the beredskabsplan is complete before tilsagn: both activation paths
// with a lead and named participants, numbered steps, an outreach list, the
// three-row communication matrix, signatures and LBF's approval date. A
// missing plan is R3's finding, not this rule's.
#include <memory>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

constexpr std::string_view kPathMissing = "R20.path_missing";
constexpr std::string_view kPathIncomplete = "R20.path_incomplete";
constexpr std::string_view kSteps = "R20.steps_missing";
constexpr std::string_view kOutreach = "R20.outreach_missing";
constexpr std::string_view kCommunication = "R20.communication_missing";
constexpr std::string_view kUnsigned = "R20.unsigned";
constexpr std::string_view kApproval = "R20.lbf_approval_missing";
constexpr std::string_view kCodes[] = {kPathMissing, kPathIncomplete, kSteps, kOutreach,
                                       kCommunication, kUnsigned, kApproval};

constexpr std::string_view kPrefix = "/preparedness_plan";

std::string PathName(model::PathKind kind) {
  return kind == model::PathKind::kWithPoliceCase ? "\"med politisag\" (aktiveres på politiets foranledning)"
                                                  : "\"uden politisag\" (aktiveres af kommune, boligorganisation eller områdesekretariat)";
}

std::string AudienceName(model::Audience audience) {
  switch (audience) {
    case model::Audience::kMedier:
      return "Medier";
    case model::Audience::kBeboere:
      return "Beboere";
    case model::Audience::kSamarbejdspartnere:
      return "Samarbejdspartnere";
  }
  return "?";
}

class Preparedness : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    if (!ctx.plan.preparedness_plan) return;
    const model::PreparednessPlan& plan = *ctx.plan.preparedness_plan;
    const std::string prefix(kPrefix);
    for (model::PathKind kind : {model::PathKind::kWithPoliceCase, model::PathKind::kWithoutPoliceCase}) {
      bool found = false;
      if (plan.paths) {
        for (size_t idx = 0; idx < plan.paths->size(); ++idx) {
          const model::ActivationPath& path = (*plan.paths)[idx];
          if (path.kind != kind) continue;
          found = true;
          CheckPath(path, prefix + "/paths/" + std::to_string(idx), sink);
        }
      }
      if (!found) {
        sink.Add(kPathMissing, prefix + "/paths",
                 "Beredskabsplanen mangler sporet " + PathName(kind) + " med deltagerkreds og ansvarlig leder.");
      }
    }
    if (!plan.steps || plan.steps->empty()) {
      sink.Add(kSteps, prefix + "/steps", "Beredskabsplanen har ingen nummererede trin for, hvad der gøres i en krise.");
    }
    if (!plan.outreach_targets || plan.outreach_targets->empty()) {
      sink.Add(kOutreach, prefix + "/outreach_targets",
               "Beredskabsplanen har ingen liste over, hvem der kontaktes (Håndtering af omverdenen).");
    }
    for (model::Audience audience :
         {model::Audience::kMedier, model::Audience::kBeboere, model::Audience::kSamarbejdspartnere}) {
      bool found = false;
      if (plan.communication) {
        for (const model::CommunicationLine& line : *plan.communication) found = found || line.audience == audience;
      }
      if (!found) {
        sink.Add(kCommunication, prefix + "/communication",
                 "Krisekommunikationen i beredskabsplanen mangler rækken " + internal::Quote(AudienceName(audience)) + ".");
      }
    }
    if (!plan.signatures || plan.signatures->empty()) {
      sink.Add(kUnsigned, prefix + "/signatures",
               "Beredskabsplanen er ikke underskrevet (6 Underskrift); alle deltagere skal skrive under.");
    }
    if (!plan.lbf_approval_date) {
      sink.Add(kApproval, prefix + "/lbf_approval_date",
               "Beredskabsplanen har ingen dato for Landsbyggefondens godkendelse; den skal være godkendt før tilsagn.");
    }
  }

 private:
  static void CheckPath(const model::ActivationPath& path, const std::string& pointer, FindingSink& sink) {
    if (internal::IsBlank(path.lead)) {
      sink.Add(kPathIncomplete, pointer + "/lead",
               "Sporet " + PathName(path.kind) + " i beredskabsplanen har ingen ansvarlig leder.");
    }
    if (!path.participants || path.participants->empty()) {
      sink.Add(kPathIncomplete, pointer + "/participants",
               "Sporet " + PathName(path.kind) + " i beredskabsplanen har ingen deltagere.");
      return;
    }
    for (size_t idx = 0; idx < path.participants->size(); ++idx) {
      if (!internal::IsBlank((*path.participants)[idx].role)) continue;
      sink.Add(kPathIncomplete, pointer + "/participants/" + std::to_string(idx) + "/role",
               "Deltager nr. " + std::to_string(idx + 1) + " i sporet " + PathName(path.kind) +
                   " har ingen rolle (tom linje i deltagerkredsen).");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakePreparedness() { return std::make_unique<Preparedness>(); }

}  // namespace helhed::rules
