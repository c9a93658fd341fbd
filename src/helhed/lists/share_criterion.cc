// SPDX-License-Identifier: Apache-2.0
#include "helhed/lists/share_criterion.h"

#include <fmt/format.h>

#include "helhed/base/danish_number.h"
#include "helhed/lists/distance.h"

namespace helhed::lists::internal {
namespace {

double CountOf(const std::vector<YearCount>& years) {
  double count = 0;
  for (const auto& year : years) count += year.count.ToDouble();
  return count;
}

int64_t PopulationOf(const std::vector<YearCount>& years) {
  int64_t population = 0;
  for (const auto& year : years) population += year.population;
  return population;
}

std::string PersonsText(int64_t persons) {
  return persons == 1 ? "1" : FormatDanish(static_cast<double>(persons), 0);
}

}  // namespace

std::string ThresholdText(const Rational& share) {
  const std::string one = FormatSharePercent(share, 1);
  const std::string two = FormatSharePercent(share, 2);
  return (two.size() > 1 && two[two.size() - 3] == '0') ? one : two;
}

std::vector<YearCount> EffectiveYears(const ShareInput& input, bool two_year) {
  if (!input.years.empty()) return input.years;
  std::vector<YearCount> years;
  if (input.estimated_population.has_value() && *input.estimated_population > 0) {
    const int64_t n = *input.estimated_population;
    const YearCount year{0, input.value * Rational::Integer(n), n};
    years.push_back(year);
    if (two_year) years.push_back(year);
  }
  return years;
}

void DescribeShare(const ShareInput& input, bool two_year, CriterionResult& result) {
  result.value = input.value;
  result.estimated = input.estimated;
  const std::vector<YearCount> years = EffectiveYears(input, two_year);
  const int64_t population = PopulationOf(years);
  if (population > 0) result.interval = WilsonInterval(CountOf(years), static_cast<double>(population));
}

LevelResult MissingLevel(const std::string& level, Comparison comparison, const Rational& threshold) {
  LevelResult out;
  out.level = level;
  out.comparison = comparison;
  out.threshold = threshold;
  out.explanation = "værdien mangler, så kriteriet kan ikke afgøres";
  return out;
}

LevelResult EvaluateShareLevel(const ShareInput& input, bool two_year, const std::string& level,
                               Comparison comparison, const Rational& threshold, TwoYearMethod method,
                               const ShareWording& wording) {
  LevelResult out;
  out.level = level;
  out.comparison = comparison;
  out.threshold = threshold;
  const bool met = Meets(input.value, comparison, threshold);
  out.met = met;
  const std::vector<YearCount> years = EffectiveYears(input, two_year);
  const int64_t population = PopulationOf(years);
  if (years.empty() || population <= 0) {
    out.explanation = fmt::format("{} er {} (grænse {}); antal personer kan ikke beregnes uden befolkningstal",
                                  wording.share, FormatSharePercent(input.value, 1), ThresholdText(threshold));
    return out;
  }
  const Interval interval = WilsonInterval(CountOf(years), static_cast<double>(population));
  const double t = threshold.ToDouble();
  out.within_uncertainty = interval.low <= t && t <= interval.high;

  // Synthetic years carry the table's share exactly, so the combination
  // reproduces input.value and the distance is consistent with `met`.
  out.distance_persons = PersonsToFlip(years, method, comparison, threshold, met);
  const std::string limit = ThresholdText(threshold);
  std::string target;
  if (met) {
    target = comparison == Comparison::kAbove ? "ned på højst " + limit : "under " + limit;
  } else {
    target = comparison == Comparison::kAbove ? "over " + limit : "op på mindst " + limit;
  }
  const char* who = met ? wording.to_fall : wording.to_rise;
  if (!out.distance_persons.has_value()) {
    out.explanation = fmt::format("{} kan ikke bringes {} ved at ændre status for beboerne", wording.share, target);
  } else {
    out.explanation = fmt::format("{} {} {} {} {}", PersonsText(*out.distance_persons), who,
                                  met ? "bringer" : "ville bringe", wording.share, target);
  }
  if (years.size() == 2 && years[0].year != 0) {
    out.explanation += fmt::format(" (gennemsnit af {} og {})", years[0].year, years[1].year);
  } else if (years.size() == 2) {
    out.explanation += " (gennemsnit af to år)";
  }
  if (input.estimated) out.explanation += " (skøn: befolkningstallet er anslået)";
  if (*out.within_uncertainty) out.explanation += "; grænsen ligger inden for den statistiske usikkerhed";
  return out;
}

CriterionResult EvaluateShareCriterion(const std::optional<ShareInput>& input, bool two_year,
                                       const std::string& first_level, const Threshold& first,
                                       const std::optional<Threshold>& prevention, const Rational& scale,
                                       TwoYearMethod method, const ShareWording& wording) {
  CriterionResult result;
  const Rational first_threshold = first.value * scale;
  if (!input.has_value()) {
    result.vulnerable = MissingLevel(first_level, first.comparison, first_threshold);
    if (prevention) {
      result.prevention = MissingLevel("forebyggelse", prevention->comparison, prevention->value * scale);
    }
    return result;
  }
  DescribeShare(*input, two_year, result);
  result.vulnerable =
      EvaluateShareLevel(*input, two_year, first_level, first.comparison, first_threshold, method, wording);
  if (prevention) {
    result.prevention = EvaluateShareLevel(*input, two_year, "forebyggelse", prevention->comparison,
                                           prevention->value * scale, method, wording);
  }
  return result;
}

}  // namespace helhed::lists::internal
