// SPDX-License-Identifier: Apache-2.0
// Criterion 4 (§ 61 a, stk. 1, nr. 4; § 61 b, nr. 4): mean gross income of
// taxable 15-64-year-olds not in education, below a share of the same mean
// for the region. The distance is in kroner of mean income per person (what
// a board can relate to a job or an education grant), computed exactly from
// the sums; from a criteria table only in percentage points of the region's mean.
#include <fmt/format.h>

#include "helhed/base/danish_number.h"
#include "helhed/lists/criterion.h"
#include "helhed/lists/distance.h"
#include "helhed/lists/share_criterion.h"

namespace helhed::lists {
namespace {

std::string Kr(int64_t kr) { return FormatDanish(static_cast<double>(kr), 0) + " kr."; }

LevelResult EvaluateLevel(const IncomeInput& input, const std::string& level, const Threshold& rule) {
  LevelResult out;
  out.level = level;
  out.comparison = rule.comparison;
  out.threshold = rule.value;
  const bool met = Meets(input.ratio, rule.comparison, rule.value);
  out.met = met;
  const std::string limit = internal::ThresholdText(rule.value);
  if (input.sums.has_value() && input.sums->area_persons > 0 && input.sums->region_persons > 0) {
    // Extra income T in the area also lands in the region (the area is part
    // of it): (A + T) / a against t * (R + T) / r, solved for T exactly.
    const auto& s = *input.sums;
    const Rational area_mean(s.area_income_kr, s.area_persons);
    const Rational target = rule.value * Rational(s.region_income_kr, s.region_persons);
    const Rational per_kr = Rational(1, s.area_persons) - rule.value * Rational(1, s.region_persons);
    if (per_kr > Rational::Integer(0)) {
      int64_t total = 0;
      if (met) {
        // Leave "below": reach the threshold exactly.
        total = ((target - area_mean) / per_kr).Ceil();
      } else {
        // Enter "below": fall strictly under it.
        total = ((area_mean - target) / per_kr).Floor() + 1;
      }
      out.distance_kr_total = total;
      out.distance_kr_per_person = Rational(total, s.area_persons).Ceil();
      out.explanation =
          met ? fmt::format("den gennemsnitlige bruttoindkomst skal stige med {} pr. person ({} i alt) for at nå {} "
                            "af regionens gennemsnit",
                            Kr(*out.distance_kr_per_person), Kr(total), limit)
              : fmt::format("et fald i den gennemsnitlige bruttoindkomst på {} pr. person ({} i alt) ville bringe "
                            "den under {} af regionens gennemsnit",
                            Kr(*out.distance_kr_per_person), Kr(total), limit);
      return out;
    }
  }
  // Only the ratio is known: the distance in percentage points of the region's mean.
  const Rational points = (met ? rule.value - input.ratio : input.ratio - rule.value) * Rational::Integer(100);
  out.distance_points = points;
  const std::string points_text = FormatDanish(points.ToDouble(), 1);
  out.explanation =
      met ? fmt::format("indkomstniveauet skal op med {} procentpoint af regionens gennemsnit for at nå {}",
                        points_text, limit)
          : fmt::format("indkomstniveauet ligger {} procentpoint over grænsen på {} af regionens gennemsnit",
                        points_text, limit);
  return out;
}

class Income final : public Criterion {
 public:
  std::string_view id() const override { return "income"; }
  std::string_view label() const override {
    return "Gennemsnitlig bruttoindkomst for 15-64-årige uden for uddannelse i forhold til regionen";
  }
  bool counted() const override { return true; }

  StatusOr<CriterionResult> Evaluate(const AreaInput& area, const ListRules& rules) const override {
    const CriterionRule* rule = rules.FindCriterion("income");
    CriterionResult result;
    result.id = id();
    result.label = label();
    if (!area.income.has_value()) {
      result.vulnerable = internal::MissingLevel("udsat", rule->vulnerable.comparison, rule->vulnerable.value);
      if (rule->prevention) {
        result.prevention =
            internal::MissingLevel("forebyggelse", rule->prevention->comparison, rule->prevention->value);
      }
      return result;
    }
    result.value = area.income->ratio;
    result.vulnerable = EvaluateLevel(*area.income, "udsat", rule->vulnerable);
    if (rule->prevention) result.prevention = EvaluateLevel(*area.income, "forebyggelse", *rule->prevention);
    return result;
  }
};

}  // namespace

std::unique_ptr<Criterion> MakeIncome() { return std::make_unique<Income>(); }

}  // namespace helhed::lists
