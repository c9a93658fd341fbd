// SPDX-License-Identifier: Apache-2.0
#include "helhed/register/internal/flat_id_map.h"

#include <cstdint>
#include <vector>

#include <gtest/gtest.h>

namespace helhed::register_::internal {
namespace {

// The profile dictionary's use: MixKey is bijective, so a hash names its key.
TEST(FlatIdMapTest, KeepsIdsInOrderOfFirstSightThroughGrowth) {
  FlatIdMap map;
  for (uint32_t round = 0; round < 2; ++round) {
    for (uint64_t key = 0; key < 100000; ++key) {  // grows from 1 024 slots to 262 144
      const auto [id, added] = map.FindOrAdd(MixKey(key * 7919), static_cast<uint32_t>(key), [](uint32_t) { return true; });
      ASSERT_EQ(id, key);
      ASSERT_EQ(added, round == 0);
    }
  }
}

// The cell dictionary's use: different keys may share a hash, and the
// caller's check tells them apart.
TEST(FlatIdMapTest, TellsKeysWithTheSameHashApart) {
  FlatIdMap map;
  std::vector<uint64_t> keys;
  auto find_or_add = [&](uint64_t key) {
    const uint64_t hash = key % 3;  // many collisions on purpose
    const auto [id, added] = map.FindOrAdd(hash, static_cast<uint32_t>(keys.size()),
                                           [&](uint32_t candidate) { return keys[candidate] == key; });
    if (added) keys.push_back(key);
    return id;
  };
  for (uint64_t key = 100; key < 2100; ++key) EXPECT_EQ(find_or_add(key), key - 100);
  for (uint64_t key = 2099; key >= 100; --key) EXPECT_EQ(find_or_add(key), key - 100);
  EXPECT_EQ(keys.size(), 2000u);
}

}  // namespace
}  // namespace helhed::register_::internal
