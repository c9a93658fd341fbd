// SPDX-License-Identifier: Apache-2.0
// Disclosure control as linear algebra. Variables are (atom, quantity) pairs:
// an atom is an afdeling-in-kommune cell or a kommune's residents outside
// social housing; a quantity is one counter of one indicator (numerator or
// denominator). A published row reveals the sum of its quantity over the
// unit's atoms; the relations in the indicator file (e.g. residents = sum of
// the age bands) hold for every atom and are known to any reader. A hidden
// value is recoverable exactly when its vector lies in the span of all that.
// Secondary suppression asks, per round and recoverable target, for the
// derivation itself (a certificate: which published rows, combined with which
// coefficients, give the target) and hides the cheapest row it uses (lowest
// level, then smallest number), until nothing is recoverable. Hiding one row
// of the derivation breaks it; another derivation, if any, shows up the next
// round. Rows off every derivation are never hidden.
//
// Why it is fast (6 M persons: ~7 000 afdelinger × 60 quantities):
//  1. A published one-atom row (an afdeling) reveals its variable outright,
//     so each round projects those known variables out of every equation and
//     target before any elimination: t is in span(P ∪ R) exactly when t
//     without its known variables is in the span of the other equations
//     without theirs. What is left are the hidden afdeling values and the
//     kommune residuals, a few per cent of all variables.
//  2. Hiding rows only shrinks the span, so a target found safe stays safe:
//     each round re-tests only the targets that were recoverable last round.
//  3. The unknown variables fall apart into components linked by no
//     equation (mostly one kommune each: its residual, its hidden afdelinger
//     and their relations, while its region publishes all its kommuner). A
//     target is tested against its own components only, and a basis is built
//     only for components that hold a pending target. Each round finds those
//     components from the pending targets' unknown variables outward, so a
//     late round (a handful of targets) touches a few components instead of
//     writing every equation. A component's equations are put in the order a
//     pass over all equations writes them (relations by atom, then unit rows
//     smallest unit first) and get the root that pass's union-find gives, so
//     certificates and the order of equal-cost choices are that pass's.
//  4. internal::SpanBasis reduces in time proportional to the basis rows it
//     touches, with exact (modular) arithmetic, and allocates nothing per row.
#include "helhed/indicators/disclosure.h"

#include <algorithm>
#include <map>
#include <memory>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "helhed/base/check.h"
#include "helhed/base/parallel.h"
#include "helhed/base/status_macros.h"
#include "helhed/indicators/internal/protection.h"

