// SPDX-License-Identifier: Apache-2.0
// See span_basis.h. Invariant between calls: both scratches are all zero.
// Every stored row's first entry is its smallest variable (the pivot) with
// coefficient 1, and no two rows share a pivot, so reducing the smallest
// touched variable first only ever creates larger ones: the scan for the
// next touched variable only moves forward through the bitset.
#include "helhed/indicators/internal/span_basis.h"

#include <algorithm>
#include <bit>

#include "helhed/base/check.h"

namespace helhed::indicators::internal {
namespace {

constexpr uint64_t kPrime = (uint64_t{1} << 61) - 1;
__extension__ typedef unsigned __int128 Uint128;  // GCC and clang; -Wpedantic-clean

uint64_t Fold(Uint128 x) {
  uint64_t r = static_cast<uint64_t>(x & kPrime) + static_cast<uint64_t>(x >> 61);
  r = (r & kPrime) + (r >> 61);
  return r >= kPrime ? r - kPrime : r;
}
uint64_t Mul(uint64_t a, uint64_t b) { return Fold(static_cast<Uint128>(a) * b); }
uint64_t AddMod(uint64_t a, uint64_t b) {
  const uint64_t r = a + b;  // both below 2^61: no overflow
  return r >= kPrime ? r - kPrime : r;
}
uint64_t SubMod(uint64_t a, uint64_t b) { return a >= b ? a - b : a + kPrime - b; }
uint64_t FromInt(int64_t c) {
  // Equations' coefficients are small: skip the division.
  if (c >= 0 && c < static_cast<int64_t>(kPrime)) return static_cast<uint64_t>(c);
  if (c < 0 && c > -static_cast<int64_t>(kPrime)) return kPrime - static_cast<uint64_t>(-c);
  const uint64_t magnitude = c < 0 ? static_cast<uint64_t>(-(c + 1)) + 1 : static_cast<uint64_t>(c);
  const uint64_t m = magnitude % kPrime;
  return c < 0 && m != 0 ? kPrime - m : m;
}
// Fermat: a^(p-2) is the inverse of a non-zero a.
uint64_t Inverse(uint64_t a) {
  uint64_t result = 1;
  for (uint64_t e = kPrime - 2; e != 0; e >>= 1) {
    if (e & 1) result = Mul(result, a);
    a = Mul(a, a);
  }
  return result;
}

}  // namespace

uint64_t ModFromInt(int64_t c) { return FromInt(c); }
uint64_t ModMul(uint64_t a, uint64_t b) { return Mul(a, b); }
uint64_t ModAdd(uint64_t a, uint64_t b) { return AddMod(a, b); }

SpanBasis::SpanBasis(size_t variable_count, bool certificates)
    : pivot_of_(variable_count, -1), certificates_(certificates) {
  work_.Resize(variable_count);
}

void SpanBasis::Reserve(size_t rows, size_t entries) {
  // Elimination fills rows in, but most basis rows are added rows as they
  // came, and most origins are one or two entries.
  row_pool_.reserve(entries);
  row_begin_.reserve(rows + 1);
  if (certificates_) {
    origin_pool_.reserve(2 * rows);
    origin_begin_.reserve(rows + 1);
    // Tags are below `rows`: the scratch over them need not double its way up.
    if (origin_work_.value.size() < rows) origin_work_.Resize(rows);
  }
}

void SpanBasis::Scratch::Resize(size_t size) {
  value.resize(size, 0);
  bits.resize((size + 63) / 64, 0);
}

void SpanBasis::Scratch::Touch(uint32_t i) {
  bits[i >> 6] |= uint64_t{1} << (i & 63);
  lo = std::min(lo, i);
  hi = std::max(hi, i);
}

template <typename Fn>
void SpanBasis::Scratch::Drain(uint32_t from, const Fn& out) {
  if (lo > hi) return;
  for (uint32_t word = lo >> 6; word <= hi >> 6; ++word) {
    for (uint64_t w = bits[word]; w != 0; w &= w - 1) {
      const uint32_t i = (word << 6) + static_cast<uint32_t>(std::countr_zero(w));
      if (i >= from && value[i] != 0) out(i, value[i]);
      value[i] = 0;
    }
    bits[word] = 0;
  }
  lo = UINT32_MAX;
  hi = 0;
}

void SpanBasis::Scratch::Clear() {
  Drain(0, [](uint32_t, uint64_t) {});
}

// Appends the drained scratch to `pool`, each value times `factor`: most
// pivots are ±1, whose multiplication is a copy or a negation. This,
// Scatter and CombineOrigins are inline: each runs once or twice per row
// (2.2 M rows at 6 M x 2), and the calls cost 70 M instructions.
inline void SpanBasis::DrainScaled(Scratch& scratch, uint32_t from, uint64_t factor, std::vector<Entry>& pool) {
  if (factor == 1) {
    scratch.Drain(from, [&](uint32_t i, uint64_t v) { pool.emplace_back(i, v); });
  } else if (factor == kPrime - 1) {
    scratch.Drain(from, [&](uint32_t i, uint64_t v) { pool.emplace_back(i, kPrime - v); });
  } else {
    scratch.Drain(from, [&](uint32_t i, uint64_t v) { pool.emplace_back(i, Mul(v, factor)); });
  }
}

inline void SpanBasis::Scatter(std::span<const Term> row) {
  for (const auto& [variable, coefficient] : row) {
    HELHED_DCHECK(variable < work_.value.size());
    work_.value[variable] = AddMod(work_.value[variable], FromInt(coefficient));
    work_.Touch(variable);
  }
}

uint32_t SpanBasis::ReduceScratch() {
  steps_.clear();
  if (work_.lo > work_.hi) return UINT32_MAX;
  uint32_t word = work_.lo >> 6;
  // work_.hi grows as rows are subtracted, so it is re-read every word.
  while (word <= work_.hi >> 6) {
    const uint64_t w = work_.bits[word];
    if (w == 0) {
      ++word;
      continue;
    }
    const uint32_t variable = (word << 6) + static_cast<uint32_t>(std::countr_zero(w));
    const uint64_t c = work_.value[variable];
    const int32_t pivot = c == 0 ? -1 : pivot_of_[variable];
    if (c != 0 && pivot < 0) {
      work_.lo = variable;  // everything below is zero and cleared
      return variable;
    }
    work_.bits[word] = w & (w - 1);
    if (c == 0) continue;
    work_.value[variable] = 0;
    if (certificates_) steps_.emplace_back(pivot, c);
    const auto row = Row(pivot);
    for (size_t i = 1; i < row.size(); ++i) {
      const auto [other, a] = row[i];
      work_.value[other] = SubMod(work_.value[other], Mul(c, a));
      work_.Touch(other);
    }
  }
  work_.lo = UINT32_MAX;
  work_.hi = 0;
  return UINT32_MAX;
}

inline void SpanBasis::CombineOrigins() {
  for (const auto& [pivot, c] : steps_) {
    for (const auto& [tag, a] : Origin(pivot)) {
      origin_work_.value[tag] = SubMod(origin_work_.value[tag], Mul(c, a));
      origin_work_.Touch(tag);
    }
  }
}

bool SpanBasis::Add(std::span<const Term> row) {
  const uint32_t tag = added_++;
  Scatter(row);
  const uint32_t lead = ReduceScratch();
  if (lead == UINT32_MAX) return false;  // the scratch is all zero again
  if (certificates_) {
    // This row's origin: itself minus the rows its reduction subtracted.
    // The scratch over tags grows in doublings: by one per row, it cost a
    // call to vector::resize's insertion path per row.
    if (origin_work_.value.size() < added_) origin_work_.Resize(2 * added_);
    origin_work_.value[tag] = 1;
    origin_work_.Touch(tag);
    CombineOrigins();
  }
  // Most pivots are ±1: skip the 120 multiplications of Fermat's inverse.
  const uint64_t lead_value = work_.value[lead];
  const uint64_t inverse = lead_value == 1 ? 1 : lead_value == kPrime - 1 ? kPrime - 1 : Inverse(lead_value);
  pivot_of_[lead] = static_cast<int32_t>(rank());
  DrainScaled(work_, lead, inverse, row_pool_);
  HELHED_DCHECK(row_pool_[row_begin_.back()].first == lead);
  row_begin_.push_back(static_cast<uint32_t>(row_pool_.size()));
  if (certificates_) {
    DrainScaled(origin_work_, 0, inverse, origin_pool_);
    origin_begin_.push_back(static_cast<uint32_t>(origin_pool_.size()));
  }
  return true;
}

std::optional<Certificate> SpanBasis::CertificateOf(std::span<const Term> row) {
  HELHED_DCHECK(certificates_);
  // Most rows asked about are not in the span: origins are combined only
  // for a row that is.
  if (!InSpan(row)) return std::nullopt;
  // row - sum(c_j b_j) = 0 with the scratch holding -sum(c_j origin_j).
  CombineOrigins();
  Certificate origin;
  origin_work_.Drain(0, [&](uint32_t t, uint64_t v) { origin.emplace_back(t, kPrime - v); });
  return origin;
}

bool SpanBasis::InSpan(std::span<const Term> row) {
  Scatter(row);
  const bool zero = ReduceScratch() == UINT32_MAX;
  work_.Clear();
  return zero;
}

}  // namespace helhed::indicators::internal
