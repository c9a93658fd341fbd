// SPDX-License-Identifier: Apache-2.0
// An exact sparse row-echelon basis for "is this linear combination of
// variables determined by those equations?", the question secondary
// suppression asks for every hidden value. Arithmetic is modulo the prime
// 2^61 - 1, so there is no rounding: a floating-point residue could call a
// recoverable value safe. Reduction uses a dense scratch vector and a bitset
// of touched variables, so eliminating against k basis rows costs the sum of
// their lengths (plus one word per 64 variables scanned), not k copies of the
// row being reduced. Rows and certificates live in flat pools: adding a row
// allocates nothing once the pools have grown.
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
// It uses only rows that enlarged the span when added; those are linearly
// independent, so the certificate is the one combination of them equal to
// the row: any exact elimination order gives the same certificate.
using Certificate = std::vector<std::pair<uint32_t, uint64_t>>;

class SpanBasis {
 public:
  // Variables are 0 .. variable_count - 1.
  // With `certificates`, every basis row remembers which added rows it
  // combines, so CertificateOf() can name them (costs memory and time).
  explicit SpanBasis(size_t variable_count, bool certificates = false);

  // Makes room for `rows` added rows of `entries` terms in all, so that
  // adding them grows no pool.
  void Reserve(size_t rows, size_t entries);

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

  size_t rank() const { return row_begin_.size() - 1; }

 private:
  using Entry = std::pair<uint32_t, uint64_t>;  // variable, coefficient mod p

  // A dense scratch row over 0 .. size - 1 with a bitset of touched indices
  // and the range [lo, hi] they lie in. Invariant between calls: all zero.
  struct Scratch {
    std::vector<uint64_t> value;
    std::vector<uint64_t> bits;
    uint32_t lo = UINT32_MAX, hi = 0;
    void Resize(size_t size);
    void Touch(uint32_t i);
    // Passes the non-zero entries with index >= from to out(index, value)
    // in ascending order and clears the scratch.
    template <typename Fn>
    void Drain(uint32_t from, const Fn& out);
    void Clear();
  };
  static void DrainScaled(Scratch& scratch, uint32_t from, uint64_t factor, std::vector<Entry>& pool);

  // Reduces the scattered row until its smallest non-zero variable has no
  // pivot; returns that variable, or UINT32_MAX when the row reduced to zero.
  // With certificates, steps_ records the basis rows it subtracted.
  uint32_t ReduceScratch();
  // Subtracts from origin_work_ the origins of the rows in steps_, each times
  // its multiple: the added rows the last reduction combined. Done only when
  // they are needed (a row that enlarges the span, a certificate): about 90 %
  // of the origin work of building a basis went into rows that reduced to
  // zero and whose origins were thrown away.
  void CombineOrigins();
  void Scatter(std::span<const Term> row);
  std::span<const Entry> Row(size_t r) const { return {row_pool_.data() + row_begin_[r], row_pool_.data() + row_begin_[r + 1]}; }
  std::span<const Entry> Origin(size_t r) const {
    return {origin_pool_.data() + origin_begin_[r], origin_pool_.data() + origin_begin_[r + 1]};
  }

  std::vector<int32_t> pivot_of_;  // variable -> basis row, or -1
  // Basis rows, leading entry first with coefficient 1: row r is
  // row_pool_[row_begin_[r], row_begin_[r + 1]).
  std::vector<Entry> row_pool_;
  std::vector<uint32_t> row_begin_{0};
  Scratch work_;  // over variables
  // Certificates: per basis row, the added rows it is made of (tag,
  // coefficient), pooled like the rows; a scratch over tags while reducing.
  bool certificates_ = false;
  uint32_t added_ = 0;
  std::vector<Entry> origin_pool_;
  std::vector<uint32_t> origin_begin_{0};
  Scratch origin_work_;
  std::vector<std::pair<int32_t, uint64_t>> steps_;  // (basis row, multiple) of the last reduction
};

}  // namespace helhed::indicators::internal
