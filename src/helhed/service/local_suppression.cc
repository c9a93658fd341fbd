// SPDX-License-Identifier: Apache-2.0
#include "helhed/service/local_suppression.h"

#include <cstdint>
#include <limits>
#include <set>

namespace helhed::service {
namespace {

bool Suppressed(const charts::Point& point) { return point.status() == charts::PointStatus::kSuppressed; }

// The count a point stands for: the persons behind a share, else the number.
double Size(const charts::Point& point) {
  if (point.denominator()) return static_cast<double>(*point.denominator());
  if (point.numerator()) return static_cast<double>(*point.numerator());
  return point.has_value() ? point.value() : 0.0;
}

}  // namespace

int SuppressRecoverableLocalValues(std::vector<LocalUnitPoints>& units) {
  std::set<int> years;
  for (const LocalUnitPoints& unit : units) {
    for (const auto& [year, point] : unit.by_year) years.insert(year);
  }
  int hidden = 0;
  for (const int year : years) {
    // Each round hides at least one point or ends, so it ends.
    for (bool changed = true; changed;) {
      changed = false;
      for (LocalUnitPoints& parent : units) {
        const auto parent_at = parent.by_year.find(year);
        if (parent_at == parent.by_year.end() || parent_at->second.status() == charts::PointStatus::kMissing) continue;
        std::vector<charts::Point*> children;
        bool complete = true;
        for (LocalUnitPoints& child : units) {
          if (child.parent != parent.unit) continue;
          const auto at = child.by_year.find(year);
          if (at == child.by_year.end() || at->second.status() == charts::PointStatus::kMissing) {
            complete = false;
            break;
          }
          children.push_back(&at->second);
        }
        if (!complete || children.empty()) continue;
        int suppressed = Suppressed(parent_at->second) ? 1 : 0;
        for (const charts::Point* child : children) suppressed += Suppressed(*child) ? 1 : 0;
        if (suppressed != 1) continue;
        charts::Point* smallest = nullptr;
        double smallest_size = std::numeric_limits<double>::max();
        for (charts::Point* child : children) {
          if (!Suppressed(*child) && Size(*child) < smallest_size) {
            smallest = child;
            smallest_size = Size(*child);
          }
        }
        if (smallest == nullptr) smallest = &parent_at->second;
        *smallest = charts::Point::Suppressed(year);
        ++hidden;
        changed = true;
      }
    }
  }
  return hidden;
}

}  // namespace helhed::service
