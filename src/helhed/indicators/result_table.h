// SPDX-License-Identifier: Apache-2.0
// The engine's result: one ResultRow per unit, year and indicator, in a
// ResultTable that keeps the few distinct names (unit ids, levels, indicator
// ids) once and lets every row refer to them. A table of 1 M persons x 10
// years has over 500 000 rows but only a few thousand names, so a row is 64
// bytes instead of 184 plus a heap string for most indicator ids.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "helhed/indicators/definition.h"

namespace helhed::indicators {

// What may be published about one row; set by ApplyDisclosureControl().
enum class CellStatus : uint8_t {
  kOk,            // numbers may be published
  kSuppressed,    // hidden by primary or secondary suppression
  kNotAvailable,  // empty population (denominator or count 0)
};
std::string_view CellStatusName(CellStatus status);  // "ok", "suppressed", "not_available"

// A name of a result row: a reference to the one copy its ResultTable keeps
// (ResultTable::Name). It reads as a const std::string, so code written for
// rows of strings reads it unchanged. Default: the empty string. Valid while
// the table it came from lives (moving the table keeps it valid).
class RowName {
 public:
  RowName() : text_(&Empty()) {}

  operator const std::string&() const { return *text_; }  // NOLINT: reads as the string, by design
  operator std::string_view() const { return *text_; }    // NOLINT
  const std::string& str() const { return *text_; }
  bool empty() const { return text_->empty(); }

  friend bool operator==(const RowName& a, const RowName& b) { return a.text_ == b.text_ || *a.text_ == *b.text_; }
  friend bool operator==(const RowName& a, std::string_view b) { return *a.text_ == b; }
  friend std::ostream& operator<<(std::ostream& out, const RowName& name);

 private:
  friend class ResultTable;
  explicit RowName(const std::string* text) : text_(text) {}
  static const std::string& Empty();

  const std::string* text_;
};

// One unit, year and indicator.
//   share: numerator = persons meeting the condition, denominator = population.
//   count: numerator = persons, denominator = 0 (unused).
//   mean:  denominator = number of persons with a value; sum and sum_squares
//          of their values (DKK for income, grade points for grade_9);
//          numerator = 0 (unused).
// The unit's Danish name is in Computation::units (UnitAtoms::unit_name).
struct ResultRow {
  RowName unit_id;     // afdeling id, areas-file unit id, kommune code, region code, "DK"
  RowName unit_level;  // "afdeling", an areas-file level, "kommune", "region", "land"
  RowName indicator_id;
  int year = 0;
  IndicatorKind kind = IndicatorKind::kShare;
  CellStatus status = CellStatus::kOk;  // Compute() sets kOk or kNotAvailable only
  int64_t numerator = 0;
  int64_t denominator = 0;
  double sum = 0;
  double sum_squares = 0;

  // share: numerator/denominator (0..1); mean: sum/denominator; count: numerator.
  // REQUIRES: status != kNotAvailable.
  double Value() const;
};

// All rows of one computation, in a stable order: by indicator (definition
// order), year, then unit (land, regions, kommuner, areas-file units,
// afdelinger; ids ascending within a level). Move-only: its rows refer to
// the names it keeps.
class ResultTable {
 public:
  ResultTable() = default;
  ResultTable(ResultTable&&) = default;
  ResultTable& operator=(ResultTable&&) = default;
  ResultTable(const ResultTable&) = delete;
  ResultTable& operator=(const ResultTable&) = delete;

  const std::vector<ResultRow>& rows() const { return rows_; }
  std::vector<ResultRow>& mutable_rows() { return rows_; }

  // The table's copy of `text`, made on first use, for a row of this table.
  // Not thread-safe.
  RowName Name(std::string_view text);

  // The row for a unit, year and indicator, or nullptr when there is none
  // (unknown unit, year outside the range, unknown indicator). The index
  // behind it is built on the first call (the compute command never asks),
  // so a table must not be changed by Add() while another thread calls Find().
  const ResultRow* Find(std::string_view unit_level, std::string_view unit_id, int year,
                        std::string_view indicator_id) const;

  // Every unit id of a level, ascending (e.g. all "boligområde" units).
  std::vector<std::string> UnitIds(std::string_view unit_level) const;

  // REQUIRES: the row's names come from Name() of this table.
  void Add(ResultRow row);
  void Reserve(size_t rows) { rows_.reserve(rows); }

 private:
  // Nodes of a std::set never move, not even when the table is moved, so a
  // RowName stays valid as long as the table.
  std::set<std::string, std::less<>> names_;
  std::vector<ResultRow> rows_;
  // key: level \x1f id \x1f year \x1f indicator; built by Find() under the once flag.
  mutable std::unique_ptr<std::once_flag> indexed_ = std::make_unique<std::once_flag>();
  mutable std::unordered_map<std::string, size_t> index_;
  mutable bool index_built_ = false;
};

}  // namespace helhed::indicators

// Formats as the name itself.
template <>
struct fmt::formatter<helhed::indicators::RowName> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const helhed::indicators::RowName& name, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(std::string_view(name), ctx);
  }
};
