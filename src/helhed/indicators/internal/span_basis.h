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
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace helhed::indicators::internal {

// One term of a row: variable index and integer coefficient.
using Term = std::pair<uint32_t, int64_t>;

// Arithmetic modulo the basis' prime, for callers that combine rows with a
// certificate's coefficients.
uint64_t ModFromInt(int64_t c);
uint64_t ModMul(uint64_t a, uint64_t b);
uint64_t ModAdd(uint64_t a, uint64_t b);

// A certificate: which added rows (by tag, the 0-based order of Add calls)
// a combination uses, and their coefficients modulo the prime; ascending tags.
using Certificate = std::vector<std::pair<uint32_t, uint64_t>>;

class SpanBasis {
 public:
  // Variables are 0 .. variable_count - 1.
  // With `certificates`, every basis row remembers which added rows it
  // combines, so CertificateOf() can name them (costs memory and time).
  explicit SpanBasis(size_t variable_count, bool certificates = false);

  // Adds `row` (any order, repeated variables summed). Returns true if it
  // enlarged the span. REQUIRES: every variable < variable_count.
  bool Add(std::span<const Term> row);

  // True if `row` is a linear combination of the rows added so far (the
  // empty row always is). Not const: it uses the scratch space; not
  // thread-safe.
  bool InSpan(std::span<const Term> row);

  // For a row in the span, a combination of the added rows equal to it: the
  // derivation a reader would use. nullopt when the row is not in the span.
  // REQUIRES: constructed with certificates.
  std::optional<Certificate> CertificateOf(std::span<const Term> row);

  size_t rank() const { return rows_.size(); }

 private:
  using Entry = std::pair<uint32_t, uint64_t>;  // variable, coefficient mod p

  // Reduces the scattered row until its smallest non-zero variable has no
  // pivot; returns that variable, or UINT32_MAX when the row reduced to zero.
  uint32_t ReduceScratch();
  void Scatter(std::span<const Term> row);
  void ClearScratch();
  std::vector<Entry> TakeOrigin();  // the origin scratch as sorted entries; clears it

  std::vector<int32_t> pivot_of_;         // variable -> index into rows_, or -1
  std::vector<std::vector<Entry>> rows_;  // leading entry first, with coefficient 1
  std::vector<uint64_t> work_;            // dense scratch row, all zero between calls
  std::vector<uint8_t> queued_;           // variable is in heap_
  std::vector<uint32_t> heap_;            // min-heap of touched variables
  // Certificates: per basis row, the added rows it is made of (tag,
  // coefficient); a dense scratch over tags while reducing.
  bool certificates_ = false;
  uint32_t added_ = 0;
  std::vector<std::vector<Entry>> origins_;
  std::vector<uint64_t> origin_work_;
  std::vector<uint32_t> origin_touched_;
};

}  // namespace helhed::indicators::internal
