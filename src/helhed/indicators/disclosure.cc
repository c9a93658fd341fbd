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
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "helhed/base/check.h"
#include "helhed/base/parallel.h"
#include "helhed/base/status_macros.h"
#include "helhed/indicators/internal/span_basis.h"

namespace helhed::indicators {
namespace {

using internal::SpanBasis;
using internal::Term;
using Vector = std::vector<Term>;

bool SensitiveValues(int64_t num, int64_t den, IndicatorKind kind, int min_cell) {
  switch (kind) {
    case IndicatorKind::kCount: return IsSmall(num, min_cell);
    case IndicatorKind::kMean: return IsSmall(den, min_cell);
    case IndicatorKind::kShare:
      return IsSmall(num, min_cell) || IsSmall(den, min_cell) || IsSmall(den - num, min_cell);
  }
  return true;
}

int Root(std::vector<int>& parent, int i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

// The counters a row of this kind publishes.
std::span<const Part> Parts(IndicatorKind kind) {
  static constexpr Part kBoth[] = {Part::kNumerator, Part::kDenominator};
  switch (kind) {
    case IndicatorKind::kCount: return {kBoth, 1};
    case IndicatorKind::kMean: return {kBoth + 1, 1};
    case IndicatorKind::kShare: return {kBoth, 2};
  }
  return {};
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
  for (size_t u = 0; u < n; ++u) {
    const auto& atoms = c.units[u].atoms;
    if (atoms.size() < 2) continue;
    std::vector<size_t> inside;
    for (uint32_t atom : atoms) {
      for (size_t v : containing[atom]) {
        const auto& va = c.units[v].atoms;
        if (va.size() < atoms.size() && va.front() == atom &&
            std::includes(atoms.begin(), atoms.end(), va.begin(), va.end())) {
          inside.push_back(v);
        }
      }
    }
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

// What Protect reads of one row (unit, member), kept compact: a ResultRow is
// a few hundred bytes and every round reads every status.
enum class State : uint8_t { kAbsent, kOk, kNotAvailable, kSuppressed };
struct Cell {
  State state = State::kAbsent;
  IndicatorKind kind = IndicatorKind::kCount;
  int64_t size = 0;  // count: numerator, else denominator (the cost of hiding it)
};

// One group of related indicators in one year.
class System {
 public:
  System(const Computation& c, const IndicatorSet& defs, const std::vector<std::vector<size_t>>& partitions,
         const std::vector<std::vector<size_t>>& containing, std::vector<size_t> members,
         std::vector<const Relation*> relations, int min_cell)
      : c_(c),
        defs_(defs),
        partitions_(partitions),
        containing_(containing),
        members_(std::move(members)),
        relations_(std::move(relations)),
        min_cell_(min_cell) {
    std::map<std::pair<size_t, Part>, uint32_t> quantity;
    member_index_.assign(defs_.indicators.size(), SIZE_MAX);
    quantity_of_.assign(members_.size() * 2, UINT32_MAX);
    for (size_t m = 0; m < members_.size(); ++m) {
      for (Part part : Parts(defs_.indicators[members_[m]].kind)) {
        quantity[{members_[m], part}] = quantities_;
        quantity_of_[m * 2 + static_cast<size_t>(part)] = quantities_++;
        quantity_owner_.emplace_back(m, part);
      }
      member_index_[members_[m]] = m;
    }
    HELHED_DCHECK(static_cast<uint64_t>(c_.atom_count) * quantities_ < UINT32_MAX);
    variables_ = static_cast<size_t>(c_.atom_count) * quantities_;
    row_.assign(c_.units.size() * members_.size(), SIZE_MAX);
    // Each relation as (quantity, coefficient) terms, equal quantities merged.
    for (const Relation* relation : relations_) {
      std::map<uint32_t, int64_t> terms;
      for (const auto& term : relation->terms) terms[quantity.at({term.indicator, term.part})] += term.coefficient;
      std::vector<std::pair<uint32_t, int64_t>> merged;
      for (const auto& [q, coef] : terms) {
        if (coef != 0) merged.emplace_back(q, coef);
      }
      if (!merged.empty()) relation_terms_.push_back(std::move(merged));
    }
  }

  size_t members() const { return members_.size(); }

  // REQUIRES: `indicator` is a member of this system.
  void SetRow(size_t unit, size_t indicator, size_t row) {
    HELHED_DCHECK(member_index_[indicator] != SIZE_MAX);
    row_[unit * members_.size() + member_index_[indicator]] = row;
  }

  // Returns how many rows it newly suppressed. kInternal (Danish) when some
  // small number stays recoverable: then nothing may be published.
  StatusOr<int64_t> Protect(std::vector<ResultRow>& rows, int year) {
    const size_t n = c_.units.size();
    const size_t k = members_.size();
    std::vector<Cell> cells(n * k);
    for (size_t i = 0; i < cells.size(); ++i) {
      if (row_[i] == SIZE_MAX) continue;
      const ResultRow& row = rows[row_[i]];
      cells[i].kind = row.kind;
      cells[i].size = row.kind == IndicatorKind::kCount ? row.numerator : row.denominator;
      cells[i].state = row.status == CellStatus::kOk            ? State::kOk
                       : row.status == CellStatus::kSuppressed ? State::kSuppressed
                                                               : State::kNotAvailable;
    }
    auto cell = [&](size_t u, size_t m) -> const Cell& { return cells[u * k + m]; };
    auto hidden = [&](size_t u, size_t m) { return cell(u, m).state == State::kSuppressed; };
    auto published = [&](size_t u, size_t m) {
      const State state = cell(u, m).state;
      return state == State::kOk || state == State::kNotAvailable;
    };
    auto hideable = [&](size_t u, size_t m) { return cell(u, m).state == State::kOk; };
    auto size_of = [&](size_t u, size_t m) { return cell(u, m).size; };
    auto quantity = [&](size_t m, Part part) { return quantity_of_[m * 2 + static_cast<size_t>(part)]; };
    auto variable = [&](uint32_t atom, uint32_t q) { return static_cast<uint32_t>(atom * quantities_ + q); };
    auto vector_of = [&](size_t u, size_t m, Part part, int64_t coefficient = 1) {
      Vector v;
      const uint32_t q = quantity(m, part);
      for (uint32_t atom : c_.units[u].atoms) v.emplace_back(variable(atom, q), coefficient);
      return v;
    };

    // What must stay hidden: the small numbers of every suppressed row (a
    // denominator that is large, suppressed for a small numerator, may be
    // known elsewhere), in unit and member order; and residual atoms (a
    // kommune's residents outside social housing) with a small non-zero
    // counter.
    struct Pending {
      size_t unit;    // SIZE_MAX for a residual atom
      size_t member;
      std::vector<uint32_t> atoms;
      std::vector<Vector> targets;  // the first recoverable one drives the choice
    };
    std::vector<Pending> pending;
    for (size_t u = 0; u < n; ++u) {
      if (c_.units[u].atoms.empty()) continue;
      for (size_t m = 0; m < k; ++m) {
        if (!hidden(u, m)) continue;
        const ResultRow& row = rows[row_[u * k + m]];
        Pending p{u, m, c_.units[u].atoms, {}};
        // An empty group (a count or a population of 0) concerns nobody and
        // is public anyway: a share over it is published as not_available.
        // A numerator or remainder of 0 in a non-empty group is protected:
        // "none of the 4" or "all of the 4" says something about each.
        const bool empty = row.kind == IndicatorKind::kCount ? row.numerator == 0 : row.denominator == 0;
        if (empty) continue;
        if (row.kind != IndicatorKind::kMean && IsSmall(row.numerator, min_cell_)) {
          p.targets.push_back(vector_of(u, m, Part::kNumerator));
        }
        if (row.kind != IndicatorKind::kCount && IsSmall(row.denominator, min_cell_)) {
          p.targets.push_back(vector_of(u, m, Part::kDenominator));
        }
        if (row.kind == IndicatorKind::kShare && IsSmall(row.denominator - row.numerator, min_cell_)) {
          Vector diff = vector_of(u, m, Part::kDenominator);
          const Vector num = vector_of(u, m, Part::kNumerator, -1);
          diff.insert(diff.end(), num.begin(), num.end());
          p.targets.push_back(std::move(diff));
        }
        if (!p.targets.empty()) pending.push_back(std::move(p));
      }
    }
    for (size_t m = 0; m < k; ++m) {
      const auto& def = defs_.indicators[members_[m]];
      const auto& counts = c_.atom_counts.at(fmt::format("{}\x1f{}", def.id, year));
      for (uint32_t atom = 0; atom < c_.atom_count; ++atom) {
        if (!c_.atom_is_residual[atom]) continue;
        const auto [num, den] = counts[atom];
        auto small = [&](int64_t v) { return v > 0 && v < min_cell_; };
        auto single = [&](std::initializer_list<Term> terms) {
          pending.push_back({SIZE_MAX, m, {atom}, {Vector(terms)}});
        };
        if (def.kind != IndicatorKind::kMean && small(num)) single({{variable(atom, quantity(m, Part::kNumerator)), 1}});
        if (def.kind != IndicatorKind::kCount && small(den)) {
          single({{variable(atom, quantity(m, Part::kDenominator)), 1}});
        }
        if (def.kind == IndicatorKind::kShare && small(den - num)) {
          single({{variable(atom, quantity(m, Part::kNumerator)), -1},
                  {variable(atom, quantity(m, Part::kDenominator)), 1}});
        }
      }
    }
    if (pending.empty()) return 0;

    // Equations are written smallest unit first: short rows make short pivots.
    // One-atom units write none (a published one reveals its variables).
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return c_.units[a].atoms.size() < c_.units[b].atoms.size(); });
    std::vector<size_t> single_atom, multi_atom;
    for (size_t u : order) {
      if (c_.units[u].atoms.size() == 1) single_atom.push_back(u);
      if (c_.units[u].atoms.size() >= 2) multi_atom.push_back(u);
    }

    // A variable is known while a published one-atom row reveals it.
    std::vector<uint8_t> known(variables_);

    // One equation a reader knows: a published row of a unit of two or more
    // atoms (unit, member, quantity), or a relation at one atom (unit
    // SIZE_MAX). Its unknown terms are pool[begin, end): one pool per round,
    // not a vector per equation. Its known terms (variables a published
    // one-atom row reveals) are written out only for the few equations a
    // derivation uses (for_known_terms).
    struct Equation {
      size_t unit = SIZE_MAX;
      size_t member = 0;
      uint32_t atom_or_quantity = 0;  // a relation's atom, a unit row's quantity
      uint32_t relation = 0;
      uint32_t begin = 0, end = 0;
    };
    Vector pool;
    auto terms = [&](const Equation& e) { return std::span<const Term>(pool.data() + e.begin, e.end - e.begin); };
    auto for_known_terms = [&](const Equation& e, const auto& fn) {
      if (e.unit == SIZE_MAX) {
        for (const auto& [q, coef] : relation_terms_[e.relation]) {
          const uint32_t var = variable(e.atom_or_quantity, q);
          if (known[var]) fn(var, coef);
        }
      } else {
        for (uint32_t atom : c_.units[e.unit].atoms) {
          const uint32_t var = variable(atom, e.atom_or_quantity);
          if (known[var]) fn(var, int64_t{1});
        }
      }
    };
    // Unknown variables linked by equations form independent components: a
    // target is recoverable exactly when each of its pieces is in the span of
    // its own component's equations. Typically a component is one kommune
    // (its residual, its hidden afdelinger, their relations), as long as the
    // kommune's region publishes all its kommuner.
    struct Component {
      uint32_t root = 0;  // its union-find root variable
      std::vector<uint32_t> equations;
      std::unique_ptr<SpanBasis> basis;
    };

    int64_t added = 0;
    const uint32_t relation_count = static_cast<uint32_t>(relation_terms_.size());
    std::vector<std::vector<uint32_t>> relations_of(quantities_);  // quantity -> relations that name it
    for (uint32_t r = 0; r < relation_count; ++r) {
      for (const auto& [q, coef] : relation_terms_[r]) relations_of[q].push_back(r);
    }
    std::vector<std::vector<size_t>> single_of(c_.atom_count), multi_of(c_.atom_count);  // atom -> its units
    for (size_t u : single_atom) single_of[c_.units[u].atoms[0]].push_back(u);
    std::vector<uint32_t> rank(n, UINT32_MAX);  // unit -> position in multi_atom
    for (size_t i = 0; i < multi_atom.size(); ++i) rank[multi_atom[i]] = static_cast<uint32_t>(i);
    for (size_t u : multi_atom) {
      for (uint32_t atom : c_.units[u].atoms) multi_of[atom].push_back(u);
    }
    auto refresh_known = [&](uint32_t atom, size_t m) {
      for (Part part : Parts(defs_.indicators[members_[m]].kind)) {
        uint8_t revealed = 0;
        for (size_t u : single_of[atom]) {
          if (!published(u, m)) continue;
          for (Part p : Parts(cell(u, m).kind)) revealed |= p == part;
        }
        known[variable(atom, quantity(m, part))] = revealed;
      }
    };
    for (uint32_t atom = 0; atom < c_.atom_count; ++atom) {
      if (single_of[atom].empty()) continue;
      for (size_t m = 0; m < k; ++m) refresh_known(atom, m);
    }

    // Per round, the components are found from the pending targets' unknown
    // variables outward (equations through a variable: the relations at its
    // atom that name its quantity, the published rows of multi-atom units
    // over its atom); a round late in the protection, with one pending
    // target, so touches one component instead of writing every equation.
    // Stamps (the round number) mark what this round has visited.
    uint32_t round = 0;
    std::vector<uint32_t> var_stamp(variables_, 0), var_component(variables_), parent(variables_);
    std::vector<uint32_t> local(variables_);              // variable -> column in its component's basis
    std::vector<uint8_t> seen(variables_, 0);             // scratch of basis_of, all zero between calls
    std::vector<uint32_t> columns;                        // scratch of basis_of
    std::vector<uint32_t> relation_stamp(static_cast<size_t>(c_.atom_count) * relation_count, 0);
    std::vector<uint32_t> row_stamp(n * k * 2, 0);  // (unit, member, part)
    auto root = [&](uint32_t v) {
      while (parent[v] != v) v = parent[v] = parent[parent[v]];
      return v;
    };
    // Scratch reused by every round and target.
    std::vector<Equation> equations;
    std::vector<Component> components;
    Vector reduced;
    std::vector<uint32_t> queue;
    std::vector<uint64_t> found;                              // order keys of a component's equations
    std::vector<std::pair<uint32_t, Term>> pieces;            // (component root, term)
    std::vector<std::pair<uint32_t, uint64_t>> used;           // (equation, coefficient)
    std::vector<std::pair<uint32_t, uint64_t>> contributions;  // (known variable, coefficient)
    std::vector<uint8_t> picked(n * k);                        // chosen to hide this round
    std::vector<std::pair<size_t, size_t>> to_hide;
    // A row of a multi-atom unit is an equation when it is published and not
    // the sum of published children.
    auto row_equation = [&](size_t u, size_t m) {
      if (!published(u, m)) return false;
      const auto& children = partitions_[u];
      return children.empty() ||
             !std::all_of(children.begin(), children.end(), [&](size_t v) { return published(v, m); });
    };
    // Finds the component of unknown variable `start` (not yet visited this
    // round): its equations in the order a whole-system pass writes them
    // (relations by atom, then unit rows smallest unit first, by member and
    // part), their terms, and the union-find root that pass would give it.
    // Returns the component's index; a variable in no equation gets one
    // without equations.
    const uint64_t rows_base = static_cast<uint64_t>(c_.atom_count) * relation_count;
    auto discover = [&](uint32_t start) {
      const auto index = static_cast<uint32_t>(components.size());
      Component& component = components.emplace_back();
      found.clear();
      queue.assign(1, start);
      var_stamp[start] = round;
      var_component[start] = index;
      auto visit = [&](uint32_t var) {
        if (known[var] || var_stamp[var] == round) return;
        var_stamp[var] = round;
        var_component[var] = index;
        queue.push_back(var);
      };
      for (size_t head = 0; head < queue.size(); ++head) {
        const uint32_t var = queue[head];
        const auto atom = static_cast<uint32_t>(var / quantities_);
        const auto q = static_cast<uint32_t>(var % quantities_);
        for (uint32_t r : relations_of[q]) {
          const size_t at = static_cast<size_t>(atom) * relation_count + r;
          if (relation_stamp[at] == round) continue;
          relation_stamp[at] = round;
          found.push_back(at);
          for (const auto& [q2, coef] : relation_terms_[r]) visit(variable(atom, q2));
        }
        const auto [m, part] = quantity_owner_[q];
        for (size_t u : multi_of[atom]) {
          const size_t at = (u * k + m) * 2 + static_cast<size_t>(part);
          if (row_stamp[at] == round) continue;
          row_stamp[at] = round;
          if (!row_equation(u, m)) continue;
          bool has_part = false;
          for (Part p : Parts(cell(u, m).kind)) has_part = has_part || p == part;
          if (!has_part) continue;
          found.push_back(rows_base + (static_cast<uint64_t>(rank[u]) * k + m) * 2 + static_cast<uint64_t>(part));
          for (uint32_t a : c_.units[u].atoms) visit(variable(a, q));
        }
      }
      std::sort(found.begin(), found.end());
      for (const uint64_t key : found) {
        Equation e;
        e.begin = static_cast<uint32_t>(pool.size());
        if (key < rows_base) {
          e.atom_or_quantity = static_cast<uint32_t>(key / relation_count);
          e.relation = static_cast<uint32_t>(key % relation_count);
          for (const auto& [q, coef] : relation_terms_[e.relation]) {
            const uint32_t var = variable(e.atom_or_quantity, q);
            if (!known[var]) pool.emplace_back(var, coef);
          }
        } else {
          const uint64_t row = (key - rows_base) / 2;
          e.unit = multi_atom[row / k];
          e.member = row % k;
          e.atom_or_quantity = quantity(e.member, static_cast<Part>((key - rows_base) % 2));
          for (uint32_t atom : c_.units[e.unit].atoms) {
            const uint32_t var = variable(atom, e.atom_or_quantity);
            if (!known[var]) pool.emplace_back(var, 1);
          }
        }
        e.end = static_cast<uint32_t>(pool.size());
        component.equations.push_back(static_cast<uint32_t>(equations.size()));
        equations.push_back(e);
      }
      // The same unions, in the same order, as over all equations at once:
      // components do not share variables, so the root comes out the same.
      for (uint32_t var : queue) parent[var] = var;
      for (uint32_t e : component.equations) {
        const uint32_t first = root(pool[equations[e].begin].first);
        for (const Term& t : terms(equations[e])) {
          const uint32_t r = root(t.first);
          if (r != first) parent[r] = first;
        }
      }
      component.root = root(start);
      return index;
    };
    auto basis_of = [&](uint32_t index) -> SpanBasis& {
      Component& component = components[index];
      if (component.basis) return *component.basis;
      // Columns in reverse order of first appearance: the variables the
      // larger units' rows bring in come first and take the pivots, which
      // cuts the elimination work by a third at 1 M x 10 (measured against
      // first-appearance order). The certificates do not depend on the order
      // (see span_basis.h).
      columns.clear();
      for (uint32_t e : component.equations) {
        for (const Term& t : terms(equations[e])) {
          if (!seen[t.first]) {
            seen[t.first] = 1;
            columns.push_back(t.first);
          }
        }
      }
      for (uint32_t i = 0; i < columns.size(); ++i) {
        local[columns[i]] = static_cast<uint32_t>(columns.size()) - 1 - i;
        seen[columns[i]] = 0;
      }
      component.basis = std::make_unique<SpanBasis>(columns.size(), /*certificates=*/true);
      for (uint32_t e : component.equations) {
        reduced.clear();
        for (const auto& [var, coef] : terms(equations[e])) reduced.emplace_back(local[var], coef);
        component.basis->Add(reduced);
      }
      return *component.basis;
    };
    for (;;) {
      ++round;
      components.clear();
      equations.clear();
      pool.clear();

      // The rows a derivation uses, as hiding choices: a multi-atom row of
      // the certificate, or the one-atom rows that reveal a known variable
      // the derivation needs (all of them, else it stays known). Hiding any
      // one breaks this derivation; the cheapest is taken: lowest level,
      // then the smallest number.
      struct Choice {
        std::pair<size_t, int64_t> cost{SIZE_MAX, 0};  // (atoms, size)
        std::vector<std::pair<size_t, size_t>> rows;
      };
      // Every choice the derivation offers, cheapest first (among equal costs
      // in the order std::sort leaves them: certificate rows in certificate
      // order, then known variables ascending).
      auto choices_of = [&](const Vector& target) {
        // The known variables' coefficients in target - combination.
        contributions.clear();
        for (const auto& [var, coef] : target) {
          if (known[var]) contributions.emplace_back(var, internal::ModFromInt(coef));
        }
        std::vector<Choice> choices;
        for (const auto& [e, lambda] : used) {
          const Equation& eq = equations[e];
          for_known_terms(eq, [&](uint32_t var, int64_t coef) {
            contributions.emplace_back(var, internal::ModMul(lambda, internal::ModFromInt(-coef)));
          });
          if (eq.unit != SIZE_MAX) {
            const bool can = hideable(eq.unit, eq.member);
            choices.push_back({{can ? c_.units[eq.unit].atoms.size() : SIZE_MAX, size_of(eq.unit, eq.member)},
                               {{eq.unit, eq.member}}});
          }
        }
        std::sort(contributions.begin(), contributions.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
        for (size_t i = 0; i < contributions.size();) {
          const uint32_t var = contributions[i].first;
          uint64_t coef = 0;
          for (; i < contributions.size() && contributions[i].first == var; ++i) {
            coef = internal::ModAdd(coef, contributions[i].second);
          }
          if (coef == 0) continue;
          const uint32_t atom = static_cast<uint32_t>(var / quantities_);
          const size_t m = quantity_owner_[var % quantities_].first;
          Choice choice{{1, 0}, {}};
          for (size_t u : containing_[atom]) {
            if (c_.units[u].atoms.size() != 1 || !published(u, m)) continue;
            if (!hideable(u, m)) choice.cost.first = SIZE_MAX;
            choice.cost.second = std::max(choice.cost.second, size_of(u, m));
            choice.rows.emplace_back(u, m);
          }
          choices.push_back(std::move(choice));
        }
        std::sort(choices.begin(), choices.end(), [](const Choice& a, const Choice& b) { return a.cost < b.cost; });
        return choices;
      };

      // Targets not recoverable now stay safe in every later round. A target
      // whose derivation uses a row already picked this round waits for the
      // next round (that pick may protect it too); one whose derivation
      // avoids every pick stays recoverable after them, so it picks its own.
      for (const auto& [u, m] : to_hide) picked[u * k + m] = 0;
      to_hide.clear();
      std::vector<Pending> still;
      for (auto& p : pending) {
        bool keep = false;
        while (!p.targets.empty() && !keep) {
          const Vector& target = p.targets.front();
          // The target's unknown part in each component, components ascending.
          pieces.clear();
          bool free_variable = false;
          for (const auto& [var, coef] : target) {
            if (known[var]) continue;
            if (var_stamp[var] != round) discover(var);
            const Component& component = components[var_component[var]];
            if (component.equations.empty()) {
              free_variable = true;  // in no equation: nothing can pin it down
              break;
            }
            pieces.push_back({component.root, {var, coef}});
          }
          std::stable_sort(pieces.begin(), pieces.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
          used.clear();
          bool safe = free_variable;
          for (size_t i = 0; i < pieces.size() && !safe;) {
            const uint32_t index = var_component[pieces[i].second.first];
            SpanBasis& basis = basis_of(index);
            reduced.clear();
            for (const uint32_t component_root = pieces[i].first; i < pieces.size() && pieces[i].first == component_root; ++i) {
              reduced.emplace_back(local[pieces[i].second.first], pieces[i].second.second);
            }
            const auto certificate = basis.CertificateOf(reduced);
            if (!certificate) {
              safe = true;
              break;
            }
            const auto& eqs = components[index].equations;
            for (const auto& [tag, lambda] : *certificate) used.emplace_back(eqs[tag], lambda);
          }
          if (safe) {
            p.targets.erase(p.targets.begin());
            continue;
          }
          const auto choices = choices_of(target);
          keep = true;
          bool broken = false;  // by a pick of this round
          for (const auto& choice : choices) {
            for (const auto& [u, m] : choice.rows) broken = broken || picked[u * k + m];
          }
          if (broken) break;
          if (choices.empty() || choices.front().cost.first == SIZE_MAX) {
            return InternalError(fmt::format(
                "diskretioneringen kunne ikke skjule alle små tal ({} for {} i {}); intet er offentliggjort",
                defs_.indicators[members_[p.member]].id,
                p.unit == SIZE_MAX ? "beboere uden for almene afdelinger" : c_.units[p.unit].unit_id, year));
          }
          for (const auto& [u, m] : choices.front().rows) {
            if (!picked[u * k + m]) to_hide.emplace_back(u, m);
            picked[u * k + m] = 1;
          }
        }
        if (keep) still.push_back(std::move(p));
      }
      pending = std::move(still);
      if (pending.empty()) break;
      for (const auto& [u, m] : to_hide) {
        rows[row_[u * k + m]].status = CellStatus::kSuppressed;
        cells[u * k + m].state = State::kSuppressed;
        ++added;
      }
      for (const auto& [u, m] : to_hide) {
        if (c_.units[u].atoms.size() == 1) refresh_known(c_.units[u].atoms[0], m);
      }
    }
    return added;
  }

 private:
  const Computation& c_;
  const IndicatorSet& defs_;
  const std::vector<std::vector<size_t>>& partitions_;  // see Partitions()
  const std::vector<std::vector<size_t>>& containing_;  // see Containing()
  std::vector<size_t> members_;
  std::vector<const Relation*> relations_;
  int min_cell_;
  std::vector<uint32_t> quantity_of_;  // member index * 2 + part -> quantity, UINT32_MAX if the kind has no such part
  uint32_t quantities_ = 0;
  std::vector<std::pair<size_t, Part>> quantity_owner_;  // quantity -> (member index, part)
  size_t variables_ = 0;
  std::vector<std::vector<std::pair<uint32_t, int64_t>>> relation_terms_;  // per relation: (quantity, coefficient)
  std::vector<size_t> member_index_;  // indicator -> member index (SIZE_MAX: not a member)
  std::vector<size_t> row_;
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
    for (const auto& term : relation.terms) {
      parent[Root(parent, static_cast<int>(term.indicator))] = Root(parent, static_cast<int>(relation.terms[0].indicator));
    }
  }
  std::map<int, std::vector<size_t>> members;
  for (size_t i = 0; i < k; ++i) members[Root(parent, static_cast<int>(i))].push_back(i);
  std::map<int, std::vector<const Relation*>> relations;
  for (const auto& relation : defs.relations) {
    relations[Root(parent, static_cast<int>(relation.terms[0].indicator))].push_back(&relation);
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
    const int root = Root(parent, static_cast<int>(indicator_of[r]));
    if (std::pair<int, int>{root, year_of[r]} != last_key) {
      last_key = {root, year_of[r]};
      auto& slot = systems[last_key];
      if (!slot) slot = std::make_unique<System>(computation, defs, partitions, containing, members[root], relations[root], min_cell);
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
