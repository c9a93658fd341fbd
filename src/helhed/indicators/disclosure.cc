// SPDX-License-Identifier: Apache-2.0
// Disclosure control as linear algebra. Variables are (atom, quantity) pairs:
// an atom is an afdeling-in-kommune cell or a kommune's residents outside
// social housing; a quantity is one counter of one indicator (numerator or
// denominator). A published row reveals the sum of its quantity over the
// unit's atoms; the relations in the indicator file (e.g. residents = sum of
// the age bands) hold for every atom and are known to any reader. A hidden
// value is recoverable exactly when its vector lies in the span of all that.
// Secondary suppression hides, per round, one more row for every recoverable
// target (a sibling inside the smallest published parent for a leak through
// the hierarchy, a related indicator of the same unit for a leak through a
// relation) until nothing is recoverable.
//
// Why it is fast (1 M persons: ~1 200 afdelinger × 60 quantities):
//  1. A published one-atom row (an afdeling) reveals its variable outright,
//     so each round projects those known variables out of every equation and
//     target before any elimination: t is in span(P ∪ R) exactly when t
//     without its known variables is in the span of the other equations
//     without theirs. What is left are the hidden afdeling values and the
//     kommune residuals, a few per cent of all variables.
//  2. Hiding rows only shrinks the span, so a target found safe stays safe:
//     each round re-tests only the targets that were recoverable last round.
//  3. internal::SpanBasis reduces in time proportional to the basis rows it
//     touches, with exact (modular) arithmetic.
#include "helhed/indicators/disclosure.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "helhed/base/check.h"
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
std::vector<Part> Parts(IndicatorKind kind) {
  switch (kind) {
    case IndicatorKind::kCount: return {Part::kNumerator};
    case IndicatorKind::kMean: return {Part::kDenominator};
    case IndicatorKind::kShare: return {Part::kNumerator, Part::kDenominator};
  }
  return {};
}

