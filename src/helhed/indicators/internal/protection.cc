// SPDX-License-Identifier: Apache-2.0
// See protection.h; the method and why it is fast are told at the top of
// disclosure.cc. Run() collects the pending targets, indexes units and
// relations per atom, then runs rounds: each round finds the components of
// the pending targets' unknown variables, asks each recoverable target for
// its derivation and picks the cheapest row it uses, then hides the picks.
#include "helhed/indicators/internal/protection.h"

#include <algorithm>
#include <initializer_list>
#include <numeric>
#include <string>

#include <fmt/format.h>

#include "helhed/base/status_macros.h"
#include "helhed/indicators/disclosure.h"

namespace helhed::indicators::internal {

std::span<const Part> Parts(IndicatorKind kind) {
  static constexpr Part kBoth[] = {Part::kNumerator, Part::kDenominator};
  switch (kind) {
    case IndicatorKind::kCount: return {kBoth, 1};
    case IndicatorKind::kMean: return {kBoth + 1, 1};
    case IndicatorKind::kShare: return {kBoth, 2};
  }
  return {};
}

namespace {

// `units` grouped by atom, each atom's in the order of `units`.
UnitsOfAtom GroupByAtom(const Computation& c, const std::vector<size_t>& units) {
  UnitsOfAtom index;
  index.begin.assign(static_cast<size_t>(c.atom_count) + 1, 0);
  for (size_t u : units) {
    for (uint32_t atom : c.units[u].atoms) ++index.begin[atom + 1];
  }
  std::partial_sum(index.begin.begin(), index.begin.end(), index.begin.begin());
  index.units.resize(index.begin.back());
  std::vector<uint32_t> next(index.begin.begin(), index.begin.end() - 1);
  for (size_t u : units) {
    for (uint32_t atom : c.units[u].atoms) index.units[next[atom]++] = static_cast<uint32_t>(u);
  }
  return index;
}

}  // namespace

UnitOrder OrderUnits(const Computation& c) {
  // Smallest unit first: short rows make short pivots.
  std::vector<size_t> order(c.units.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return c.units[a].atoms.size() < c.units[b].atoms.size(); });
  UnitOrder result;
  std::vector<size_t> single_atom;
  for (size_t u : order) {
    if (c.units[u].atoms.size() == 1) single_atom.push_back(u);
    if (c.units[u].atoms.size() >= 2) result.multi_atom.push_back(u);
  }
  result.rank.assign(c.units.size(), UINT32_MAX);
  for (size_t i = 0; i < result.multi_atom.size(); ++i) result.rank[result.multi_atom[i]] = static_cast<uint32_t>(i);
  result.single_of = GroupByAtom(c, single_atom);
  result.multi_of = GroupByAtom(c, result.multi_atom);
  return result;
}

Protection::Protection(const SystemLayout& system, std::vector<ResultRow>& rows, int year)
    : system_(system),
      c_(system.c),
      rows_(rows),
      year_(year),
      n_(system.c.units.size()),
      k_(system.members.size()),
      cells_(n_ * k_),
      units_(system.units) {
  for (size_t i = 0; i < cells_.size(); ++i) {
    if (system_.row[i] == SIZE_MAX) continue;
    const ResultRow& row = rows_[system_.row[i]];
    cells_[i].kind = row.kind;
    cells_[i].size = row.kind == IndicatorKind::kCount ? row.numerator : row.denominator;
    cells_[i].state = row.status == CellStatus::kOk            ? State::kOk
                      : row.status == CellStatus::kSuppressed ? State::kSuppressed
                                                              : State::kNotAvailable;
  }
}

void Protection::AppendTerms(size_t u, size_t m, Part part, int64_t coefficient) {
  const uint32_t q = quantity(m, part);
  for (uint32_t atom : c_.units[u].atoms) target_terms_.emplace_back(variable(atom, q), coefficient);
}

uint32_t Protection::EndTarget() {
  target_begin_.push_back(static_cast<uint32_t>(target_terms_.size()));
  return target_count();
}

