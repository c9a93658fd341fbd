// SPDX-License-Identifier: Apache-2.0
#include "helhed/indicators/internal/lane_tables.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <string>

namespace helhed::indicators::internal {
namespace {

// A condition as the set of values of each part it admits, one bit per
// value; conditions with equal sets admit the same rows and share a lane.
struct ValueSets {
  using Set = std::array<uint64_t, 4>;  // values 0-255
  std::array<Set, 4> parts{};           // age, sex, origin, education
  std::array<uint64_t, kFlagKeys / 64> flags{};

  static bool In(const uint64_t* set, int v) { return (set[v / 64] >> (v % 64) & 1) != 0; }
  bool Admits(int part, int v) const { return In(parts[part].data(), v); }
  bool AdmitsFlags(int f) const { return In(flags.data(), f); }
  // Some part admits no value: no row meets the condition.
  bool Empty() const {
    const auto none = [](const auto& set) {
      return std::all_of(set.begin(), set.end(), [](uint64_t w) { return w == 0; });
    };
    return std::any_of(parts.begin(), parts.end(), none) || none(flags);
  }
  std::string Key() const {
    if (Empty()) return "empty";
    std::string key(sizeof parts + sizeof flags, '\0');
    std::memcpy(key.data(), parts.data(), sizeof parts);
    std::memcpy(key.data() + sizeof parts, flags.data(), sizeof flags);
    return key;
  }
};

// Code `v` of a part with `count` values, out-of-range codes as the last.
int Clamp(int v, int count) { return std::min(v, count - 1); }

// The value sets of the conjunction of `conditions`.
ValueSets ValueSetsOf(std::initializer_list<const Condition*> conditions) {
  ValueSets c;
  const auto set = [](uint64_t* words, int v) { words[v / 64] |= uint64_t{1} << (v % 64); };
  for (int v = 0; v < 256; ++v) {
    bool age = true, sex = true, origin = true, education = true;
    for (const Condition* cond : conditions) {
      age = age && v >= cond->age_min && v <= cond->age_max;
      sex = sex && (cond->sex_mask >> Clamp(v, 2) & 1) != 0;
      origin = origin && (cond->origin_mask >> Clamp(v, register_::kOriginCount) & 1) != 0;
      education = education && (cond->education_mask >> Clamp(v, register_::kEducationCount) & 1) != 0;
    }
    if (age) set(c.parts[0].data(), v);
    if (sex) set(c.parts[1].data(), v);
    if (origin) set(c.parts[2].data(), v);
    if (education) set(c.parts[3].data(), v);
  }
  for (int f = 0; f < kFlagKeys; ++f) {
    bool in = true;
    for (const Condition* cond : conditions) {
      in = in && (f & cond->flags_required_set) == cond->flags_required_set && (f & cond->flags_required_clear) == 0;
    }
    if (in) set(c.flags.data(), f);
  }
  return c;
}

}  // namespace

LaneTables::LaneTables(const IndicatorSet& defs) {
  std::map<std::string, int> lane_of;
  std::vector<ValueSets> lane_sets;
  const auto lane = [&](const ValueSets& sets) {
    const auto [it, added] = lane_of.try_emplace(sets.Key(), static_cast<int>(lane_sets.size()));
    if (added) lane_sets.push_back(sets);
    return it->second;
  };
  for (size_t i = 0; i < defs.indicators.size(); ++i) {
    const IndicatorDef& def = defs.indicators[i];
    pop_lane_.push_back(lane(ValueSetsOf({&def.population})));
    hit_lane_.push_back(def.kind == IndicatorKind::kShare ? lane(ValueSetsOf({&def.population, &def.numerator}))
                                                          : pop_lane_.back());
    mean_slot_.push_back(-1);
    if (def.mean_value != MeanValue::kNone) {
      mean_slot_.back() = static_cast<int>(mean_count());
      (def.mean_value == MeanValue::kGrossIncome ? income_ : grade_).push_back({pop_lane_.back(), mean_slot_.back()});
    }
  }
  lanes_ = lane_sets.size();
  for (size_t l = 0; l < lanes_; ++l) {
    const ValueSets& c = lane_sets[l];
    const auto set = [&](Words& words, bool in) {
      if (in) words[l / 64] |= uint64_t{1} << (l % 64);
    };
    for (int v = 0; v < 256; ++v) {
      set(age_[v], c.Admits(0, v));
      set(sex_[v], c.Admits(1, v));
      set(origin_[v], c.Admits(2, v));
      set(education_[v], c.Admits(3, v));
    }
    for (int f = 0; f < kFlagKeys; ++f) set(flags_[f], c.AdmitsFlags(f));
  }
}

std::vector<uint64_t> LaneTables::ProfileLanes(const std::vector<register_::Profile>& profiles) const {
  const int n = words();
  std::vector<uint64_t> out(profiles.size() * n);
  for (size_t p = 0; p < profiles.size(); ++p) {
    const register_::Profile& row = profiles[p];
    for (int w = 0; w < n; ++w) {
      out[p * n + w] = age_[row.age][w] & sex_[row.sex][w] & origin_[row.origin][w] & education_[row.education][w] &
                       flags_[row.flags & (kFlagKeys - 1)][w];
    }
  }
  return out;
}

}  // namespace helhed::indicators::internal