// For each unit, units that partition its atoms (its children in a laminar
// hierarchy: a region's kommuner, the country's regions), or nothing when no
// set of smaller units does (a kommune: its residual is no unit). A parent
// whose children are all published is their sum, so it adds nothing to what
// a reader knows and secondary suppression can leave it out of the algebra.
std::vector<std::vector<size_t>> Partitions(const Computation& c) {
  const size_t n = c.units.size();
  std::vector<std::vector<size_t>> containing(c.atom_count);
  for (size_t u = 0; u < n; ++u) {
    for (uint32_t atom : c.units[u].atoms) containing[atom].push_back(u);
  }
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

// One group of related indicators in one year.
class System {
 public:
  System(const Computation& c, const IndicatorSet& defs, const std::vector<std::vector<size_t>>& partitions,
         std::vector<size_t> members, std::vector<const Relation*> relations, int min_cell)
      : c_(c),
        defs_(defs),
        partitions_(partitions),
        members_(std::move(members)),
        relations_(std::move(relations)),
        min_cell_(min_cell) {
    for (size_t m = 0; m < members_.size(); ++m) {
      for (Part part : Parts(defs_.indicators[members_[m]].kind)) {
        quantity_[{members_[m], part}] = quantities_++;
        quantity_owner_.emplace_back(m, part);
      }
      member_index_[members_[m]] = m;
    }
    HELHED_DCHECK(static_cast<uint64_t>(c_.atom_count) * quantities_ < UINT32_MAX);
    variables_ = static_cast<size_t>(c_.atom_count) * quantities_;
    const size_t n = c_.units.size();
    row_.assign(n * members_.size(), SIZE_MAX);
    for (size_t u = 0; u < n; ++u) {
      for (uint32_t atom : c_.units[u].atoms) containing_[atom].push_back(u);
    }
    // Each relation as (quantity, coefficient) terms, equal quantities merged.
    for (const Relation* relation : relations_) {
      std::map<uint32_t, int64_t> terms;
      for (const auto& term : relation->terms) terms[quantity_.at({term.indicator, term.part})] += term.coefficient;
      std::vector<std::pair<uint32_t, int64_t>> merged;
      for (const auto& [q, coef] : terms) {
        if (coef != 0) merged.emplace_back(q, coef);
      }
      if (!merged.empty()) relation_terms_.push_back(std::move(merged));
    }
  }

  void SetRow(size_t unit, size_t indicator, size_t row) { row_[unit * members_.size() + member_index_.at(indicator)] = row; }

  // Returns how many rows it newly suppressed. kInternal (Danish) when some
  // small number stays recoverable: then nothing may be published.
  StatusOr<int64_t> Protect(std::vector<ResultRow>& rows, int year) {
    const size_t n = c_.units.size();
    const size_t k = members_.size();
    auto row_at = [&](size_t u, size_t m) -> ResultRow* {
      const size_t r = row_[u * k + m];
      return r == SIZE_MAX ? nullptr : &rows[r];
    };
    auto hidden = [&](size_t u, size_t m) {
      const ResultRow* row = row_at(u, m);
      return row != nullptr && row->status == CellStatus::kSuppressed;
    };
    auto published = [&](size_t u, size_t m) {
      const ResultRow* row = row_at(u, m);
      return row != nullptr && row->status != CellStatus::kSuppressed;
    };
    auto hideable = [&](size_t u, size_t m) {
      const ResultRow* row = row_at(u, m);
      return row != nullptr && row->status == CellStatus::kOk;
    };
    auto size_of = [&](size_t u, size_t m) {
      const ResultRow* row = row_at(u, m);
      return row->kind == IndicatorKind::kCount ? row->numerator : row->denominator;
    };
    auto quantity = [&](size_t m, Part part) { return static_cast<uint32_t>(quantity_.at({members_[m], part})); };
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
      int rounds = 0;               // rounds it has been recoverable so far
    };
    std::vector<Pending> pending;
    for (size_t u = 0; u < n; ++u) {
      if (c_.units[u].atoms.empty()) continue;
      for (size_t m = 0; m < k; ++m) {
        if (!hidden(u, m)) continue;
        const ResultRow* row = row_at(u, m);
        Pending p{u, m, c_.units[u].atoms, {}};
        // An empty group (a count or a population of 0) concerns nobody and
        // is public anyway: a share over it is published as not_available.
        // A numerator or remainder of 0 in a non-empty group is protected:
        // "none of the 4" or "all of the 4" says something about each.
        const bool empty = row->kind == IndicatorKind::kCount ? row->numerator == 0 : row->denominator == 0;
        if (empty) continue;
        if (row->kind != IndicatorKind::kMean && IsSmall(row->numerator, min_cell_)) {
          p.targets.push_back(vector_of(u, m, Part::kNumerator));
        }
        if (row->kind != IndicatorKind::kCount && IsSmall(row->denominator, min_cell_)) {
          p.targets.push_back(vector_of(u, m, Part::kDenominator));
        }
        if (row->kind == IndicatorKind::kShare && IsSmall(row->denominator - row->numerator, min_cell_)) {
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

    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return c_.units[a].atoms.size() < c_.units[b].atoms.size(); });

    int64_t added = 0;
    std::vector<uint8_t> known(variables_);
    constexpr int kMaxRounds = 1000;
    for (int round = 0; !pending.empty(); ++round) {
      // Variables revealed outright by a published one-atom row.
      std::fill(known.begin(), known.end(), 0);
      for (size_t u = 0; u < n; ++u) {
        if (c_.units[u].atoms.size() != 1) continue;
        for (size_t m = 0; m < k; ++m) {
          if (!published(u, m)) continue;
          for (Part part : Parts(row_at(u, m)->kind)) known[variable(c_.units[u].atoms[0], quantity(m, part))] = 1;
        }
      }
      auto project = [&](Vector v) {
        std::erase_if(v, [&](const Term& t) { return known[t.first] != 0; });
        return v;
      };
      SpanBasis full(variables_);
      // Relations first: they are local to an atom, so they make short pivots.
      for (uint32_t atom = 0; atom < c_.atom_count; ++atom) {
        for (const auto& terms : relation_terms_) {
          Vector v;
          for (const auto& [q, coef] : terms) {
            if (!known[variable(atom, q)]) v.emplace_back(variable(atom, q), coef);
          }
          if (!v.empty()) full.Add(v);
        }
      }
      for (size_t u : order) {
        if (c_.units[u].atoms.size() < 2) continue;  // projects to nothing
        for (size_t m = 0; m < k; ++m) {
          if (!published(u, m)) continue;
          const auto& children = partitions_[u];
          if (!children.empty() &&
              std::all_of(children.begin(), children.end(), [&](size_t v) { return published(v, m); })) {
            continue;  // the sum of published rows
          }
          for (Part part : Parts(row_at(u, m)->kind)) {
            const Vector v = project(vector_of(u, m, part));
            if (v.empty()) continue;
            full.Add(v);
          }
        }
      }

      // Is the target derivable from the published rows alone, without the
      // relations? Each published row sums one quantity, so that question
      // splits by quantity; a basis per quantity over atoms, built when first
      // asked, answers it exactly.
      std::unordered_map<uint32_t, SpanBasis> hierarchy_of;
      auto in_hierarchy_span = [&](const Vector& target) {
        std::map<uint32_t, Vector> by_quantity;
        for (const auto& [var, coef] : target) {
          by_quantity[static_cast<uint32_t>(var % quantities_)].emplace_back(static_cast<uint32_t>(var / quantities_), coef);
        }
        for (const auto& [q, local_target] : by_quantity) {
          auto it = hierarchy_of.find(q);
          if (it == hierarchy_of.end()) {
            it = hierarchy_of.emplace(q, SpanBasis(c_.atom_count)).first;
            const auto [m, part] = quantity_owner_[q];
            for (size_t u : order) {
              if (c_.units[u].atoms.size() < 2 || !published(u, m)) continue;
              const auto& children = partitions_[u];
              if (!children.empty() &&
                  std::all_of(children.begin(), children.end(), [&](size_t v) { return published(v, m); })) {
                continue;
              }
              Vector v;
              for (uint32_t atom : c_.units[u].atoms) {
                if (!known[variable(atom, q)]) v.emplace_back(atom, 1);
              }
              if (!v.empty()) it->second.Add(v);
            }
          }
          if (!it->second.InSpan(local_target)) return false;
        }
        return true;
      };
      // Units already looked at in one scan (a stamp per unit, not a set).
      uint64_t stamp = 0;
      std::vector<uint64_t> seen_at(n, 0);
      auto first_visit = [&](size_t u) {
        if (seen_at[u] == stamp) return false;
        seen_at[u] = stamp;
        return true;
      };
      std::set<std::pair<size_t, size_t>> to_hide;
      // A leak through the hierarchy: hide a sibling of the same indicator in
      // the smallest published parent, else that parent. Siblings directly
      // below the parent come first: an afdeling inside a published sibling
      // kommune hides nothing the region's total gives away.
      auto hierarchy_choice = [&](const std::vector<uint32_t>& atoms, size_t m, size_t self, size_t width) {
        auto disjoint = [&](const std::vector<uint32_t>& ua) {
          for (uint32_t t : atoms) {
            if (std::binary_search(ua.begin(), ua.end(), t)) return false;
          }
          return true;
        };
        std::vector<size_t> parents;
        for (size_t u : containing_[atoms.front()]) {
          if (u == self || hidden(u, m) || row_at(u, m) == nullptr) continue;
          if (std::includes(c_.units[u].atoms.begin(), c_.units[u].atoms.end(), atoms.begin(), atoms.end())) {
            parents.push_back(u);
          }
        }
        std::sort(parents.begin(), parents.end(),
                  [&](size_t a, size_t b) { return c_.units[a].atoms.size() < c_.units[b].atoms.size(); });
        for (size_t parent : parents) {
          const auto& pa = c_.units[parent].atoms;
          // Published for m, strictly between `v` and the parent, away from the target.
          auto covered = [&](size_t v) {
            const auto& va = c_.units[v].atoms;
            for (size_t w : containing_[va.front()]) {
              if (w == v || w == parent || !published(w, m)) continue;
              const auto& wa = c_.units[w].atoms;
              if (wa.size() > va.size() && std::includes(pa.begin(), pa.end(), wa.begin(), wa.end()) &&
                  std::includes(wa.begin(), wa.end(), va.begin(), va.end()) && disjoint(wa)) {
                return true;
              }
            }
            return false;
          };
          std::vector<std::pair<std::pair<bool, int64_t>, size_t>> siblings;  // (covered, size), unit
          ++stamp;
          for (uint32_t atom : pa) {
            for (size_t u : containing_[atom]) {
              if (u == parent || u == self || !first_visit(u) || !hideable(u, m)) continue;
              const auto& ua = c_.units[u].atoms;
              if (!std::includes(pa.begin(), pa.end(), ua.begin(), ua.end()) || !disjoint(ua)) continue;
              siblings.push_back({{covered(u), size_of(u, m)}, u});
            }
          }
          if (siblings.empty()) continue;
          std::sort(siblings.begin(), siblings.end());
          siblings.resize(std::min(siblings.size(), width));
          std::vector<size_t> picks;
          for (const auto& sibling : siblings) picks.push_back(sibling.second);
          return picks;
        }
        // No sibling anywhere: hide the smallest parent itself.
        for (size_t parent : parents) {
          if (hideable(parent, m)) return std::vector<size_t>{parent};
        }
        return std::vector<size_t>{};
      };
      // A leak through a relation: hide the smallest related indicator of
      // the same unit.
      auto relation_choice = [&](size_t u, size_t m, size_t width) {
        std::vector<std::pair<int64_t, size_t>> related;  // size, member
        for (const Relation* relation : relations_) {
          bool involves = false;
          for (const auto& term : relation->terms) involves = involves || term.indicator == members_[m];
          if (!involves) continue;
          for (const auto& term : relation->terms) {
            const size_t other = member_index_.at(term.indicator);
            if (other != m && hideable(u, other)) related.emplace_back(size_of(u, other), other);
          }
        }
        std::sort(related.begin(), related.end());
        related.erase(std::unique(related.begin(), related.end()), related.end());
        if (related.empty()) return std::make_pair(SIZE_MAX, size_t{0});
        for (size_t i = 1; i < std::min(related.size(), width); ++i) to_hide.insert({u, related[i].second});
        return std::make_pair(u, related.front().second);
      };
      // A leak through the target's own parts (a zone whose afdelinger are
      // all published): hide the smallest published part, but only when the
      // parts alone give the target away. The parts' other counters are on
      // other variables, so one quantity over the target's atoms decides.
      auto children_choice = [&](const std::vector<uint32_t>& atoms, size_t m, size_t self) {
        SpanBasis parts(atoms.size());
        auto local = [&](uint32_t atom) {
          return static_cast<uint32_t>(std::lower_bound(atoms.begin(), atoms.end(), atom) - atoms.begin());
        };
        size_t best = SIZE_MAX;
        ++stamp;
        for (uint32_t atom : atoms) {
          for (size_t u : containing_[atom]) {
            if (u == self || !first_visit(u) || !published(u, m)) continue;
            const auto& ua = c_.units[u].atoms;
            if (!std::includes(atoms.begin(), atoms.end(), ua.begin(), ua.end())) continue;
            Vector v;
            for (uint32_t a : ua) v.emplace_back(local(a), 1);
            parts.Add(v);
            if (hideable(u, m) && (best == SIZE_MAX || size_of(u, m) < size_of(best, m))) best = u;
          }
        }
        Vector whole;
        for (uint32_t i = 0; i < atoms.size(); ++i) whole.emplace_back(i, 1);
        if (best == SIZE_MAX || !parts.InSpan(whole)) return std::make_pair(SIZE_MAX, m);
        return std::make_pair(best, m);
      };
      auto choose = [&](const Vector& target, const std::vector<uint32_t>& atoms, size_t u, size_t m, int rounds) {
        std::pair<size_t, size_t> pick{SIZE_MAX, 0};
        const bool through_relations = !in_hierarchy_span(target);
        // A target still recoverable after two rounds gets twice as many
        // rows each further round, so long chains end in few rounds.
        const size_t width = rounds < 2 ? 1 : size_t{1} << std::min(rounds - 1, 3);
        if (through_relations && u != SIZE_MAX) pick = relation_choice(u, m, width);
        if (pick.first == SIZE_MAX) {
          std::vector<size_t> units;
          pick = children_choice(atoms, m, u);
          if (pick.first != SIZE_MAX) {
            units.push_back(pick.first);
          } else {
            units = hierarchy_choice(atoms, m, u, width);
            if (!units.empty()) pick = {units.front(), m};
          }
          for (size_t v : units) {
            to_hide.insert({v, m});
            if (!through_relations) continue;
            // The leak combines the hierarchy with relations: a sibling whose
            // other terms of a relation with m are all published would give
            // m back; hide the smallest of them too.
            for (const Relation* relation : relations_) {
              bool involves = false, open = false;
              size_t best = SIZE_MAX;
              for (const auto& term : relation->terms) {
                const size_t other = member_index_.at(term.indicator);
                if (other == m) {
                  involves = true;
                } else if (!published(v, other) || to_hide.count({v, other}) != 0) {
                  open = true;
                } else if (hideable(v, other) && (best == SIZE_MAX || size_of(v, other) < size_of(v, best))) {
                  best = other;
                }
              }
              if (involves && !open && best != SIZE_MAX) to_hide.insert({v, best});
            }
          }
        }
        if (pick.first == SIZE_MAX && u != SIZE_MAX) pick = relation_choice(u, m, width);
        // Last resort, so every round makes progress: the smallest published
        // rows of any related indicator in the units touching the target,
        // else inside the smallest unit around it that still has some (a
        // register so small that whole kommuner are hidden).
        if (pick.first == SIZE_MAX) {
          std::vector<size_t> around;
          for (size_t unit : containing_[atoms.front()]) {
            const auto& ua = c_.units[unit].atoms;
            if (std::includes(ua.begin(), ua.end(), atoms.begin(), atoms.end())) around.push_back(unit);
          }
          std::sort(around.begin(), around.end(),
                    [&](size_t a, size_t b) { return c_.units[a].atoms.size() < c_.units[b].atoms.size(); });
          std::vector<std::vector<uint32_t>> scopes{atoms};
          for (size_t unit : around) scopes.push_back(c_.units[unit].atoms);
          for (const auto& scope : scopes) {
            // Lowest level first (fewest atoms), then the smallest value.
            std::vector<std::pair<std::pair<size_t, int64_t>, std::pair<size_t, size_t>>> rows_near;
            ++stamp;
            const bool touching = &scope == &scopes.front();
            for (uint32_t atom : scope) {
              for (size_t unit : containing_[atom]) {
                if (!first_visit(unit)) continue;
                const auto& ua = c_.units[unit].atoms;
                if (!touching && !std::includes(scope.begin(), scope.end(), ua.begin(), ua.end())) continue;
                for (size_t other = 0; other < k; ++other) {
                  if (hideable(unit, other)) rows_near.push_back({{ua.size(), size_of(unit, other)}, {unit, other}});
                }
              }
            }
            if (rows_near.empty()) continue;
            std::sort(rows_near.begin(), rows_near.end());
            pick = rows_near.front().second;
            for (size_t i = 1; i < std::min(rows_near.size(), width); ++i) to_hide.insert(rows_near[i].second);
            break;
          }
        }
        if (pick.first != SIZE_MAX) to_hide.insert(pick);
      };
      // Targets not recoverable now stay safe in every later round.
      std::vector<Pending> still;
      for (auto& p : pending) {
        for (size_t t = 0; t < p.targets.size(); ++t) {
          const Vector target = project(p.targets[t]);
          if (!full.InSpan(target)) continue;
          choose(target, p.atoms, p.unit, p.member, p.rounds++);
          p.targets.erase(p.targets.begin(), p.targets.begin() + static_cast<std::ptrdiff_t>(t));
          still.push_back(std::move(p));
          break;
        }
      }
      pending = std::move(still);
      if (pending.empty()) break;
      if (to_hide.empty() || round + 1 == kMaxRounds) {
        const auto& p = pending.front();
        return InternalError(fmt::format(
            "diskretioneringen kunne ikke skjule alle små tal ({} for {} i {}); intet er offentliggjort",
            defs_.indicators[members_[p.member]].id,
            p.unit == SIZE_MAX ? "beboere uden for almene afdelinger" : c_.units[p.unit].unit_id, year));
      }
      for (const auto& [u, m] : to_hide) {
        row_at(u, m)->status = CellStatus::kSuppressed;
        ++added;
      }
    }
    return added;
  }

 private:
  const Computation& c_;
  const IndicatorSet& defs_;
  const std::vector<std::vector<size_t>>& partitions_;  // see Partitions()
  std::vector<size_t> members_;
  std::vector<const Relation*> relations_;
  int min_cell_;
  std::map<std::pair<size_t, Part>, uint64_t> quantity_;
  uint64_t quantities_ = 0;
  std::vector<std::pair<size_t, Part>> quantity_owner_;  // quantity -> (member index, part)
  size_t variables_ = 0;
  std::vector<std::vector<std::pair<uint32_t, int64_t>>> relation_terms_;  // per relation: (quantity, coefficient)
  std::unordered_map<size_t, size_t> member_index_;
  std::vector<size_t> row_;
  std::unordered_map<uint32_t, std::vector<size_t>> containing_;
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

  std::map<std::pair<std::string, std::string>, size_t> unit_index;
  for (size_t u = 0; u < computation.units.size(); ++u) {
    unit_index[{computation.units[u].unit_level, computation.units[u].unit_id}] = u;
  }
  std::unordered_map<std::string, size_t> indicator_index;
  for (size_t i = 0; i < k; ++i) indicator_index[defs.indicators[i].id] = i;

  const auto partitions = Partitions(computation);
  std::map<std::pair<int, int>, std::unique_ptr<System>> systems;  // (root, year)
  for (size_t r = 0; r < rows.size(); ++r) {
    auto& row = rows[r];
    const auto it = indicator_index.find(row.indicator_id);
    if (it == indicator_index.end()) continue;
    if (row.status == CellStatus::kOk && SensitiveValues(row.numerator, row.denominator, row.kind, min_cell)) {
      row.status = CellStatus::kSuppressed;
      ++report.primary;
    }
    const int root = Root(parent, static_cast<int>(it->second));
    auto& system = systems[{root, row.year}];
    if (!system) system = std::make_unique<System>(computation, defs, partitions, members[root], relations[root], min_cell);
    system->SetRow(unit_index.at({row.unit_level, row.unit_id}), it->second, r);
  }
  for (auto& [key, system] : systems) {
    HELHED_ASSIGN_OR_RETURN(const int64_t added, system->Protect(rows, key.second));
    report.secondary += added;
  }
  return report;
}

}  // namespace helhed::indicators
