// SPDX-License-Identifier: Apache-2.0
// The counting pass' inner loop: how many rows of a run have each lane set,
// for up to 128 lanes at once.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace helhed::indicators::internal {

// The 128 vector positions' counts into the lanes: with one lane word per
// row, positions i and 64 + i are both lane i.
template <typename Count>
void AddTotals(const std::array<Count, 128>& totals, int64_t* out, size_t lanes, int words) {
  for (size_t i = 0; i < lanes; ++i) {
    out[i] += static_cast<int64_t>(totals[i]) + (words == 1 ? static_cast<int64_t>(totals[64 + i]) : 0);
  }
}

// Counts, for one run of rows, how many rows have each lane set. A group is
// kVectors vectors of 128 bits: 32 rows of one lane word (the even rows'
// lanes in bits 0-63, the odd rows' in 64-127) or 16 rows of two (lanes
// 0-63, 64-127); a short last group is padded with zeros.
#if defined(__SSE2__)
// SSE2 is part of every x86-64 CPU. Positional population count: the
// vectors of a group are added in a carry-save adder tree
// (Harley-Seal) into bit planes of weight 1, 2, 4 and 8 per lane; the
// group's weight-16 carries go to byte counters, which go to 32-bit totals
// every 255 groups. About 7 vector operations per vector, however many bits
// are set: per row, 3.5 for up to 64 lanes or 7 for up to 128.
class RunCounter {
 public:
  static constexpr int kVectors = 16;
  RunCounter() { Clear(); }

  // vectors[i]: the low and high 64 bits of vector i (16-byte aligned).
  void AddGroup(const uint64_t (*vectors)[2]) {
    const auto x = [&](int i) { return _mm_load_si128(reinterpret_cast<const __m128i*>(vectors[i])); };
    const __m128i eights_a = AddEight(x, 0);
    const __m128i eights_b = AddEight(x, 8);
    __m128i sixteens;
    Csa(sixteens, eights_, eights_, eights_a, eights_b);
    __m128i spread[8];
    Spread(sixteens, spread);
    for (int b = 0; b < 8; ++b) sixteens_[b] = _mm_sub_epi8(sixteens_[b], spread[b]);  // 0xFF = -1
    if (++groups_ == 255) FlushSixteens();
  }

  // Adds each lane's count to out[lane], lane < lanes, and starts again from
  // zero. words: the lane words per row of the groups added.
  void FlushInto(int64_t* out, size_t lanes, int words) {
    FlushSixteens();
    // The planes below 16 as one byte per lane: sum of weight & spread.
    __m128i low[8] = {};
    const __m128i* planes[4] = {&ones_, &twos_, &fours_, &eights_};
    for (int w = 0; w < 4; ++w) {
      __m128i spread[8];
      Spread(*planes[w], spread);
      const __m128i weight = _mm_set1_epi8(static_cast<char>(1 << w));
      for (int b = 0; b < 8; ++b) low[b] = _mm_add_epi8(low[b], _mm_and_si128(spread[b], weight));
    }
    alignas(16) uint8_t bytes[128];
    for (int b = 0; b < 8; ++b) _mm_store_si128(reinterpret_cast<__m128i*>(bytes + 16 * b), low[b]);
    for (size_t i = 0; i < 128; ++i) totals_[i] += bytes[i];
    AddTotals(totals_, out, lanes, words);
    Clear();
  }

 private:
  // Adds x(first) .. x(first + 3) to the running ones and twos; returns
  // their weight-4 carry.
  template <typename Load>
  __m128i AddFour(const Load& x, int first) {
    __m128i twos_a, twos_b, fours;
    Csa(twos_a, ones_, ones_, x(first), x(first + 1));
    Csa(twos_b, ones_, ones_, x(first + 2), x(first + 3));
    Csa(fours, twos_, twos_, twos_a, twos_b);
    return fours;
  }
  // The same for x(first) .. x(first + 7), down to their weight-8 carry.
  template <typename Load>
  __m128i AddEight(const Load& x, int first) {
    const __m128i fours_a = AddFour(x, first);
    const __m128i fours_b = AddFour(x, first + 4);
    __m128i eights;
    Csa(eights, fours_, fours_, fours_a, fours_b);
    return eights;
  }
  // Carry-save adder: high:low = a + b + c per bit.
  static void Csa(__m128i& high, __m128i& low, __m128i a, __m128i b, __m128i c) {
    const __m128i u = _mm_xor_si128(a, b);
    high = _mm_or_si128(_mm_and_si128(a, b), _mm_and_si128(u, c));
    low = _mm_xor_si128(u, c);
  }
  // Byte j of out[b] = 0xFF if bit 16 b + j of v is set, else 0.
  static void Spread(__m128i v, __m128i out[8]) {
    const __m128i select = _mm_set1_epi64x(static_cast<long long>(0x8040201008040201ULL));
    const __m128i halves[2] = {v, _mm_unpackhi_epi64(v, v)};
    for (int h = 0; h < 2; ++h) {
      const __m128i twice = _mm_unpacklo_epi8(halves[h], halves[h]);  // b0 b0 b1 b1 ... b7 b7
      const __m128i lo = _mm_unpacklo_epi16(twice, twice);            // b0 x4 .. b3 x4
      const __m128i hi = _mm_unpackhi_epi16(twice, twice);            // b4 x4 .. b7 x4
      const __m128i parts[4] = {_mm_unpacklo_epi32(lo, lo), _mm_unpackhi_epi32(lo, lo),
                                _mm_unpacklo_epi32(hi, hi), _mm_unpackhi_epi32(hi, hi)};
      for (int q = 0; q < 4; ++q) out[4 * h + q] = _mm_cmpeq_epi8(_mm_and_si128(parts[q], select), select);
    }
  }
  void FlushSixteens() {
    alignas(16) uint8_t bytes[128];
    for (int b = 0; b < 8; ++b) _mm_store_si128(reinterpret_cast<__m128i*>(bytes + 16 * b), sixteens_[b]);
    for (int i = 0; i < 128; ++i) totals_[i] += 16u * bytes[i];
    for (auto& c : sixteens_) c = _mm_setzero_si128();
    groups_ = 0;
  }
  void Clear() {
    ones_ = twos_ = fours_ = eights_ = _mm_setzero_si128();
    for (auto& c : sixteens_) c = _mm_setzero_si128();
    totals_ = {};
    groups_ = 0;
  }

  __m128i ones_, twos_, fours_, eights_;
  __m128i sixteens_[8];
  std::array<uint32_t, 128> totals_;
  int groups_ = 0;
};
#else
// Portable fallback: one counter per set bit.
class RunCounter {
 public:
  static constexpr int kVectors = 16;
  void AddGroup(const uint64_t (*vectors)[2]) {
    for (int i = 0; i < kVectors; ++i)
      for (int h = 0; h < 2; ++h)
        for (uint64_t m = vectors[i][h]; m != 0; m &= m - 1) ++totals_[64 * h + std::countr_zero(m)];
  }
  void FlushInto(int64_t* out, size_t lanes, int words) {
    AddTotals(totals_, out, lanes, words);
    totals_ = {};
  }

 private:
  std::array<uint64_t, 128> totals_{};
};
#endif

}  // namespace helhed::indicators::internal
