// SPDX-License-Identifier: Apache-2.0
// Disclosure control. Each unit is a set of atoms (afdeling-in-kommune cells
// and per-kommune residuals of people outside social housing). A hidden value
// is recoverable exactly when its atom vector lies in the span of the
// published units' atom vectors; we keep a sparse row-echelon basis of the
// published units and test membership by reduction. Secondary suppression
// adds the smallest published unit next to a recoverable one until none is.
#include "helhed/indicators/disclosure.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <unordered_map>

#include <fmt/format.h>

namespace helhed::indicators {
namespace {

using SparseRow = std::vector<std::pair<uint32_t, double>>;  // ascending atom

constexpr double kEpsilon = 1e-9;

// a - factor * b, dropping entries that cancel.
SparseRow Subtract(const SparseRow& a, const SparseRow& b, double factor) {
  SparseRow out;
  out.reserve(a.size() + b.size());
  size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (j == b.size() || (i < a.size() && a[i].first < b[j].first)) {
      out.push_back(a[i++]);
    } else if (i == a.size() || b[j].first < a[i].first) {
      out.emplace_back(b[j].first, -factor * b[j].second);
      ++j;
    } else {
      const double v = a[i].second - factor * b[j].second;
      if (std::abs(v) > kEpsilon) out.emplace_back(a[i].first, v);
      ++i;
      ++j;
    }
  }
  return out;
}

// A row-echelon basis keyed by each row's leading atom.
class Basis {
 public:
  // Reduces `row` by the basis; empty result = in the span.
  SparseRow Reduce(SparseRow row) const {
    while (!row.empty()) {
      const auto it = pivots_.find(row.front().first);
      if (it == pivots_.end()) break;
      const SparseRow& pivot = it->second;
      row = Subtract(row, pivot, row.front().second / pivot.front().second);
    }
    // Basis rows have distinct leading atoms, so any combination of them
    // leads with a pivot atom: a row whose leading atom is no pivot is
    // outside the span, and reducing only leading entries decides membership.
    return row;
  }

  void Add(SparseRow row) {
    row = Reduce(std::move(row));
    if (!row.empty()) pivots_.emplace(row.front().first, std::move(row));
  }

  bool InSpan(const SparseRow& row) const { return Reduce(row).empty(); }

 private:
  std::unordered_map<uint32_t, SparseRow> pivots_;
};

SparseRow ToRow(const std::vector<uint32_t>& atoms) {
  SparseRow row;
  row.reserve(atoms.size());
  for (uint32_t atom : atoms) row.emplace_back(atom, 1.0);
  return row;
}

bool SensitiveValues(int64_t num, int64_t den, IndicatorKind kind, int min_cell) {
  switch (kind) {
    case IndicatorKind::kCount: return IsSmall(num, min_cell);
    case IndicatorKind::kMean: return IsSmall(den, min_cell);
    case IndicatorKind::kShare:
      return IsSmall(num, min_cell) || IsSmall(den, min_cell) || IsSmall(den - num, min_cell);
  }
  return true;
}

// A residual of zero people is not disclosive; a small non-zero one is.
bool SensitiveResidual(int64_t num, int64_t den, IndicatorKind kind, int min_cell) {
  auto small = [&](int64_t v) { return v > 0 && v < min_cell; };
  switch (kind) {
    case IndicatorKind::kCount: return small(num);
    case IndicatorKind::kMean: return small(den);
    case IndicatorKind::kShare: return small(num) || small(den) || small(den - num);
  }
  return true;
}

// Union-find over indicator indices.
int Root(std::vector<int>& parent, int i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

// Secondary suppression for one group and year. `hidden[u]` is in/out.
void ProtectSystem(const std::vector<UnitAtoms>& units, const std::vector<bool>& available,
                   const std::vector<int64_t>& size, const std::vector<uint32_t>& sensitive_residuals,
                   std::vector<bool>& hidden) {
  const size_t n = units.size();
  std::vector<SparseRow> rows(n);
  for (size_t u = 0; u < n; ++u) rows[u] = ToRow(units[u].atoms);
  // Which units contain each atom (to find neighbours of a target).
  std::unordered_map<uint32_t, std::vector<size_t>> containing;
  for (size_t u = 0; u < n; ++u) {
    for (uint32_t atom : units[u].atoms) containing[atom].push_back(u);
  }
  auto published = [&](size_t u) { return !hidden[u] || !available[u]; };
  bool any_hidden = std::any_of(hidden.begin(), hidden.end(), [](bool h) { return h; });
  if (!any_hidden && sensitive_residuals.empty()) return;

  for (size_t guard = 0; guard <= n; ++guard) {
    Basis basis;
    // Small units first keeps the sparse rows short.
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return units[a].atoms.size() < units[b].atoms.size(); });
    for (size_t u : order) {
      if (published(u) && !rows[u].empty()) basis.Add(rows[u]);
    }
    // Find one recoverable target.
    std::vector<uint32_t> target_atoms;
    size_t target_unit = n;
    for (size_t u = 0; u < n && target_atoms.empty(); ++u) {
      if (hidden[u] && available[u] && basis.InSpan(rows[u])) {
        target_atoms = units[u].atoms;
        target_unit = u;
      }
    }
    for (size_t r = 0; r < sensitive_residuals.size() && target_atoms.empty(); ++r) {
      if (basis.InSpan(SparseRow{{sensitive_residuals[r], 1.0}})) target_atoms = {sensitive_residuals[r]};
    }
    if (target_atoms.empty()) return;

    // Parents: published units containing every atom of the target.
    std::vector<size_t> parents;
    for (size_t u : containing[target_atoms.front()]) {
      if (u == target_unit || !published(u)) continue;
      if (std::includes(units[u].atoms.begin(), units[u].atoms.end(), target_atoms.begin(), target_atoms.end())) {
        parents.push_back(u);
      }
    }
    std::sort(parents.begin(), parents.end(),
              [&](size_t a, size_t b) { return units[a].atoms.size() < units[b].atoms.size(); });
    size_t choice = n;
    // Prefer a published sibling inside the smallest parent: suppress the
    // smallest unit that lies in the parent and is disjoint from the target.
    for (size_t parent : parents) {
      for (uint32_t atom : units[parent].atoms) {
        for (size_t u : containing[atom]) {
          if (!published(u) || !available[u] || u == parent) continue;
          if (!std::includes(units[parent].atoms.begin(), units[parent].atoms.end(), units[u].atoms.begin(),
                             units[u].atoms.end())) {
            continue;
          }
          bool disjoint = true;
          for (uint32_t t : target_atoms) {
            if (std::binary_search(units[u].atoms.begin(), units[u].atoms.end(), t)) disjoint = false;
          }
          if (!disjoint) continue;
          if (choice == n || size[u] < size[choice] ||
              (size[u] == size[choice] && units[u].atoms.size() < units[choice].atoms.size())) {
            choice = u;
          }
        }
      }
      if (choice != n) break;
    }
    // Otherwise hide the smallest parent itself.
    if (choice == n) {
      for (size_t parent : parents) {
        if (available[parent]) {
          choice = parent;
          break;
        }
      }
    }
    if (choice == n) return;  // nothing left to hide (cannot happen: the target is in the span of something)
    hidden[choice] = true;
  }
}

}  // namespace

