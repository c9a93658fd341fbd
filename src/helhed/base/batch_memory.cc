// SPDX-License-Identifier: Apache-2.0
#include "helhed/base/batch_memory.h"

#include <malloc.h>

namespace helhed {

void KeepFreedMemoryForThisJob() {
  constexpr int kGigabyte = 1 << 30;
  // Advice to glibc's allocator; each call returns 0 only if refused, and
  // then malloc keeps its defaults, which are still correct.
  ::mallopt(M_MMAP_THRESHOLD, kGigabyte);  // glibc 2.36 on x86-64 takes it (the test checks the effect)
  ::mallopt(M_TRIM_THRESHOLD, kGigabyte);
  ::mallopt(M_TOP_PAD, 64 << 20);
}

}  // namespace helhed
