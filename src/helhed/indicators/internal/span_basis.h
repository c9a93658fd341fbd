// SPDX-License-Identifier: Apache-2.0
// An exact sparse row-echelon basis for "is this linear combination of
// variables determined by those equations?", the question secondary
// suppression asks for every hidden value. Arithmetic is modulo the prime
// 2^61 - 1, so there is no rounding: a floating-point residue could call a
// recoverable value safe. Reduction uses a dense scratch vector and a heap of
// touched variables, so eliminating against k basis rows costs the sum of
// their lengths, not k copies of the row being reduced.
#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace helhed::indicators::internal {

// One term of a row: variable index and integer coefficient.
using Term = std::pair<uint32_t, int64_t>;

class SpanBasis {
 public:
  // Variables are 0 .. variable_count - 1.
  explicit SpanBasis(size_t variable_count);

  // Adds `row` (any order, repeated variables summed). Returns true if it
  // enlarged the span. REQUIRES: every variable < variable_count.
  bool Add(std::span<const Term> row);

  // True if `row` is a linear combination of the rows added so far (the
  // empty row always is). Not const: it uses the scratch space; not
  // thread-safe.
  bool InSpan(std::span<const Term> row);

  size_t rank() const { return rows_.size(); }

 private:
  using Entry = std::pair<uint32_t, uint64_t>;  // variable, coefficient mod p

  // Reduces the scattered row until its smallest non-zero variable has no
  // pivot; returns that variable, or UINT32_MAX when the row reduced to zero.
  uint32_t ReduceScratch();
  void Scatter(std::span<const Term> row);
  void ClearScratch();

  std::vector<int32_t> pivot_of_;         // variable -> index into rows_, or -1
  std::vector<std::vector<Entry>> rows_;  // leading entry first, with coefficient 1
  std::vector<uint64_t> work_;            // dense scratch row, all zero between calls
  std::vector<uint8_t> queued_;           // variable is in heap_
  std::vector<uint32_t> heap_;            // min-heap of touched variables
};

}  // namespace helhed::indicators::internal
