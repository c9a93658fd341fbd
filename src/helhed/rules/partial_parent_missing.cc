// SPDX-License-Identifier: Apache-2.0
// A file holding delaftaler without their strategic agreement (the Vejle
// import) is a partial plan: the checks against the agreement cannot run,
// and the user is told so instead of getting errors.
#include <memory>

#include "helhed/rules/rules.h"

namespace helhed::rules {
namespace {

constexpr std::string_view kCode = "PARTIAL.parent_missing";
constexpr std::string_view kCodes[] = {kCode};

class ParentMissing : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    if (ctx.has_parent) return;
    sink.Add(kCode, "",
             "Filen indeholder kun delaftaler uden den strategiske samarbejdsaftale. Det kan derfor ikke tjekkes, "
             "om delaftalerne passer til samarbejdsaftalen (periode, indsatsområder, plannavn, dokumentpakke og faste mål).");
  }
};

}  // namespace

std::unique_ptr<Rule> MakeParentMissing() { return std::make_unique<ParentMissing>(); }

}  // namespace helhed::rules
