// SPDX-License-Identifier: Apache-2.0
// R29: stated counts of households and residents agree with their parts: an
// area's stated count with the sum over its afdelinger, and a parent area's
// with the sum over its child areas, when every part states it.
#include <cstdint>
#include <memory>
#include <vector>

#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::Num;
using internal::Quote;

constexpr std::string_view kCode = "R29.count_mismatch";
constexpr std::string_view kCodes[] = {kCode};

struct Measure {
  std::string_view key;
  std::string_view label;
  std::optional<std::int64_t> model::HousingArea::*area_field;
  std::optional<std::int64_t> model::Afdeling::*afdeling_field;
};

constexpr Measure kMeasures[] = {
    {"households", "husstande", &model::HousingArea::households, &model::Afdeling::households},
    {"residents", "beboere", &model::HousingArea::residents, &model::Afdeling::residents},
};

std::string Count(std::int64_t value) { return Num(static_cast<double>(value)); }

class UnitCounts : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    if (!ctx.plan.housing_areas) return;
    const std::vector<model::HousingArea>& areas = *ctx.plan.housing_areas;
    for (size_t idx = 0; idx < areas.size(); ++idx) {
      const model::HousingArea& area = areas[idx];
      for (const Measure& measure : kMeasures) {
        const std::optional<std::int64_t>& stated = area.*measure.area_field;
        if (!stated) continue;
        const std::string pointer = "/housing_areas/" + std::to_string(idx) + "/" + std::string(measure.key);
        if (area.afdelinger && !area.afdelinger->empty()) {
          std::int64_t sum = 0;
          bool complete = true;
          for (const model::Afdeling& afdeling : *area.afdelinger) {
            const std::optional<std::int64_t>& part = afdeling.*measure.afdeling_field;
            complete = complete && part.has_value();
            sum += part.value_or(0);
          }
          if (complete && sum != *stated) {
            sink.Add(kCode, pointer,
                     "Området " + Quote(area.name) + " har " + Count(*stated) + " " + std::string(measure.label) +
                         ", men dets " + std::to_string(area.afdelinger->size()) + " afdelinger har tilsammen " +
                         Count(sum) + ".");
          }
        }
        std::int64_t child_sum = 0;
        size_t children = 0;
        bool complete = true;
        for (const model::HousingArea& child : areas) {
          if (child.parent != area.id) continue;
          ++children;
          const std::optional<std::int64_t>& part = child.*measure.area_field;
          complete = complete && part.has_value();
          child_sum += part.value_or(0);
        }
        if (children > 0 && complete && child_sum != *stated) {
          sink.Add(kCode, pointer,
                   "Området " + Quote(area.name) + " har " + Count(*stated) + " " + std::string(measure.label) +
                       ", men dets " + std::to_string(children) + " delområder har tilsammen " + Count(child_sum) + ".");
        }
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeUnitCounts() { return std::make_unique<UnitCounts>(); }

}  // namespace helhed::rules