namespace helhed::indicators {
namespace {

using internal::FindRoot;

bool SensitiveValues(int64_t num, int64_t den, IndicatorKind kind, int min_cell) {
  switch (kind) {
    case IndicatorKind::kCount: return IsSmall(num, min_cell);
    case IndicatorKind::kMean: return IsSmall(den, min_cell);
    case IndicatorKind::kShare:
      return IsSmall(num, min_cell) || IsSmall(den, min_cell) || IsSmall(den - num, min_cell);
  }
  return true;
}

// Per atom, the units that contain it (ascending).
std::vector<std::vector<size_t>> Containing(const Computation& c) {
  std::vector<std::vector<size_t>> containing(c.atom_count);
  for (size_t u = 0; u < c.units.size(); ++u) {
    for (uint32_t atom : c.units[u].atoms) containing[atom].push_back(u);
  }
  return containing;
}

// For each unit, units that partition its atoms (its children in a laminar
// hierarchy: a region's kommuner, the country's regions), or nothing when no
// set of smaller units does (a kommune: its residual is no unit). A parent
// whose children are all published is their sum, so it adds nothing to what
// a reader knows and secondary suppression can leave it out of the algebra.
std::vector<std::vector<size_t>> Partitions(const Computation& c, const std::vector<std::vector<size_t>>& containing) {
  const size_t n = c.units.size();
  std::vector<std::vector<size_t>> result(n);
  std::vector<size_t> owner(c.atom_count, SIZE_MAX);
  // Marks u's atoms while u is looked at: whether a smaller unit lies inside
  // u costs its own size, not a walk through u's atoms (std::includes made
  // this quadratic in the country's afdelinger: 80 ms at 6 M persons).
  std::vector<uint8_t> in_u(c.atom_count, 0);
  for (size_t u = 0; u < n; ++u) {
    const auto& atoms = c.units[u].atoms;
    if (atoms.size() < 2) continue;
    for (uint32_t atom : atoms) in_u[atom] = 1;
    std::vector<size_t> inside;
    for (uint32_t atom : atoms) {
      for (size_t v : containing[atom]) {
        const auto& va = c.units[v].atoms;
        if (va.size() < atoms.size() && va.front() == atom &&
            std::all_of(va.begin(), va.end(), [&](uint32_t a) { return in_u[a] != 0; })) {
          inside.push_back(v);
        }
      }
    }
    for (uint32_t atom : atoms) in_u[atom] = 0;
    // Largest first: a unit whose atoms are all taken lies inside a larger
    // one; one partly taken means the units overlap and partition nothing.
    std::stable_sort(inside.begin(), inside.end(),
                     [&](size_t a, size_t b) { return c.units[a].atoms.size() > c.units[b].atoms.size(); });
    std::vector<size_t> children;
    bool laminar = true;
    for (size_t v : inside) {
      size_t taken = 0;
      for (uint32_t atom : c.units[v].atoms) taken += owner[atom] != SIZE_MAX;
      if (taken == c.units[v].atoms.size()) continue;
      if (taken != 0) {
        laminar = false;
        break;
      }
      for (uint32_t atom : c.units[v].atoms) owner[atom] = v;
      children.push_back(v);
    }
    bool covered = laminar;
    for (uint32_t atom : atoms) {
      covered = covered && owner[atom] != SIZE_MAX;
      owner[atom] = SIZE_MAX;
    }
    if (covered) result[u] = std::move(children);
  }
  return result;
}

// One group of related indicators in one year.
class System {
 public:
  System(const Computation& c, const IndicatorSet& defs, const std::vector<std::vector<size_t>>& partitions,
         const std::vector<std::vector<size_t>>& containing, const internal::UnitOrder& units,
         std::vector<size_t> members, const std::vector<const Relation*>& relations, int min_cell)
      : layout_{c, defs, partitions, containing, units, std::move(members), min_cell} {
    std::map<std::pair<size_t, Part>, uint32_t> quantity;
    member_index_.assign(defs.indicators.size(), SIZE_MAX);
    layout_.quantity_of.assign(layout_.members.size() * 2, UINT32_MAX);
    for (size_t m = 0; m < layout_.members.size(); ++m) {
      for (Part part : internal::Parts(defs.indicators[layout_.members[m]].kind)) {
        quantity[{layout_.members[m], part}] = layout_.quantities;
        layout_.quantity_of[m * 2 + static_cast<size_t>(part)] = layout_.quantities++;
        layout_.quantity_owner.emplace_back(m, part);
      }
      member_index_[layout_.members[m]] = m;
    }
    HELHED_DCHECK(static_cast<uint64_t>(c.atom_count) * layout_.quantities < UINT32_MAX);
    layout_.variables = static_cast<size_t>(c.atom_count) * layout_.quantities;
    layout_.row.assign(c.units.size() * layout_.members.size(), SIZE_MAX);
    // Each relation as (quantity, coefficient) terms, equal quantities merged.
    for (const Relation* relation : relations) {
      std::map<uint32_t, int64_t> terms;
      for (const auto& term : relation->terms) terms[quantity.at({term.indicator, term.part})] += term.coefficient;
      std::vector<std::pair<uint32_t, int64_t>> merged;
      for (const auto& [q, coef] : terms) {
        if (coef != 0) merged.emplace_back(q, coef);
      }
      if (!merged.empty()) layout_.relation_terms.push_back(std::move(merged));
    }
  }

  size_t members() const { return layout_.members.size(); }

  // REQUIRES: `indicator` is a member of this system.
  void SetRow(size_t unit, size_t indicator, size_t row) {
    HELHED_DCHECK(member_index_[indicator] != SIZE_MAX);
    layout_.row[unit * layout_.members.size() + member_index_[indicator]] = row;
  }

  // Returns how many rows it newly suppressed. kInternal (Danish) when some
  // small number stays recoverable: then nothing may be published.
  StatusOr<int64_t> Protect(std::vector<ResultRow>& rows, int year) const {
    return internal::Protection(layout_, rows, year).Run();
  }