StatusOr<DisclosureReport> ApplyDisclosureControl(Computation& computation, const IndicatorSet& defs, int min_cell) {
  if (min_cell < kMinCellFloor) {
    return InvalidArgumentError(fmt::format(
        "--min-cell {} er for lavt: mindst {} personer skal stå bag hvert offentliggjort tal", min_cell, kMinCellFloor));
  }
  DisclosureReport report;
  auto& rows = computation.table.mutable_rows();
  const size_t k = defs.indicators.size();

  // Group indicators that share a disclosure group (transitively).
  std::vector<int> parent(k);
  std::iota(parent.begin(), parent.end(), 0);
  std::map<std::string, int> first_with_group;
  for (size_t i = 0; i < k; ++i) {
    for (const auto& group : defs.indicators[i].disclosure_groups) {
      auto [it, inserted] = first_with_group.emplace(group, static_cast<int>(i));
      if (!inserted) parent[Root(parent, static_cast<int>(i))] = Root(parent, it->second);
    }
  }

  // Index: unit position per (level,id); rows per (indicator, year, unit).
  std::map<std::pair<std::string, std::string>, size_t> unit_index;
  for (size_t u = 0; u < computation.units.size(); ++u) {
    unit_index[{computation.units[u].unit_level, computation.units[u].unit_id}] = u;
  }
  std::map<std::string, size_t> indicator_index;
  for (size_t i = 0; i < k; ++i) indicator_index[defs.indicators[i].id] = i;
  std::map<std::pair<int, int>, std::vector<size_t>> system_rows;  // (root, year) -> rows
  for (size_t r = 0; r < rows.size(); ++r) {
    auto& row = rows[r];
    const auto it = indicator_index.find(row.indicator_id);
    if (it == indicator_index.end()) continue;
    if (row.status == CellStatus::kOk && SensitiveValues(row.numerator, row.denominator, row.kind, min_cell)) {
      row.status = CellStatus::kSuppressed;
      ++report.primary;
    }
    system_rows[{Root(parent, static_cast<int>(it->second)), row.year}].push_back(r);
  }

  const size_t n = computation.units.size();
  for (auto& [key, members] : system_rows) {
    std::vector<bool> hidden(n, false), available(n, false);
    std::vector<int64_t> size(n, 0);
    for (size_t r : members) {
      const auto& row = rows[r];
      const size_t u = unit_index.at({row.unit_level, row.unit_id});
      if (row.status == CellStatus::kSuppressed) hidden[u] = true;
      if (row.status != CellStatus::kNotAvailable) available[u] = true;
      size[u] = std::max(size[u], row.kind == IndicatorKind::kCount ? row.numerator : row.denominator);
    }
    // Residual atoms that are small for any member.
    std::vector<uint32_t> residuals;
    for (uint32_t atom = 0; atom < computation.atom_count; ++atom) {
      if (!computation.atom_is_residual[atom]) continue;
      for (size_t i = 0; i < k; ++i) {
        if (Root(parent, static_cast<int>(i)) != key.first) continue;
        const auto& counts = computation.atom_counts.at(fmt::format("{}\x1f{}", defs.indicators[i].id, key.second));
        if (SensitiveResidual(counts[atom].first, counts[atom].second, defs.indicators[i].kind, min_cell)) {
          residuals.push_back(atom);
          break;
        }
      }
    }
    ProtectSystem(computation.units, available, size, residuals, hidden);
    for (size_t r : members) {
      auto& row = rows[r];
      const size_t u = unit_index.at({row.unit_level, row.unit_id});
      if (hidden[u] && row.status == CellStatus::kOk) {
        row.status = CellStatus::kSuppressed;
        ++report.secondary;
      }
    }
  }
  return report;
}

}  // namespace helhed::indicators
