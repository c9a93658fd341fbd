// SPDX-License-Identifier: Apache-2.0
// SpanBasis against an independent exact rank computation (fraction-free
// Gaussian elimination in 128-bit integers) on small random integer rows:
// t is in the span of A exactly when rank([A; t]) == rank(A).
#include "helhed/indicators/internal/span_basis.h"

#include <algorithm>
#include <numeric>
#include <random>

#include <gtest/gtest.h>

namespace helhed::indicators::internal {
namespace {

__extension__ typedef __int128 Int128;  // -Wpedantic-clean
using Dense = std::vector<std::vector<Int128>>;

Int128 Gcd(Int128 a, Int128 b) {
  if (a < 0) a = -a;
  if (b < 0) b = -b;
  while (b != 0) {
    const Int128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

int Rank(Dense m) {
  int rank = 0;
  const size_t cols = m.empty() ? 0 : m[0].size();
  for (size_t col = 0; col < cols && rank < static_cast<int>(m.size()); ++col) {
    size_t pivot = rank;
    while (pivot < m.size() && m[pivot][col] == 0) ++pivot;
    if (pivot == m.size()) continue;
    std::swap(m[rank], m[pivot]);
    for (size_t r = 0; r < m.size(); ++r) {
      if (r == static_cast<size_t>(rank) || m[r][col] == 0) continue;
      const Int128 a = m[rank][col], b = m[r][col];
      Int128 g = 0;
      for (size_t c = 0; c < cols; ++c) {
        m[r][c] = m[r][c] * a - m[rank][c] * b;
        g = Gcd(g, m[r][c]);
      }
      if (g > 1) {
        for (auto& v : m[r]) v /= g;  // keeps the numbers small
      }
    }
    ++rank;
  }
  return rank;
}

std::vector<Term> Sparse(const std::vector<Int128>& dense) {
  std::vector<Term> row;
  for (size_t v = 0; v < dense.size(); ++v) {
    if (dense[v] != 0) row.emplace_back(static_cast<uint32_t>(v), static_cast<int64_t>(dense[v]));
  }
  std::shuffle(row.begin(), row.end(), std::mt19937(static_cast<unsigned>(dense.size())));
  return row;
}

TEST(SpanBasisTest, AgreesWithExactRankOnRandomRows) {
  std::mt19937 rng(4);
  int in_span = 0, outside = 0;
  for (int trial = 0; trial < 400; ++trial) {
    const size_t vars = 2 + rng() % 9;
    const size_t rows = rng() % 12;
    // Mostly 0/±1 like the hierarchy and the relations, sometimes 2 or -3.
    std::uniform_int_distribution<int> pick(0, 9);
    auto entry = [&]() -> Int128 {
      const int r = pick(rng);
      return r < 5 ? 0 : r < 7 ? 1 : r < 9 ? -1 : (rng() % 2 ? 2 : -3);
    };
    Dense a;
    SpanBasis basis(vars);
    for (size_t r = 0; r < rows; ++r) {
      std::vector<Int128> row(vars);
      for (auto& v : row) v = entry();
      const int before = Rank(a);
      a.push_back(row);
      EXPECT_EQ(basis.Add(Sparse(row)), Rank(a) > before);
    }
    EXPECT_EQ(static_cast<int>(basis.rank()), Rank(a));
    for (int probe = 0; probe < 5; ++probe) {
      std::vector<Int128> t(vars);
      if (probe < 2 && !a.empty()) {
        // A combination of the rows: always in the span.
        for (const auto& row : a) {
          const int c = static_cast<int>(rng() % 5) - 2;
          for (size_t v = 0; v < vars; ++v) t[v] += c * row[v];
        }
      } else {
        for (auto& v : t) v = entry();
      }
      Dense with = a;
      with.push_back(t);
      const bool expected = Rank(with) == Rank(a);
      EXPECT_EQ(basis.InSpan(Sparse(t)), expected) << "trial " << trial;
      (expected ? in_span : outside)++;
    }
  }
  // Both answers occur, so the comparison means something.
  EXPECT_GT(in_span, 100);
  EXPECT_GT(outside, 100);
}

// A certificate is a real derivation: the combination of the named rows with
// its coefficients equals the row, modulo the prime (checked term by term).
TEST(SpanBasisTest, CertificateCombinesTheAddedRowsIntoTheTarget) {
  std::mt19937 rng(7);
  int certified = 0;
  for (int trial = 0; trial < 300; ++trial) {
    const size_t vars = 2 + rng() % 9;
    const size_t rows = rng() % 12;
    Dense a;
    SpanBasis basis(vars, /*certificates=*/true);
    for (size_t r = 0; r < rows; ++r) {
      std::vector<Int128> row(vars);
      for (auto& v : row) v = static_cast<int>(rng() % 5) - 2;
      a.push_back(row);
      basis.Add(Sparse(row));
    }
    std::vector<Int128> t(vars);
    if (trial % 2 == 0 && !a.empty()) {
      for (const auto& row : a) {
        const int c = static_cast<int>(rng() % 5) - 2;
        for (size_t v = 0; v < vars; ++v) t[v] += c * row[v];
      }
    } else {
      for (auto& v : t) v = static_cast<int>(rng() % 3) - 1;
    }
    Dense with = a;
    with.push_back(t);
    const bool expected = Rank(with) == Rank(a);
    const auto certificate = basis.CertificateOf(Sparse(t));
    ASSERT_EQ(certificate.has_value(), expected) << "trial " << trial;
    if (!certificate) continue;
    ++certified;
    for (size_t v = 0; v < vars; ++v) {
      uint64_t sum = 0;
      for (const auto& [tag, coefficient] : *certificate) {
        ASSERT_LT(tag, a.size());
        sum = ModAdd(sum, ModMul(coefficient, ModFromInt(static_cast<int64_t>(a[tag][v]))));
      }
      EXPECT_EQ(sum, ModFromInt(static_cast<int64_t>(t[v]))) << "trial " << trial << " variable " << v;
    }
  }
  EXPECT_GT(certified, 100);
}

// Disclosure control numbers a component's variables in whatever order
// eliminates fastest; that is safe only because a certificate does not depend
// on the numbering (it combines the rows that enlarged the span, which are
// independent). Mostly dependent rows, so the choice of rows is exercised.
TEST(SpanBasisTest, CertificateDoesNotDependOnTheVariableOrder) {
  std::mt19937 rng(11);
  int certified = 0;
  for (int trial = 0; trial < 300; ++trial) {
    const size_t vars = 2 + rng() % 7;
    std::vector<uint32_t> permutation(vars);
    std::iota(permutation.begin(), permutation.end(), 0);
    std::shuffle(permutation.begin(), permutation.end(), rng);
    auto permuted = [&](std::vector<Term> row) {
      for (auto& term : row) term.first = permutation[term.first];
      return row;
    };
    SpanBasis plain(vars, /*certificates=*/true), shuffled(vars, /*certificates=*/true);
    Dense a;
    for (size_t r = 0, rows = 3 + rng() % 14; r < rows; ++r) {
      std::vector<Int128> row(vars);
      for (auto& v : row) v = static_cast<int>(rng() % 5) - 2;
      a.push_back(row);
      EXPECT_EQ(plain.Add(Sparse(row)), shuffled.Add(permuted(Sparse(row))));
    }
    std::vector<Int128> t(vars);
    for (const auto& row : a) {
      const int c = static_cast<int>(rng() % 3) - 1;
      for (size_t v = 0; v < vars; ++v) t[v] += c * row[v];
    }
    const auto expected = plain.CertificateOf(Sparse(t));
    ASSERT_TRUE(expected.has_value());
    EXPECT_EQ(shuffled.CertificateOf(permuted(Sparse(t))), expected) << "trial " << trial;
    certified += !expected->empty();
  }
  EXPECT_GT(certified, 200);
}

TEST(SpanBasisTest, CertificateOfTheResidualNamesTheKommuneAndItsAfdelinger) {
  SpanBasis basis(3, /*certificates=*/true);
  basis.Add(std::vector<Term>{{0, 1}, {1, 1}, {2, 1}});  // tag 0: the kommune
  basis.Add(std::vector<Term>{{0, 1}});                  // tag 1: afdeling 0
  basis.Add(std::vector<Term>{{0, 1}, {1, 1}});          // tag 2: a zone of both
  basis.Add(std::vector<Term>{{1, 1}});                  // tag 3: afdeling 1, redundant
  const auto certificate = basis.CertificateOf(std::vector<Term>{{2, 1}});
  ASSERT_TRUE(certificate.has_value());
  // residual = kommune - zone, with coefficient 1 and -1.
  EXPECT_EQ(*certificate, (Certificate{{0, 1}, {2, ModFromInt(-1)}}));
  EXPECT_FALSE(basis.CertificateOf(std::vector<Term>{{2, 1}, {1, 1}}) == std::nullopt);
  SpanBasis none(2, /*certificates=*/true);
  EXPECT_EQ(none.CertificateOf(std::vector<Term>{{0, 1}}), std::nullopt);
  EXPECT_EQ(none.CertificateOf({}), Certificate{});
}

TEST(SpanBasisTest, EmptyRowIsInTheSpanAndAddsNothing) {
  SpanBasis basis(3);
  EXPECT_TRUE(basis.InSpan({}));
  EXPECT_FALSE(basis.Add({}));
  EXPECT_EQ(basis.rank(), 0u);
}

TEST(SpanBasisTest, RepeatedVariablesAreSummed) {
  SpanBasis basis(3);
  const std::vector<Term> cancels{{1, 1}, {1, -1}};
  EXPECT_FALSE(basis.Add(cancels));
  const std::vector<Term> twice_x0{{0, 1}, {0, 1}};
  EXPECT_TRUE(basis.Add(twice_x0));
  const std::vector<Term> x0{{0, 1}};
  EXPECT_TRUE(basis.InSpan(x0));
}

TEST(SpanBasisTest, KommuneMinusAfdelingerRevealsTheResidual) {
  // Variables: afdeling 0, afdeling 1, residual 2. Published: the kommune
  // (0 + 1 + 2) and afdeling 0. Afdeling 1 alone hides the residual ...
  SpanBasis basis(3);
  const std::vector<Term> kommune{{0, 1}, {1, 1}, {2, 1}};
  const std::vector<Term> afdeling0{{0, 1}};
  const std::vector<Term> afdeling1{{1, 1}};
  const std::vector<Term> residual{{2, 1}};
  basis.Add(kommune);
  basis.Add(afdeling0);
  EXPECT_FALSE(basis.InSpan(residual));
  EXPECT_FALSE(basis.InSpan(afdeling1));
  // ... and publishing it gives the residual away.
  basis.Add(afdeling1);
  EXPECT_TRUE(basis.InSpan(residual));
}

}  // namespace
}  // namespace helhed::indicators::internal
