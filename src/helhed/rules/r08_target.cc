// SPDX-License-Identifier: Apache-2.0
// R8 (direction and size): every delmål indicator states a direction
// (increase, decrease, hold) and a target change or level, so its status can
// be computed each year.
#include <memory>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

constexpr std::string_view kCode = "R8.target_missing";
constexpr std::string_view kCodes[] = {kCode};

class Target : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    internal::ForEachIndicator(ctx.plan, [&](const internal::IndicatorSite& site) {
      if (site.sub == nullptr) return;
      const std::string who = internal::IndicatorLabel(site.indicator) + " i " + internal::SubLabel(*site.sub);
      const std::optional<model::Target>& target = site.indicator.target;
      if (!target) {
        sink.Add(kCode, site.pointer + "/target",
                 who + " har intet mål: angiv retning (øge, mindske eller fastholde) og en ændring eller et niveau.");
        return;
      }
      const bool has_size = target->change || target->level || target->direction == model::TargetDirection::kHold;
      if (!target->direction && !has_size) {
        sink.Add(kCode, site.pointer + "/target",
                 who + " angiver hverken målets retning (øge, mindske eller fastholde) eller hvor meget der skal ændres.");
      } else if (!target->direction) {
        sink.Add(kCode, site.pointer + "/target/direction",
                 who + " angiver ikke målets retning (øge, mindske eller fastholde).");
      } else if (!has_size) {
        sink.Add(kCode, site.pointer + "/target",
                 who + " angiver ikke, hvor meget der skal ændres (en ændring eller et niveau).");
      }
    });
  }
};

}  // namespace

std::unique_ptr<Rule> MakeTarget() { return std::make_unique<Target>(); }

}  // namespace helhed::rules
