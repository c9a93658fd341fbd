// SPDX-License-Identifier: Apache-2.0
// The ingest's dictionaries (row -> cell id, row -> profile id) are looked up
// once per row on the one thread that feeds the store builder in file order,
// so every nanosecond there is wall time. std::unordered_map cost ~80 ns per
// row (a node chase and a bucket chase, both cache misses at 70 000
// profiles); this open-addressing table keeps 64-bit hashes and ids in one
// flat array and finds most keys in the first cache line it touches.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace helhed::register_::internal {

// A bijective 64-bit mix (the MurmurHash3 finaliser): distinct keys give
// distinct hashes, so a table keyed by MixKey(key) needs no other check.
inline uint64_t MixKey(uint64_t key) {
  key ^= key >> 33;
  key *= 0xff51afd7ed558ccdULL;
  key ^= key >> 33;
  key *= 0xc4ceb9fe1a85ec53ULL;
  key ^= key >> 33;
  return key;
}

// Maps 64-bit hashes to ids. Several keys may share a hash: FindOrAdd asks
// the caller whether a stored id is the key it looks for.
class FlatIdMap {
 public:
  FlatIdMap() : slots_(kInitialSlots) {}

  // The id stored for the key with this hash (the first id for which
  // `is_key(id)` is true); if there is none, stores `fresh` and returns
  // {fresh, true}.
  // Starts loading the slot a later FindOrAdd(hash, ...) looks at first.
  void Prefetch(uint64_t hash) const { __builtin_prefetch(&slots_[Home(hash)]); }

  template <typename IsKey>
  std::pair<uint32_t, bool> FindOrAdd(uint64_t hash, uint32_t fresh, IsKey&& is_key) {
    const size_t mask = slots_.size() - 1;
    for (size_t i = Home(hash);; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.id == kEmpty) {
        slot = Slot{hash, fresh};
        if (++used_ * 2 > slots_.size()) Grow();
        return {fresh, true};
      }
      if (slot.hash == hash && is_key(slot.id)) return {slot.id, false};
    }
  }

 private:
  static constexpr uint32_t kEmpty = UINT32_MAX;
  static constexpr size_t kInitialSlots = 1024;  // a power of two
  struct Slot {
    uint64_t hash = 0;
    uint32_t id = kEmpty;
  };

  // The top bits: MixKey and std::hash spread them well.
  size_t Home(uint64_t hash) const { return (hash >> 20) & (slots_.size() - 1); }

  void Grow() {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    const size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.id == kEmpty) continue;
      size_t i = Home(slot.hash);
      while (slots_[i].id != kEmpty) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<Slot> slots_;
  size_t used_ = 0;
};

}  // namespace helhed::register_::internal
