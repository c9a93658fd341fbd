// SPDX-License-Identifier: Apache-2.0
// Secondary suppression of one system (a group of related indicators in one
// year): the rounds that hide published rows until no small number is
// recoverable. disclosure.cc builds the system (SystemLayout) and runs one
// Protection per system; the method and why it is fast are told at the top of
// disclosure.cc.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <ranges>
#include <span>
#include <utility>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/indicators/engine.h"
#include "helhed/indicators/internal/span_basis.h"

namespace helhed::indicators::internal {

using Vector = std::vector<Term>;

// The counters a row of this kind publishes.
std::span<const Part> Parts(IndicatorKind kind);

// Union-find: the root of `i` in the forest `parent` (a root is its own
// parent), halving the path on the way up.
template <typename T>
T FindRoot(std::vector<T>& parent, T i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

// Per atom, a list of units, all in one array: a vector per atom cost
// ~350 000 allocations per system at 6 M x 2.
struct UnitsOfAtom {
  std::vector<uint32_t> begin;  // atom -> its first entry in units; atom_count + 1 entries
  std::vector<uint32_t> units;
  std::span<const uint32_t> operator[](uint32_t atom) const {
    return {units.data() + begin[atom], units.data() + begin[atom + 1]};
  }
};

// The units as every system's equations see them, built once per
// computation: the units of two or more atoms smallest first (the order
// equations are written in; one-atom units write none, a published one
// reveals its variables), each one's position in that order, and per atom
// its one-atom units and the multi-atom units containing it, in that order.
struct UnitOrder {
  std::vector<size_t> multi_atom;
  std::vector<uint32_t> rank;  // unit -> position in multi_atom, UINT32_MAX if none
  UnitsOfAtom single_of, multi_of;
};
UnitOrder OrderUnits(const Computation& c);

// One group of related indicators in one year, as the algebra sees it: its
// variables are (atom, quantity) pairs, numbered atom * quantities + quantity;
// a quantity is one counter (numerator or denominator) of one member.
struct SystemLayout {
  const Computation& c;
  const IndicatorSet& defs;
  const std::vector<std::vector<size_t>>& partitions;  // see Partitions() in disclosure.cc
  const std::vector<std::vector<size_t>>& containing;  // see Containing() in disclosure.cc
  const UnitOrder& units;
  std::vector<size_t> members;
  int min_cell = 0;
  std::vector<uint32_t> quantity_of;  // member index * 2 + part -> quantity, UINT32_MAX if the kind has no such part
  uint32_t quantities = 0;
  std::vector<std::pair<size_t, Part>> quantity_owner;  // quantity -> (member index, part)
  size_t variables = 0;
  std::vector<std::vector<std::pair<uint32_t, int64_t>>> relation_terms;  // per relation: (quantity, coefficient)
  std::vector<size_t> row;  // unit * members + member index -> row of the table, SIZE_MAX if none
};

// One Protect call on one system: the rows' states, the pending targets, the
// per-round components and their bases, and the scratch every round and
// target reuses. Run() once.
class Protection {
 public:
  Protection(const SystemLayout& system, std::vector<ResultRow>& rows, int year);
  Protection(const Protection&) = delete;
  Protection& operator=(const Protection&) = delete;

  // Returns how many rows it newly suppressed. kInternal (Danish) when some
  // small number stays recoverable: then nothing may be published.
  StatusOr<int64_t> Run();

 private:
  // What Protect reads of one row (unit, member), kept compact: a ResultRow is
  // a few hundred bytes and every round reads every status.
  enum class State : uint8_t { kAbsent, kOk, kNotAvailable, kSuppressed };
  struct Cell {
    State state = State::kAbsent;
    IndicatorKind kind = IndicatorKind::kCount;
    int64_t size = 0;  // count: numerator, else denominator (the cost of hiding it)
  };

  // What must stay hidden: the small numbers of a suppressed row or of a
  // residual atom.
  struct Pending {
    size_t unit;    // SIZE_MAX for a residual atom
    size_t member;
    // Its targets still to test, [next, end) (see Target()): the first
    // recoverable one drives the choice.
    uint32_t next, end;
  };

  // One equation a reader knows: a published row of a unit of two or more
  // atoms (unit, member, quantity), or a relation at one atom (unit
  // SIZE_MAX). Its unknown terms are pool_[begin, end): one pool per round,
  // not a vector per equation. Its known terms (variables a published
  // one-atom row reveals) are written out only for the few equations a
  // derivation uses (ForKnownTerms).
  struct Equation {
    size_t unit = SIZE_MAX;
    size_t member = 0;
    uint32_t atom_or_quantity = 0;  // a relation's atom, a unit row's quantity
    uint32_t relation = 0;
    uint32_t begin = 0, end = 0;
  };

  // Unknown variables linked by equations form independent components: a
  // target is recoverable exactly when each of its pieces is in the span of
  // its own component's equations. Typically a component is one kommune
  // (its residual, its hidden afdelinger, their relations), as long as the
  // kommune's region publishes all its kommuner.
  struct Component {
    uint32_t root = 0;  // its union-find root variable
    // Its equations are equations_[begin, end): Discover writes one
    // component's equations one after another, so a range serves where a
    // vector per component cost allocations.
    uint32_t begin = 0, end = 0;
    auto equations() const { return std::views::iota(begin, end); }
    std::unique_ptr<SpanBasis> basis;
  };

  // The rows a derivation uses, as hiding choices: a multi-atom row of
  // the certificate, or the one-atom rows that reveal a known variable
  // the derivation needs (all of them, else it stays known). Hiding any
  // one breaks this derivation; the cheapest is taken: lowest level,
  // then the smallest number.
  struct Choice {
    std::pair<size_t, int64_t> cost{SIZE_MAX, 0};  // (atoms, size)
    uint32_t begin = 0, end = 0;  // its rows: choice_rows_[begin, end), one array for all, not a vector each
  };
  std::span<const std::pair<size_t, size_t>> RowsOf(const Choice& choice) const {
    return {choice_rows_.data() + choice.begin, choice_rows_.data() + choice.end};
  }

  // The rows' states, their kinds and sizes.
  const Cell& cell(size_t u, size_t m) const { return cells_[u * k_ + m]; }
  bool hidden(size_t u, size_t m) const { return cell(u, m).state == State::kSuppressed; }
  bool published(size_t u, size_t m) const {
    const State state = cell(u, m).state;
    return state == State::kOk || state == State::kNotAvailable;
  }
  bool hideable(size_t u, size_t m) const { return cell(u, m).state == State::kOk; }
  int64_t size_of(size_t u, size_t m) const { return cell(u, m).size; }

  // Numbering of quantities and variables.
  uint32_t quantity(size_t m, Part part) const { return system_.quantity_of[m * 2 + static_cast<size_t>(part)]; }
  uint32_t variable(uint32_t atom, uint32_t q) const { return static_cast<uint32_t>(atom * system_.quantities + q); }
  // Targets, all in one array: a vector per target cost ~250 000
  // allocations per call at 6 M x 2. A target is written by AppendTerms
  // calls and ended by EndTarget, which returns the number of targets.
  void AppendTerms(size_t u, size_t m, Part part, int64_t coefficient = 1);
  uint32_t EndTarget();
  uint32_t target_count() const { return static_cast<uint32_t>(target_begin_.size() - 1); }
  std::span<const Term> Target(uint32_t t) const {
    return {target_terms_.data() + target_begin_[t], target_terms_.data() + target_begin_[t + 1]};
  }

  // Setup, once per call.
  void CollectPending();
  void IndexRelations();
  void RefreshKnown(uint32_t atom, size_t m);

  // The algebra of one round.
  std::span<const Term> terms(const Equation& e) const {
    return std::span<const Term>(pool_.data() + e.begin, e.end - e.begin);
  }
  template <typename Fn>
  void ForKnownTerms(const Equation& e, const Fn& fn) const;
  bool RowIsEquation(size_t u, size_t m) const;
  uint32_t Discover(uint32_t start);
  void WriteRelation(uint32_t atom, uint32_t relation, Component& component);
  void WriteUnitRow(uint64_t key, Component& component);
  void AddEquation(Equation& e, Component& component);
  SpanBasis& BasisOf(uint32_t index);
  bool FindDerivation(std::span<const Term> target);
  void ChoicesOf(std::span<const Term> target);

  // The rounds.
  StatusOr<bool> PickFor(Pending& p);
  Status PickRowsToHide();
  void HidePicked();
  StatusOr<bool> RunRound();

  const SystemLayout& system_;
  const Computation& c_;
  std::vector<ResultRow>& rows_;
  const int year_;
  const size_t n_;  // units
  const size_t k_;  // members
  std::vector<Cell> cells_;  // unit * k_ + member
  std::vector<Pending> pending_;
  std::vector<Term> target_terms_;
  std::vector<uint32_t> target_begin_{0};  // target -> its first term; one more than targets
  int64_t added_ = 0;

  // The units' order and indexes (OrderUnits: once per computation, shared
  // by all systems) and the relations' index (once per call).
  const UnitOrder& units_;
  uint32_t relation_count_ = 0;
  std::vector<std::vector<uint32_t>> relations_of_;  // quantity -> relations that name it

  // A variable is known while a published one-atom row reveals it.
  std::vector<uint8_t> known_;

  // Per round: the equations and components found so far, and stamps (the
  // round number) marking what this round has visited.
  uint32_t round_ = 0;
  Vector pool_;
  std::vector<Equation> equations_;
  std::vector<Component> components_;
  std::vector<uint32_t> var_stamp_, var_component_, parent_;
  std::vector<uint32_t> local_;         // variable -> column in its component's basis
  std::vector<uint8_t> seen_;           // scratch of BasisOf, all zero between calls
  std::vector<uint32_t> columns_;       // scratch of BasisOf
  std::vector<uint32_t> row_stamp_;     // (unit, member, part)
  // Discover's stamps are its own call's number (discovery_): they tell
  // this component's relations from those of the round's other components.
  uint32_t discovery_ = 0;
  std::vector<uint32_t> relation_stamp_;  // (atom, relation)
  std::vector<uint32_t> atom_stamp_;      // atom: has a relation in this component

  // Scratch reused by every round and target.
  Vector reduced_;
  std::vector<uint32_t> queue_;
  std::vector<uint32_t> relation_atoms_;                     // atoms of a component's relations
  std::vector<uint64_t> found_rows_;                         // (rank, member, part) keys of its unit rows
  std::vector<std::pair<uint32_t, Term>> pieces_;            // (component root, term)
  std::vector<std::pair<uint32_t, uint64_t>> used_;           // (equation, coefficient)
  std::vector<std::pair<uint32_t, uint64_t>> contributions_;  // (known variable, coefficient)
  std::vector<Choice> choices_;                               // of the last ChoicesOf
  std::vector<std::pair<size_t, size_t>> choice_rows_;        // (unit, member) of choices_
  std::vector<uint8_t> picked_;                               // chosen to hide this round
  std::vector<std::pair<size_t, size_t>> to_hide_;
};

}  // namespace helhed::indicators::internal