 private:
  internal::SystemLayout layout_;
  std::vector<size_t> member_index_;  // indicator -> member index (SIZE_MAX: not a member)
};

}  // namespace

StatusOr<DisclosureReport> ApplyDisclosureControl(Computation& computation, const IndicatorSet& defs, int min_cell) {
  if (min_cell < kMinCellFloor) {
    return InvalidArgumentError(fmt::format(
        "--min-cell {} er for lavt: mindst {} personer skal stå bag hvert offentliggjort tal", min_cell, kMinCellFloor));
  }
  DisclosureReport report;
  auto& rows = computation.table.mutable_rows();
  const size_t k = defs.indicators.size();

  // Indicators linked by relations form one system.
  std::vector<int> parent(k);
  std::iota(parent.begin(), parent.end(), 0);
  for (const auto& relation : defs.relations) {
    // Linking a term's root under the first term's root leaves that root a root.
    const int first = FindRoot(parent, static_cast<int>(relation.terms[0].indicator));
    for (const auto& term : relation.terms) parent[FindRoot(parent, static_cast<int>(term.indicator))] = first;
  }
  std::map<int, std::vector<size_t>> members;
  for (size_t i = 0; i < k; ++i) members[FindRoot(parent, static_cast<int>(i))].push_back(i);
  std::map<int, std::vector<const Relation*>> relations;
  for (const auto& relation : defs.relations) {
    relations[FindRoot(parent, static_cast<int>(relation.terms[0].indicator))].push_back(&relation);
  }

  // Unit by level and id; the views point into computation.units.
  std::unordered_map<std::string_view, std::unordered_map<std::string_view, size_t>> unit_index;
  for (size_t u = 0; u < computation.units.size(); ++u) {
    unit_index[computation.units[u].unit_level][computation.units[u].unit_id] = u;
  }
  std::unordered_map<std::string, size_t> indicator_index;
  for (size_t i = 0; i < k; ++i) indicator_index[defs.indicators[i].id] = i;

  const auto containing = Containing(computation);
  const auto partitions = Partitions(computation, containing);
  const internal::UnitOrder unit_order = internal::OrderUnits(computation);
  // Primary suppression and each row's indicator and unit, on every core in
  // blocks of rows. Rows come in runs of one indicator and level (see
  // ResultTable): those are looked up once per run, not once per row.
  constexpr size_t kBlock = 16384;
  std::vector<uint32_t> indicator_of(rows.size(), UINT32_MAX), unit_of(rows.size());
  std::vector<int> year_of(rows.size());
  std::vector<int64_t> primary((rows.size() + kBlock - 1) / kBlock, 0);
  ParallelFor(primary.size(), [&](size_t block) {
    const std::string* last_indicator = nullptr;
    uint32_t indicator = 0;
    const std::string* last_level = nullptr;
    const std::unordered_map<std::string_view, size_t>* units_of_level = nullptr;
    for (size_t r = block * kBlock; r < std::min(rows.size(), (block + 1) * kBlock); ++r) {
      auto& row = rows[r];
      // A table keeps each name once, so a run shares one string.
      if (&row.indicator_id.str() != last_indicator) {
        const auto it = indicator_index.find(row.indicator_id.str());
        if (it == indicator_index.end()) continue;
        last_indicator = &row.indicator_id.str();
        indicator = static_cast<uint32_t>(it->second);
      }
      if (row.status == CellStatus::kOk && SensitiveValues(row.numerator, row.denominator, row.kind, min_cell)) {
        row.status = CellStatus::kSuppressed;
        ++primary[block];
      }
      if (&row.unit_level.str() != last_level) {
        last_level = &row.unit_level.str();
        units_of_level = &unit_index.at(row.unit_level.str());
      }
      indicator_of[r] = indicator;
      year_of[r] = row.year;
      unit_of[r] = static_cast<uint32_t>(units_of_level->at(row.unit_id.str()));
    }
  });
  for (int64_t count : primary) report.primary += count;
  std::map<std::pair<int, int>, std::unique_ptr<System>> systems;  // (root, year)
  std::pair<int, int> last_key{-1, 0};
  System* last_system = nullptr;
  for (size_t r = 0; r < rows.size(); ++r) {
    if (indicator_of[r] == UINT32_MAX) continue;
    const int root = FindRoot(parent, static_cast<int>(indicator_of[r]));
    if (std::pair<int, int>{root, year_of[r]} != last_key) {
      last_key = {root, year_of[r]};
      auto& slot = systems[last_key];
      if (!slot) slot = std::make_unique<System>(computation, defs, partitions, containing, unit_order, members[root],
                                                    relations[root], min_cell);
      last_system = slot.get();
    }
    last_system->SetRow(unit_of[r], indicator_of[r], r);
  }
  // Each system is one group of indicators in one year and touches only its
  // own rows, so the systems are protected on every core; the outcome is the
  // same as one after the other (the first failure in system order is told).
  // Systems with the most indicators (by far the longest) are started first,
  // so no core is left with a long one at the end.
  std::vector<std::pair<std::pair<int, int>, System*>> work;
  for (auto& [key, system] : systems) work.emplace_back(key, system.get());
  std::vector<size_t> start_order(work.size());
  std::iota(start_order.begin(), start_order.end(), 0);
  std::stable_sort(start_order.begin(), start_order.end(),
                   [&](size_t a, size_t b) { return work[a].second->members() > work[b].second->members(); });
  std::vector<StatusOr<int64_t>> outcomes(work.size(), int64_t{0});
  ParallelFor(work.size(), [&](size_t j) {
    const size_t i = start_order[j];
    outcomes[i] = work[i].second->Protect(rows, work[i].first.second);
  });
  for (const StatusOr<int64_t>& added : outcomes) {
    if (!added.ok()) return added.status();
    report.secondary += *added;
  }
  return report;
}

}  // namespace helhed::indicators