// What must stay hidden: the small numbers of every suppressed row (a
// denominator that is large, suppressed for a small numerator, may be
// known elsewhere), in unit and member order; and residual atoms (a
// kommune's residents outside social housing) with a small non-zero
// counter.
void Protection::CollectPending() {
  const int min_cell = system_.min_cell;
  // Room for the most there can be (one per suppressed row, three per
  // member at a residual atom): grown by doubling instead, the vector moved
  // every Pending and touched twice the fresh pages.
  size_t most = std::count(c_.atom_is_residual.begin(), c_.atom_is_residual.end(), true) * k_ * 3;
  for (const Cell& c : cells_) most += c.state == State::kSuppressed;
  pending_.reserve(most);
  for (size_t u = 0; u < n_; ++u) {
    if (c_.units[u].atoms.empty()) continue;
    for (size_t m = 0; m < k_; ++m) {
      if (!hidden(u, m)) continue;
      const ResultRow& row = rows_[system_.row[u * k_ + m]];
      // An empty group (a count or a population of 0) concerns nobody and
      // is public anyway: a share over it is published as not_available.
      // A numerator or remainder of 0 in a non-empty group is protected:
      // "none of the 4" or "all of the 4" says something about each.
      const bool empty = row.kind == IndicatorKind::kCount ? row.numerator == 0 : row.denominator == 0;
      if (empty) continue;
      Pending p{u, m, target_count(), target_count()};
      if (row.kind != IndicatorKind::kMean && IsSmall(row.numerator, min_cell)) {
        AppendTerms(u, m, Part::kNumerator);
        p.end = EndTarget();
      }
      if (row.kind != IndicatorKind::kCount && IsSmall(row.denominator, min_cell)) {
        AppendTerms(u, m, Part::kDenominator);
        p.end = EndTarget();
      }
      if (row.kind == IndicatorKind::kShare && IsSmall(row.denominator - row.numerator, min_cell)) {
        AppendTerms(u, m, Part::kDenominator);
        AppendTerms(u, m, Part::kNumerator, -1);
        p.end = EndTarget();
      }
      if (p.next != p.end) pending_.push_back(p);
    }
  }
  for (size_t m = 0; m < k_; ++m) {
    const auto& def = system_.defs.indicators[system_.members[m]];
    const auto& counts = c_.atom_counts.at(fmt::format("{}\x1f{}", def.id, year_));
    for (uint32_t atom = 0; atom < c_.atom_count; ++atom) {
      if (!c_.atom_is_residual[atom]) continue;
      const auto [num, den] = counts[atom];
      auto small = [&](int64_t v) { return v > 0 && v < min_cell; };
      auto single = [&](std::initializer_list<Term> terms) {
        target_terms_.insert(target_terms_.end(), terms);
        const uint32_t end = EndTarget();
        pending_.push_back({SIZE_MAX, m, end - 1, end});
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
}

// Per quantity, the relations that name it.
void Protection::IndexRelations() {
  relation_count_ = static_cast<uint32_t>(system_.relation_terms.size());
  relations_of_.resize(system_.quantities);
  for (uint32_t r = 0; r < relation_count_; ++r) {
    for (const auto& [q, coef] : system_.relation_terms[r]) relations_of_[q].push_back(r);
  }
}

// Whether the variables of (atom, member) are revealed by a published
// one-atom row over the atom.
void Protection::RefreshKnown(uint32_t atom, size_t m) {
  for (Part part : Parts(system_.defs.indicators[system_.members[m]].kind)) {
    uint8_t revealed = 0;
    for (size_t u : units_.single_of[atom]) {
      if (!published(u, m)) continue;
      for (Part p : Parts(cell(u, m).kind)) revealed |= p == part;
    }
    known_[variable(atom, quantity(m, part))] = revealed;
  }
}

template <typename Fn>
void Protection::ForKnownTerms(const Equation& e, const Fn& fn) const {
  if (e.unit == SIZE_MAX) {
    for (const auto& [q, coef] : system_.relation_terms[e.relation]) {
      const uint32_t var = variable(e.atom_or_quantity, q);
      if (known_[var]) fn(var, coef);
    }
  } else {
    for (uint32_t atom : c_.units[e.unit].atoms) {
      const uint32_t var = variable(atom, e.atom_or_quantity);
      if (known_[var]) fn(var, int64_t{1});
    }
  }
}

// A row of a multi-atom unit is an equation when it is published and not
// the sum of published children.
bool Protection::RowIsEquation(size_t u, size_t m) const {
  if (!published(u, m)) return false;
  const auto& children = system_.partitions[u];
  return children.empty() ||
         !std::all_of(children.begin(), children.end(), [&](size_t v) { return published(v, m); });
}

// Finds the component of unknown variable `start` (not yet visited this
// round): its equations in the order a whole-system pass writes them
// (relations by atom, then unit rows smallest unit first, by member and
// part), their terms, and the union-find root that pass would give it.
// Returns the component's index; a variable in no equation gets one
// without equations.
uint32_t Protection::Discover(uint32_t start) {
  const uint32_t quantities = system_.quantities;
  const auto index = static_cast<uint32_t>(components_.size());
  Component& component = components_.emplace_back();
  component.begin = component.end = static_cast<uint32_t>(equations_.size());
  ++discovery_;
  relation_atoms_.clear();
  found_rows_.clear();
  queue_.assign(1, start);
  var_stamp_[start] = round_;
  var_component_[start] = index;
  auto visit = [&](uint32_t var) {
    if (known_[var] || var_stamp_[var] == round_) return;
    var_stamp_[var] = round_;
    var_component_[var] = index;
    queue_.push_back(var);
  };
  for (size_t head = 0; head < queue_.size(); ++head) {
    const uint32_t var = queue_[head];
    const auto atom = static_cast<uint32_t>(var / quantities);
    const auto q = static_cast<uint32_t>(var % quantities);
    for (uint32_t r : relations_of_[q]) {
      const size_t at = static_cast<size_t>(atom) * relation_count_ + r;
      if (relation_stamp_[at] == discovery_) continue;
      relation_stamp_[at] = discovery_;
      if (atom_stamp_[atom] != discovery_) {
        atom_stamp_[atom] = discovery_;
        relation_atoms_.push_back(atom);
      }
      for (const auto& [q2, coef] : system_.relation_terms[r]) visit(variable(atom, q2));
    }
    const auto [m, part] = system_.quantity_owner[q];
    for (size_t u : units_.multi_of[atom]) {
      const size_t at = (u * k_ + m) * 2 + static_cast<size_t>(part);
      if (row_stamp_[at] == round_) continue;
      row_stamp_[at] = round_;
      if (!RowIsEquation(u, m)) continue;
      bool has_part = false;
      for (Part p : Parts(cell(u, m).kind)) has_part = has_part || p == part;
      if (!has_part) continue;
      found_rows_.push_back((static_cast<uint64_t>(units_.rank[u]) * k_ + m) * 2 + static_cast<uint64_t>(part));
      for (uint32_t a : c_.units[u].atoms) visit(variable(a, q));
    }
  }
  // Relations by atom and number: the stamps say which of an atom's
  // relations this component holds. Scanning an atom's relations (~20 at
  // 6 M x 2) is cheaper than sorting the relation keys (~100 000 per round
  // over ~7 000 atoms), which took a fifth of Discover.
  std::sort(relation_atoms_.begin(), relation_atoms_.end());
  for (const uint32_t atom : relation_atoms_) {
    for (uint32_t r = 0; r < relation_count_; ++r) {
      if (relation_stamp_[static_cast<size_t>(atom) * relation_count_ + r] == discovery_) {
        WriteRelation(atom, r, component);
      }
    }
  }
  std::sort(found_rows_.begin(), found_rows_.end());
  for (const uint64_t key : found_rows_) WriteUnitRow(key, component);
  // The same unions, in the same order, as over all equations at once:
  // components do not share variables, so the root comes out the same.
  for (uint32_t var : queue_) parent_[var] = var;
  for (uint32_t e : component.equations()) {
    const uint32_t first = FindRoot(parent_, pool_[equations_[e].begin].first);
    for (const Term& t : terms(equations_[e])) {
      const uint32_t r = FindRoot(parent_, t.first);
      if (r != first) parent_[r] = first;
    }
  }
  component.root = FindRoot(parent_, start);
  return index;
}

// Ends `e` at the pool's end (its terms were just appended) and adds it to
// the component. This and WriteRelation are inline: they run once per
// equation (2.2 M at 6 M x 2), and the calls cost 95 M instructions.
inline void Protection::AddEquation(Equation& e, Component& component) {
  e.end = static_cast<uint32_t>(pool_.size());
  equations_.push_back(e);
  component.end = static_cast<uint32_t>(equations_.size());
}

// Appends relation `relation` at `atom` to the component, with its unknown
// terms.
inline void Protection::WriteRelation(uint32_t atom, uint32_t relation, Component& component) {
  Equation e;
  e.begin = static_cast<uint32_t>(pool_.size());
  e.atom_or_quantity = atom;
  e.relation = relation;
  for (const auto& [q, coef] : system_.relation_terms[relation]) {
    const uint32_t var = variable(atom, q);
    if (!known_[var]) pool_.emplace_back(var, coef);
  }
  AddEquation(e, component);
}

// Appends the unit row with order key `key` ((rank, member, part), see
// Discover) to the component, with its unknown terms.
void Protection::WriteUnitRow(uint64_t key, Component& component) {
  Equation e;
  e.begin = static_cast<uint32_t>(pool_.size());
  e.unit = units_.multi_atom[key / 2 / k_];
  e.member = key / 2 % k_;
  e.atom_or_quantity = quantity(e.member, static_cast<Part>(key % 2));
  for (uint32_t atom : c_.units[e.unit].atoms) {
    const uint32_t var = variable(atom, e.atom_or_quantity);
    if (!known_[var]) pool_.emplace_back(var, 1);
  }
  AddEquation(e, component);
}

// The basis of component `index`'s equations, built the first time a target
// needs it this round.
SpanBasis& Protection::BasisOf(uint32_t index) {
  Component& component = components_[index];
  if (component.basis) return *component.basis;
  // Columns in reverse order of first appearance: the variables the
  // larger units' rows bring in come first and take the pivots, which
  // cuts the elimination work by a third at 1 M x 10 (measured against
  // first-appearance order). The certificates do not depend on the order
  // (see span_basis.h).
  columns_.clear();
  size_t entries = 0;
  for (uint32_t e : component.equations()) {
    entries += terms(equations_[e]).size();
    for (const Term& t : terms(equations_[e])) {
      if (!seen_[t.first]) {
        seen_[t.first] = 1;
        columns_.push_back(t.first);
      }
    }
  }
  for (uint32_t i = 0; i < columns_.size(); ++i) {
    local_[columns_[i]] = static_cast<uint32_t>(columns_.size()) - 1 - i;
    seen_[columns_[i]] = 0;
  }
  component.basis = std::make_unique<SpanBasis>(columns_.size(), /*certificates=*/true);
  component.basis->Reserve(component.end - component.begin, entries);
  for (uint32_t e : component.equations()) {
    reduced_.clear();
    for (const auto& [var, coef] : terms(equations_[e])) reduced_.emplace_back(local_[var], coef);
    component.basis->Add(reduced_);
  }
  return *component.basis;
}

// Whether `target` is recoverable now. If so, used_ holds its derivation:
// the equations it combines, with their coefficients (else used_ is empty).
bool Protection::FindDerivation(std::span<const Term> target) {
  // The target's unknown part in each component, components ascending.
  pieces_.clear();
  bool free_variable = false;
  for (const auto& [var, coef] : target) {
    if (known_[var]) continue;
    if (var_stamp_[var] != round_) Discover(var);
    const Component& component = components_[var_component_[var]];
    if (component.begin == component.end) {
      free_variable = true;  // in no equation: nothing can pin it down
      break;
    }
    pieces_.push_back({component.root, {var, coef}});
  }
  // Most targets are one variable; std::stable_sort allocates a buffer even
  // for one element.
  if (pieces_.size() > 1) {
    std::stable_sort(pieces_.begin(), pieces_.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  used_.clear();
  bool safe = free_variable;
  for (size_t i = 0; i < pieces_.size() && !safe;) {
    const uint32_t index = var_component_[pieces_[i].second.first];
    SpanBasis& basis = BasisOf(index);
    reduced_.clear();
    for (const uint32_t component_root = pieces_[i].first; i < pieces_.size() && pieces_[i].first == component_root;
         ++i) {
      reduced_.emplace_back(local_[pieces_[i].second.first], pieces_[i].second.second);
    }
    const auto certificate = basis.CertificateOf(reduced_);
    if (!certificate) {
      safe = true;
      break;
    }
    const uint32_t first = components_[index].begin;
    for (const auto& [tag, lambda] : *certificate) used_.emplace_back(first + tag, lambda);
  }
  return !safe;
}

// Every choice the derivation in used_ offers, into choices_, cheapest first
// (among equal costs in the order std::sort leaves them: certificate rows in
// certificate order, then known variables ascending).
void Protection::ChoicesOf(std::span<const Term> target) {
  // The known variables' coefficients in target - combination.
  contributions_.clear();
  for (const auto& [var, coef] : target) {
    if (known_[var]) contributions_.emplace_back(var, ModFromInt(coef));
  }
  choices_.clear();
  choice_rows_.clear();
  for (const auto& [e, lambda] : used_) {
    const Equation& eq = equations_[e];
    ForKnownTerms(eq, [&](uint32_t var, int64_t coef) {
      contributions_.emplace_back(var, ModMul(lambda, ModFromInt(-coef)));
    });
    if (eq.unit != SIZE_MAX) {
      const bool can = hideable(eq.unit, eq.member);
      const auto begin = static_cast<uint32_t>(choice_rows_.size());
      choice_rows_.emplace_back(eq.unit, eq.member);
      choices_.push_back({{can ? c_.units[eq.unit].atoms.size() : SIZE_MAX, size_of(eq.unit, eq.member)},
                          begin,
                          begin + 1});
    }
  }
  std::sort(contributions_.begin(), contributions_.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  for (size_t i = 0; i < contributions_.size();) {
    const uint32_t var = contributions_[i].first;
    uint64_t coef = 0;
    for (; i < contributions_.size() && contributions_[i].first == var; ++i) {
      coef = ModAdd(coef, contributions_[i].second);
    }
    if (coef == 0) continue;
    const uint32_t atom = static_cast<uint32_t>(var / system_.quantities);
    const size_t m = system_.quantity_owner[var % system_.quantities].first;
    const auto begin = static_cast<uint32_t>(choice_rows_.size());
    Choice choice{{1, 0}, begin, begin};
    for (size_t u : system_.containing[atom]) {
      if (c_.units[u].atoms.size() != 1 || !published(u, m)) continue;
      if (!hideable(u, m)) choice.cost.first = SIZE_MAX;
      choice.cost.second = std::max(choice.cost.second, size_of(u, m));
      choice_rows_.emplace_back(u, m);
    }
    choice.end = static_cast<uint32_t>(choice_rows_.size());
    choices_.push_back(choice);
  }
  std::sort(choices_.begin(), choices_.end(), [](const Choice& a, const Choice& b) { return a.cost < b.cost; });
}

// Tests p's targets in order until one is recoverable and picks the cheapest
// row its derivation uses. Returns whether p stays pending.
StatusOr<bool> Protection::PickFor(Pending& p) {
  while (p.next != p.end) {
    const std::span<const Term> target = Target(p.next);
    if (!FindDerivation(target)) {
      ++p.next;
      continue;
    }
    ChoicesOf(target);
    bool broken = false;  // by a pick of this round
    for (const auto& [u, m] : choice_rows_) broken = broken || picked_[u * k_ + m];
    if (broken) return true;
    if (choices_.empty() || choices_.front().cost.first == SIZE_MAX) {
      return InternalError(fmt::format(
          "diskretioneringen kunne ikke skjule alle små tal ({} for {} i {}); intet er offentliggjort",
          system_.defs.indicators[system_.members[p.member]].id,
          p.unit == SIZE_MAX ? "beboere uden for almene afdelinger" : c_.units[p.unit].unit_id, year_));
    }
    for (const auto& [u, m] : RowsOf(choices_.front())) {
      if (!picked_[u * k_ + m]) to_hide_.emplace_back(u, m);
      picked_[u * k_ + m] = 1;
    }
    return true;
  }
  return false;
}

// Targets not recoverable now stay safe in every later round. A target
// whose derivation uses a row already picked this round waits for the
// next round (that pick may protect it too); one whose derivation
// avoids every pick stays recoverable after them, so it picks its own.
Status Protection::PickRowsToHide() {
  for (const auto& [u, m] : to_hide_) picked_[u * k_ + m] = 0;
  to_hide_.clear();
  // The targets still pending are moved forward in place: a new vector per
  // round grew by reallocation, moving every Pending several times.
  size_t kept = 0;
  for (size_t i = 0; i < pending_.size(); ++i) {
    HELHED_ASSIGN_OR_RETURN(const bool keep, PickFor(pending_[i]));
    if (!keep) continue;
    if (kept != i) pending_[kept] = std::move(pending_[i]);
    ++kept;
  }
  pending_.erase(pending_.begin() + static_cast<std::ptrdiff_t>(kept), pending_.end());
  return OkStatus();
}

// Suppresses this round's picks; a hidden one-atom row may make its
// variables unknown.
void Protection::HidePicked() {
  for (const auto& [u, m] : to_hide_) {
    rows_[system_.row[u * k_ + m]].status = CellStatus::kSuppressed;
    cells_[u * k_ + m].state = State::kSuppressed;
    ++added_;
  }
  for (const auto& [u, m] : to_hide_) {
    if (c_.units[u].atoms.size() == 1) RefreshKnown(c_.units[u].atoms[0], m);
  }
}

// One round: this round's components are found afresh (hiding rows changed
// the equations), then rows are picked for the recoverable targets and
// hidden. Returns whether targets stay pending.
StatusOr<bool> Protection::RunRound() {
  ++round_;
  components_.clear();
  equations_.clear();
  pool_.clear();
  HELHED_RETURN_IF_ERROR(PickRowsToHide());
  if (pending_.empty()) return false;
  HidePicked();
  return true;
}

StatusOr<int64_t> Protection::Run() {
  CollectPending();
  if (pending_.empty()) return 0;
  IndexRelations();

  known_.assign(system_.variables, 0);
  for (uint32_t atom = 0; atom < c_.atom_count; ++atom) {
    if (units_.single_of[atom].empty()) continue;
    for (size_t m = 0; m < k_; ++m) RefreshKnown(atom, m);
  }

  // Per round, the components are found from the pending targets' unknown
  // variables outward (equations through a variable: the relations at its
  // atom that name its quantity, the published rows of multi-atom units
  // over its atom); a round late in the protection, with one pending
  // target, so touches one component instead of writing every equation.
  // Stamps (the round number) mark what this round has visited.
  const size_t variables = system_.variables;
  var_stamp_.assign(variables, 0);
  var_component_.resize(variables);
  parent_.resize(variables);
  local_.resize(variables);
  seen_.assign(variables, 0);
  relation_stamp_.assign(static_cast<size_t>(c_.atom_count) * relation_count_, 0);
  row_stamp_.assign(n_ * k_ * 2, 0);
  picked_.assign(n_ * k_, 0);
  atom_stamp_.assign(c_.atom_count, 0);
  // Room for every equation at once (every relation at every atom, every
  // row of every multi-atom unit): grown by doubling instead, the first
  // round wrote each of its equations twice over and touched twice the
  // fresh pages, and page faults are dear.
  size_t relation_terms = 0;
  for (const auto& terms : system_.relation_terms) relation_terms += terms.size();
  equations_.reserve(static_cast<size_t>(c_.atom_count) * relation_count_ + units_.multi_atom.size() * k_ * 2);
  pool_.reserve(static_cast<size_t>(c_.atom_count) * relation_terms + units_.multi_of.units.size() * system_.quantities);

  bool more = true;
  while (more) {
    HELHED_ASSIGN_OR_RETURN(more, RunRound());
  }
  return added_;
}

}  // namespace helhed::indicators::internal
