// SPDX-License-Identifier: Apache-2.0
#include "helhed/lists/distance.h"

#include <algorithm>
#include <cmath>

#include "helhed/base/check.h"

namespace helhed::lists {

bool Meets(const Rational& value, Comparison comparison, const Rational& threshold) {
  switch (comparison) {
    case Comparison::kAbove:
      return value > threshold;
    case Comparison::kAtLeast:
      return value >= threshold;
    case Comparison::kBelow:
      return value < threshold;
  }
  return false;
}

Rational CombineYears(const std::vector<YearCount>& years, TwoYearMethod method) {
  HELHED_DCHECK(!years.empty());
  if (method == TwoYearMethod::kPooled) {
    Rational count;
    int64_t population = 0;
    for (const auto& year : years) {
      count = count + year.count;
      population += year.population;
    }
    return count / Rational::Integer(population);
  }
  Rational sum;
  for (const auto& year : years) sum = sum + year.count / Rational::Integer(year.population);
  return sum / Rational::Integer(static_cast<int64_t>(years.size()));
}

std::optional<int64_t> PersonsToFlip(const std::vector<YearCount>& years, TwoYearMethod method,
                                     Comparison comparison, const Rational& threshold, bool met) {
  HELHED_DCHECK(comparison != Comparison::kBelow);
  const Rational value = CombineYears(years, method);
  // Met means the share must fall; not met means it must rise.
  const bool decrease = met;
  const Rational gap = decrease ? value - threshold : threshold - value;
  // "over 40 %" left by reaching 40 % exactly; entered only strictly above.
  // "at least 3 times" left only strictly below; entered by reaching it.
  const bool strict = (comparison == Comparison::kAbove) ? !met : met;

  struct Slot {
    int64_t population;
    int64_t capacity;
    Rational weight;  // how much one change moves the combined share
  };
  std::vector<Slot> slots;
  if (method == TwoYearMethod::kPooled) {
    Rational count;
    int64_t population = 0;
    for (const auto& year : years) {
      count = count + year.count;
      population += year.population;
    }
    const int64_t capacity = decrease ? count.Floor() : (Rational::Integer(population) - count).Floor();
    slots.push_back({population, capacity, Rational(1, population)});
  } else {
    const int64_t m = static_cast<int64_t>(years.size());
    for (const auto& year : years) {
      const int64_t capacity =
          decrease ? year.count.Floor() : (Rational::Integer(year.population) - year.count).Floor();
      slots.push_back({year.population, capacity, Rational(1, m * year.population)});
    }
  }
  std::sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) { return a.population < b.population; });

  Rational remaining = gap;
  int64_t total = 0;
  for (const auto& slot : slots) {
    const Rational steps = remaining / slot.weight;
    const int64_t needed = strict ? steps.Floor() + 1 : std::max<int64_t>(steps.Ceil(), 0);
    if (needed <= slot.capacity) return total + needed;
    total += slot.capacity;
    remaining = remaining - slot.weight * Rational::Integer(slot.capacity);
  }
  return std::nullopt;
}

Interval WilsonInterval(double count, double population) {
  HELHED_DCHECK(population > 0);
  constexpr double kZ = 1.96;
  const double n = population;
  const double p = count / n;
  const double z2 = kZ * kZ;
  const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const double half = kZ / (1 + z2 / n) * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
  return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

}  // namespace helhed::lists
