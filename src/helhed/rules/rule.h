// SPDX-License-Identifier: Apache-2.0
// Rule: one check of a plan against its grant-frame pack. Each rule lives in
// its own file (r<NN>_<topic>.cc) with a Make function listed in
// registry.cc; a rule emits findings under the codes it declares.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/model/plan.h"
#include "helhed/rules/finding.h"
#include "helhed/rules/grant_frame_pack.h"

namespace helhed::rules {

// Collects findings; the severity of a code comes from the pack, and a code
// the pack switches off is dropped here.
class FindingSink {
 public:
  explicit FindingSink(const GrantFramePack& pack) : pack_(pack) {}

  // REQUIRES: `code` is one of the codes the emitting rule declares.
  void Add(std::string_view code, std::string pointer, std::string message);

  std::vector<Finding> Take() { return std::move(findings_); }

 private:
  const GrantFramePack& pack_;
  std::vector<Finding> findings_;
};

// What a rule sees. `has_parent` is false when the file holds delaftaler but
// no strategic agreement (a partial import); rules that compare a delaftale
// with its agreement then stay silent (PARTIAL.parent_missing says why).
struct RuleContext {
  const model::Plan& plan;
  const GrantFramePack& pack;
  bool has_parent = true;
};

class Rule {
 public:
  virtual ~Rule() = default;
  // The codes this rule may emit, e.g. {"R1.sub_period_outside", ...}.
  virtual std::span<const std::string_view> codes() const = 0;
  // Must not crash on a partial plan: every optional part may be absent.
  virtual void Check(const RuleContext& ctx, FindingSink& sink) const = 0;
};

}  // namespace helhed::rules
