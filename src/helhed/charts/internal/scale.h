// SPDX-License-Identifier: Apache-2.0
// Axis arithmetic: a value range widened to round tick steps (1, 2, 2.5, 5
// times a power of ten) and the linear map from values to pixels.
#pragma once

#include <vector>

namespace helhed::charts::internal {

struct Axis {
  double min = 0;
  double max = 1;
  std::vector<double> ticks;  // from min to max inclusive, evenly spaced
};

// An axis covering [low, high] with about `target_ticks` round ticks.
// low == high is widened around the value. REQUIRES: low <= high, both finite.
Axis NiceAxis(double low, double high, int target_ticks = 5);

// Maps [domain_min, domain_max] onto [range_start, range_end] (which may be
// descending, as y pixels are).
class LinearScale {
 public:
  LinearScale(double domain_min, double domain_max, double range_start, double range_end)
      : d0_(domain_min), d1_(domain_max), r0_(range_start), r1_(range_end) {}
  double operator()(double value) const {
    if (d1_ == d0_) return (r0_ + r1_) / 2;
    return r0_ + (value - d0_) / (d1_ - d0_) * (r1_ - r0_);
  }

 private:
  double d0_, d1_, r0_, r1_;
};

// Decimals needed to print every tick of `axis` distinctly (0..3).
int TickDecimals(const Axis& axis);

}  // namespace helhed::charts::internal
