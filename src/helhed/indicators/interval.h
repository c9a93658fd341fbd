// SPDX-License-Identifier: Apache-2.0
// 95 % intervals for published values: Wilson score intervals for shares
// (shared/domain/indicators.md §7) and Student-t intervals for means.
#pragma once

#include <cstdint>
#include <optional>

namespace helhed::indicators {

struct Interval {
  double low = 0;
  double high = 0;
};

// Wilson score interval for k of n at z = 1.96. nullopt when n <= 0.
// REQUIRES: 0 <= k <= n.
std::optional<Interval> WilsonInterval(int64_t k, int64_t n);

// mean ± t(0.975, n−1) · s/√n from the sum, sum of squares and count of the
// values. nullopt when n < 2 (no spread can be estimated).
std::optional<Interval> MeanInterval(double sum, double sum_squares, int64_t n);

// Two-sided 97.5 % quantile of Student's t with `df` degrees of freedom.
double StudentT975(int64_t df);

}  // namespace helhed::indicators
