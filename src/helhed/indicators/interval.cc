// SPDX-License-Identifier: Apache-2.0
// Interval formulas; see interval.h.
#include "helhed/indicators/interval.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace helhed::indicators {
namespace {

constexpr double kZ = 1.96;

// t(0.975, df) for df = 1..30 (standard table values); beyond 30 the
// Cornish-Fisher expansion below is accurate to better than 1e-4.
constexpr std::array<double, 30> kT975 = {
    12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060, 2.2622, 2.2281,
    2.2010,  2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860,
    2.0796,  2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423};

}  // namespace

double StudentT975(int64_t df) {
  if (df <= 0) return NAN;
  if (df <= 30) return kT975[df - 1];
  // Cornish-Fisher expansion of t around the normal quantile z = 1.959964.
  const double z = 1.959963985;
  const double n = static_cast<double>(df);
  const double z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z;
  return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n) +
         (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * n * n * n);
}

std::optional<Interval> WilsonInterval(int64_t k, int64_t n) {
  if (n <= 0) return std::nullopt;
  const double nn = static_cast<double>(n);
  const double p = static_cast<double>(k) / nn;
  const double z2 = kZ * kZ;
  const double denom = 1 + z2 / nn;
  const double centre = (p + z2 / (2 * nn)) / denom;
  const double half = kZ / denom * std::sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn));
  return Interval{std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

std::optional<Interval> MeanInterval(double sum, double sum_squares, int64_t n) {
  if (n < 2) return std::nullopt;
  const double nn = static_cast<double>(n);
  const double mean = sum / nn;
  // Sample variance; clamp rounding noise when all values are equal.
  const double variance = std::max(0.0, (sum_squares - sum * sum / nn) / (nn - 1));
  const double half = StudentT975(n - 1) * std::sqrt(variance / nn);
  return Interval{mean - half, mean + half};
}

}  // namespace helhed::indicators
