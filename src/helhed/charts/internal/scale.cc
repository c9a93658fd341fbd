// SPDX-License-Identifier: Apache-2.0
#include "helhed/charts/internal/scale.h"

#include <cmath>

namespace helhed::charts::internal {

Axis NiceAxis(double low, double high, int target_ticks) {
  if (high == low) {
    const double pad = low == 0 ? 1.0 : std::fabs(low) * 0.1;
    low -= pad;
    high += pad;
  }
  const double raw_step = (high - low) / std::max(1, target_ticks - 1);
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw_step)));
  double step = magnitude * 10;
  for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (magnitude * factor >= raw_step) {
      step = magnitude * factor;
      break;
    }
  }
  Axis axis;
  // The small epsilon keeps a value that is a tick (e.g. 30) from getting an extra step.
  axis.min = std::floor(low / step + 1e-9) * step;
  axis.max = std::ceil(high / step - 1e-9) * step;
  const int count = static_cast<int>(std::lround((axis.max - axis.min) / step));
  for (int idx = 0; idx <= count; ++idx) {
    double tick = axis.min + idx * step;
    if (std::fabs(tick) < step * 1e-9) tick = 0;
    axis.ticks.push_back(tick);
  }
  return axis;
}

int TickDecimals(const Axis& axis) {
  if (axis.ticks.size() < 2) return 0;
  const double step = axis.ticks[1] - axis.ticks[0];
  for (int decimals = 0; decimals < 3; ++decimals) {
    const double scaled = step * std::pow(10.0, decimals);
    if (std::fabs(scaled - std::round(scaled)) < 1e-6) return decimals;
  }
  return 3;
}

}  // namespace helhed::charts::internal
