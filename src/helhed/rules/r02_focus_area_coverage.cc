// SPDX-License-Identifier: Apache-2.0
// R2 (coverage): at most one delaftale per focus area, a delaftale for every
// area chosen in section 6, and no delaftale for an area not chosen there.
// Unknown names are left to r02_focus_area_names.cc.
#include <map>
#include <memory>
#include <set>

#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::Quote;

constexpr std::string_view kDuplicate = "R2.focus_area_duplicate";
constexpr std::string_view kWithoutSub = "R2.focus_area_without_sub";
constexpr std::string_view kNotChosen = "R2.sub_area_not_chosen";
constexpr std::string_view kCodes[] = {kDuplicate, kWithoutSub, kNotChosen};

const FocusAreaDef* Resolve(const GrantFramePack& pack, std::string_view name) {
  std::optional<internal::FocusAreaMatch> match = internal::FindFocusArea(pack, name);
  return match ? match->area : nullptr;
}

class FocusAreaCoverage : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    std::map<const FocusAreaDef*, size_t> first_sub;  // area -> index of its first delaftale
    if (ctx.plan.sub_agreements) {
      for (size_t idx = 0; idx < ctx.plan.sub_agreements->size(); ++idx) {
        const FocusAreaDef* area = Resolve(ctx.pack, (*ctx.plan.sub_agreements)[idx].focus_area);
        if (area == nullptr) continue;
        auto [it, inserted] = first_sub.emplace(area, idx);
        if (!inserted) {
          sink.Add(kDuplicate, "/sub_agreements/" + std::to_string(idx) + "/focus_area",
                   "Der er flere delaftaler for indsatsområdet " + Quote(area->name) + " (nr. " +
                       std::to_string(it->second + 1) + " og nr. " + std::to_string(idx + 1) +
                       "); der må højst være én delaftale pr. indsatsområde.");
        }
      }
    }
    if (!ctx.has_parent || !ctx.plan.focus_areas) return;
    std::set<const FocusAreaDef*> chosen;
    for (size_t idx = 0; idx < ctx.plan.focus_areas->size(); ++idx) {
      const FocusAreaDef* area = Resolve(ctx.pack, (*ctx.plan.focus_areas)[idx].name);
      if (area == nullptr) continue;
      chosen.insert(area);
      if (!first_sub.contains(area)) {
        sink.Add(kWithoutSub, "/focus_areas/" + std::to_string(idx),
                 "Indsatsområdet " + Quote(area->name) +
                     " er valgt i afsnit 6 (Indsatsområder), men planen har ingen delaftale for det. "
                     "Der skal være én delaftale pr. valgt indsatsområde.");
      }
    }
    if (!ctx.plan.sub_agreements) return;
    for (size_t idx = 0; idx < ctx.plan.sub_agreements->size(); ++idx) {
      const FocusAreaDef* area = Resolve(ctx.pack, (*ctx.plan.sub_agreements)[idx].focus_area);
      // File order, once per area (duplicates are reported above).
      if (area != nullptr && first_sub[area] == idx && !chosen.contains(area)) {
        sink.Add(kNotChosen, "/sub_agreements/" + std::to_string(idx) + "/focus_area",
                 "Delaftalen for " + Quote(area->name) +
                     " hører til et indsatsområde, som ikke er beskrevet i afsnit 6 (Indsatsområder).");
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeFocusAreaCoverage() { return std::make_unique<FocusAreaCoverage>(); }

}  // namespace helhed::rules
