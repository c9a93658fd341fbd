// SPDX-License-Identifier: Apache-2.0
// Table rows; see table.h.
#include "helhed/render/table.h"

#include "helhed/base/check.h"

namespace helhed::render {

void Table::AddRow(std::vector<Cell> row) {
  HELHED_DCHECK(row.size() == columns_.size());
  rows_.push_back(std::move(row));
}

bool Table::HasSuppressed() const {
  for (const std::vector<Cell>& row : rows_) {
    for (const Cell& cell : row) {
      if (cell.type == CellType::kSuppressed) return true;
    }
  }
  return false;
}

}  // namespace helhed::render
