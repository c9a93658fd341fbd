// SPDX-License-Identifier: Apache-2.0
// Table rows; see table.h.
#include "helhed/render/table.h"

#include "helhed/base/check.h"

namespace helhed::render {

const std::vector<std::vector<Cell>>& Table::rows() const {
  HELHED_DCHECK(!row_at_);
  return rows_;
}

void Table::ForEachRow(const std::function<void(const std::vector<Cell>&)>& visit) const {
  if (!row_at_) {
    for (const auto& row : rows_) visit(row);
    return;
  }
  std::vector<Cell> row;  // one row, overwritten by each call (see the constructor)
  for (size_t i = 0; i < generated_rows_; ++i) {
    row_at_(i, row);
    HELHED_DCHECK(row.size() == columns_.size());
    visit(row);
  }
}

void Table::AddRow(std::vector<Cell> row) {
  HELHED_DCHECK(row.size() == columns_.size() && !row_at_);
  rows_.push_back(std::move(row));
}

}  // namespace helhed::render
