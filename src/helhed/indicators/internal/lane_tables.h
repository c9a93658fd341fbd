// SPDX-License-Identifier: Apache-2.0
// The counting pass' compiled form of an IndicatorSet. A lane is one
// distinct condition the pass counts rows for: an indicator's population,
// or its population and numerator together. Indicators that share a
// population share its lane, and a count's or a mean's numerator is its
// population, so the 42 shipped indicators need 51 lanes, not 84: one 64-bit
// word per row instead of two.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "helhed/indicators/definition.h"
#include "helhed/register/column_store.h"

namespace helhed::indicators::internal {

// Every combination of the register_::Flag bits.
inline constexpr int kFlagKeys = 1 << 10;
static_assert(register_::kGradePresent < kFlagKeys, "a flag bit beyond the flags table");

// A mean indicator's place: the lane of its population, and its slot in a
// cell's sums.
struct MeanSlot {
  int lane = 0;
  int slot = 0;
};

class LaneTables {
 public:
  // At most 64 indicators (Compute checks), so at most 128 lanes.
  explicit LaneTables(const IndicatorSet& defs);

  size_t lanes() const { return lanes_; }
  // 64-bit words of lanes per row: 1 up to 64 lanes, else 2.
  int words() const { return lanes_ <= 64 ? 1 : 2; }
  int pop_lane(size_t indicator) const { return pop_lane_[indicator]; }
  // Population and numerator (a count's or a mean's: its population).
  int hit_lane(size_t indicator) const { return hit_lane_[indicator]; }
  const std::vector<MeanSlot>& income() const { return income_; }
  const std::vector<MeanSlot>& grade() const { return grade_; }
  size_t mean_count() const { return income_.size() + grade_.size(); }
  // The indicator's slot in a cell's sums, or -1 if it is not a mean.
  int mean_slot(size_t indicator) const { return mean_slot_[indicator]; }

  // The lanes each profile of a store admits, words() per profile in the
  // store's profile order (most frequent first, so the entries most rows use
  // share cache lines). Made per computation from the definitions: the store
  // holds register values only. Out-of-range codes count as the schema's
  // last value (ingest never writes them).
  std::vector<uint64_t> ProfileLanes(const std::vector<register_::Profile>& profiles) const;

 private:
  using Words = std::array<uint64_t, 2>;

  size_t lanes_ = 0;
  std::vector<int> pop_lane_, hit_lane_, mean_slot_;
  std::vector<MeanSlot> income_, grade_;
  // Per value of each part of a profile: the lanes whose condition that
  // value meets. A profile meets a lane's condition if every part does.
  std::array<Words, 256> age_{}, sex_{}, origin_{}, education_{};
  std::vector<Words> flags_ = std::vector<Words>(kFlagKeys);
};

}  // namespace helhed::indicators::internal
