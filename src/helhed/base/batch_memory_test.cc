// SPDX-License-Identifier: Apache-2.0
#include "helhed/base/batch_memory.h"

#include <sys/resource.h>

#include <cstdlib>
#include <cstring>

#include <gtest/gtest.h>

namespace helhed {
namespace {

long MinorFaults() {
  rusage usage{};
  ::getrusage(RUSAGE_SELF, &usage);
  return usage.ru_minflt;
}

// Writes every byte of a fresh 64 MB block and frees it; returns the page
// faults that took. The asm keeps the compiler from dropping the block.
long FaultsOfOneBlock() {
  constexpr size_t kBytes = size_t{64} << 20;
  const long before = MinorFaults();
  char* block = static_cast<char*>(std::malloc(kBytes));
  std::memset(block, 1, kBytes);
  asm volatile("" : : "r"(block) : "memory");
  std::free(block);
  return MinorFaults() - before;
}

// The point of the policy: a second job phase that allocates what the first
// freed does not fault it in again (by default glibc unmaps a 64 MB block on
// free, and the next one costs 16 384 faults of 4 KB pages).
TEST(BatchMemoryTest, AFreedBlockIsReusedWithoutFaultingItInAgain) {
  KeepFreedMemoryForThisJob();
  FaultsOfOneBlock();  // the heap grows to hold it once
  EXPECT_LT(FaultsOfOneBlock(), 200);
}

}  // namespace
}  // namespace helhed
