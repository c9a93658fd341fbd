// SPDX-License-Identifier: Apache-2.0
// See span_basis.h. Invariant between calls: work_ is all zero, queued_ all
// zero, heap_ empty. Every stored row's first entry is its smallest variable
// (the pivot) with coefficient 1, and no two rows share a pivot, so reducing
// the smallest touched variable first only ever creates larger ones.
#include "helhed/indicators/internal/span_basis.h"

#include <algorithm>
#include <functional>

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
    : pivot_of_(variable_count, -1),
      work_(variable_count, 0),
      queued_(variable_count, 0),
      certificates_(certificates) {}

void SpanBasis::Scatter(std::span<const Term> row) {
  for (const auto& [variable, coefficient] : row) {
    HELHED_DCHECK(variable < work_.size());
    work_[variable] = AddMod(work_[variable], FromInt(coefficient));
    if (!queued_[variable]) {
      queued_[variable] = 1;
      heap_.push_back(variable);
      std::push_heap(heap_.begin(), heap_.end(), std::greater<>());
    }
  }
}

uint32_t SpanBasis::ReduceScratch() {
  while (!heap_.empty()) {
    std::pop_heap(heap_.begin(), heap_.end(), std::greater<>());
    const uint32_t variable = heap_.back();
    const uint64_t c = work_[variable];
    if (c == 0) {
      heap_.pop_back();
      queued_[variable] = 0;
      continue;
    }
    const int32_t pivot = pivot_of_[variable];
    if (pivot < 0) {
      // Stays in the heap (still queued) so the caller sees every non-zero.
      std::push_heap(heap_.begin(), heap_.end(), std::greater<>());
      return variable;
    }
    heap_.pop_back();
    queued_[variable] = 0;
    work_[variable] = 0;
    const auto& row = rows_[pivot];
    if (certificates_) {
      for (const auto& [tag, a] : origins_[pivot]) {
        if (origin_work_[tag] == 0) origin_touched_.push_back(tag);
        origin_work_[tag] = SubMod(origin_work_[tag], Mul(c, a));
        // A coefficient that cancels to 0 may be touched again: the touched
        // list can hold a tag twice, which the collection below tolerates.
      }
    }
    for (size_t i = 1; i < row.size(); ++i) {
      const auto [other, a] = row[i];
      work_[other] = SubMod(work_[other], Mul(c, a));
      if (!queued_[other]) {
        queued_[other] = 1;
        heap_.push_back(other);
        std::push_heap(heap_.begin(), heap_.end(), std::greater<>());
      }
    }
  }
  return UINT32_MAX;
}

void SpanBasis::ClearScratch() {
  for (uint32_t variable : heap_) {
    work_[variable] = 0;
    queued_[variable] = 0;
  }
  heap_.clear();
}

bool SpanBasis::Add(std::span<const Term> row) {
  const uint32_t tag = added_++;
  if (certificates_) {
    origin_work_.resize(added_, 0);
    origin_work_[tag] = 1;
    origin_touched_.push_back(tag);
  }
  Scatter(row);
  const uint32_t lead = ReduceScratch();
  std::vector<Entry> origin;
  if (certificates_) origin = TakeOrigin();
  if (lead == UINT32_MAX) return false;
  std::vector<Entry> entries;
  entries.reserve(heap_.size());
  for (uint32_t variable : heap_) {
    if (work_[variable] != 0) entries.emplace_back(variable, work_[variable]);
  }
  ClearScratch();
  std::sort(entries.begin(), entries.end());
  HELHED_DCHECK(entries.front().first == lead);
  // Most pivots are ±1: skip the 120 multiplications of Fermat's inverse.
  const uint64_t lead_value = entries.front().second;
  const uint64_t inverse = lead_value == 1 ? 1 : lead_value == kPrime - 1 ? kPrime - 1 : Inverse(lead_value);
  for (auto& entry : entries) entry.second = Mul(entry.second, inverse);
  pivot_of_[lead] = static_cast<int32_t>(rows_.size());
  rows_.push_back(std::move(entries));
  if (certificates_) {
    for (auto& entry : origin) entry.second = Mul(entry.second, inverse);
    origins_.push_back(std::move(origin));
  }
  return true;
}

std::vector<SpanBasis::Entry> SpanBasis::TakeOrigin() {
  std::sort(origin_touched_.begin(), origin_touched_.end());
  origin_touched_.erase(std::unique(origin_touched_.begin(), origin_touched_.end()), origin_touched_.end());
  std::vector<Entry> origin;
  for (uint32_t tag : origin_touched_) {
    if (origin_work_[tag] != 0) origin.emplace_back(tag, origin_work_[tag]);
    origin_work_[tag] = 0;
  }
  origin_touched_.clear();
  return origin;
}

std::optional<Certificate> SpanBasis::CertificateOf(std::span<const Term> row) {
  HELHED_DCHECK(certificates_);
  Scatter(row);
  const bool zero = ReduceScratch() == UINT32_MAX;
  ClearScratch();
  // row - sum(c_j b_j) = 0 with the scratch holding -sum(c_j origin_j).
  std::vector<Entry> origin = TakeOrigin();
  if (!zero) return std::nullopt;
  Certificate certificate;
  for (const auto& [tag, value] : origin) certificate.emplace_back(tag, SubMod(0, value));
  return certificate;
}

bool SpanBasis::InSpan(std::span<const Term> row) {
  Scatter(row);
  const bool zero = ReduceScratch() == UINT32_MAX;
  ClearScratch();
  return zero;
}

}  // namespace helhed::indicators::internal
