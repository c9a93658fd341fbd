// SPDX-License-Identifier: Apache-2.0
// A format-neutral table (named columns, typed cells, and an explicit
// "suppressed" cell state distinct from empty and zero) that the writers in
// table_writers.h turn into CSV, Danish CSV, JSON or XLSX.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace helhed::render {

enum class CellType {
  kEmpty,       // no value (e.g. not available)
  kSuppressed,  // hidden by disclosure control: "diskr." in XLSX and Danish CSV, empty / null in CSV and JSON
  kText,
  kInteger,
  kNumber,      // written with `decimals` digits after the decimal separator
};

struct Cell {
  CellType type = CellType::kEmpty;
  std::string text;
  int64_t integer = 0;
  double number = 0;
  int decimals = 0;

  static Cell Empty() { return {}; }
  static Cell Suppressed() { return {CellType::kSuppressed, "", 0, 0, 0}; }
  static Cell Text(std::string value) { return {CellType::kText, std::move(value), 0, 0, 0}; }
  static Cell Integer(int64_t value) { return {CellType::kInteger, "", value, 0, 0}; }
  static Cell Number(double value, int decimals) { return {CellType::kNumber, "", 0, value, decimals}; }
};

class Table {
 public:
  explicit Table(std::vector<std::string> columns) : columns_(std::move(columns)) {}
  // A table whose rows are made one at a time while a writer writes them
  // (`row_at(i, row)` for i < row_count sets every cell of `row`, which
  // holds the previous row's cells, so their strings' storage is reused), so
  // a large result is never held as cells all at once. Such a table has no
  // rows().
  Table(std::vector<std::string> columns, size_t row_count,
        std::function<void(size_t, std::vector<Cell>&)> row_at)
      : columns_(std::move(columns)), generated_rows_(row_count), row_at_(std::move(row_at)) {}

  const std::vector<std::string>& columns() const { return columns_; }
  // REQUIRES: not a generated table.
  const std::vector<std::vector<Cell>>& rows() const;
  size_t row_count() const { return row_at_ ? generated_rows_ : rows_.size(); }
  // Calls `visit` with every row in order; what the writers use.
  void ForEachRow(const std::function<void(const std::vector<Cell>&)>& visit) const;
  // REQUIRES: row.size() == columns().size().
  void AddRow(std::vector<Cell> row);

 private:
  std::vector<std::string> columns_;
  std::vector<std::vector<Cell>> rows_;
  size_t generated_rows_ = 0;
  std::function<void(size_t, std::vector<Cell>&)> row_at_;
};

}  // namespace helhed::render
