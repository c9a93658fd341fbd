// SPDX-License-Identifier: Apache-2.0
// R2 (names): every focus area in section 6 and every delaftale names an
// indsatsområde of the plan's frame, directly or through a known alias.
// A name of another frame (2015-18 "Kriminalpræventiv indsats" in a 2019-26
// plan) gets its own code.
#include <memory>

#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::Normalise;
using internal::Quote;

constexpr std::string_view kUnknown = "R2.focus_area_unknown";
constexpr std::string_view kOtherFrame = "R2.focus_area_other_frame";
constexpr std::string_view kAlias = "R2.focus_area_alias";
constexpr std::string_view kCodes[] = {kUnknown, kOtherFrame, kAlias};

std::string KnownAreas(const GrantFramePack& pack) {
  std::string out;
  for (const FocusAreaDef& area : pack.focus_areas) {
    if (!out.empty()) out += ", ";
    out += area.name;
  }
  return out;
}

void CheckName(const GrantFramePack& pack, const std::string& name, const std::string& where,
               const std::string& pointer, FindingSink& sink) {
  if (std::optional<internal::FocusAreaMatch> match = internal::FindFocusArea(pack, name)) {
    if (match->via_alias) {
      sink.Add(kAlias, pointer,
               where + " skriver indsatsområdet " + Quote(name) + "; støtterammens navn er " +
                   Quote(match->area->name) + ". Brug gerne det officielle navn.");
    }
    return;
  }
  const std::string wanted = Normalise(name);
  for (const ForeignFocusArea& foreign : pack.foreign_focus_areas) {
    if (Normalise(foreign.name) == wanted) {
      sink.Add(kOtherFrame, pointer,
               where + ": indsatsområdet " + Quote(name) + " hører til støtterammen " + foreign.frame_id +
                   " og kan ikke bruges i en plan under " + pack.id +
                   ". Gyldige indsatsområder: " + KnownAreas(pack) + ".");
      return;
    }
  }
  sink.Add(kUnknown, pointer,
           where + ": indsatsområdet " + Quote(name) + " findes ikke i støtterammen " + pack.id +
               ". Gyldige indsatsområder: " + KnownAreas(pack) + ".");
}

class FocusAreaNames : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    if (ctx.plan.focus_areas) {
      for (size_t idx = 0; idx < ctx.plan.focus_areas->size(); ++idx) {
        CheckName(ctx.pack, (*ctx.plan.focus_areas)[idx].name, "Afsnit 6 (Indsatsområder)",
                  "/focus_areas/" + std::to_string(idx) + "/name", sink);
      }
    }
    if (ctx.plan.sub_agreements) {
      for (size_t idx = 0; idx < ctx.plan.sub_agreements->size(); ++idx) {
        CheckName(ctx.pack, (*ctx.plan.sub_agreements)[idx].focus_area,
                  "Delaftale nr. " + std::to_string(idx + 1),
                  "/sub_agreements/" + std::to_string(idx) + "/focus_area", sink);
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeFocusAreaNames() { return std::make_unique<FocusAreaNames>(); }

}  // namespace helhed::rules
