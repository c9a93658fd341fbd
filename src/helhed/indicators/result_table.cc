// SPDX-License-Identifier: Apache-2.0
// Result rows and their table; see result_table.h.
#include "helhed/indicators/result_table.h"

#include <ostream>

namespace helhed::indicators {
namespace {

std::string IndexKey(std::string_view level, std::string_view id, int year, std::string_view indicator) {
  std::string key;
  key.reserve(level.size() + id.size() + indicator.size() + 12);
  key.append(level).push_back('\x1f');
  key.append(id).push_back('\x1f');
  key.append(std::to_string(year)).push_back('\x1f');
  key.append(indicator);
  return key;
}

}  // namespace

std::string_view CellStatusName(CellStatus status) {
  switch (status) {
    case CellStatus::kOk: return "ok";
    case CellStatus::kSuppressed: return "suppressed";
    case CellStatus::kNotAvailable: return "not_available";
  }
  return "ok";
}

const std::string& RowName::Empty() {
  static const std::string empty;
  return empty;
}

std::ostream& operator<<(std::ostream& out, const RowName& name) { return out << name.str(); }

double ResultRow::Value() const {
  switch (kind) {
    case IndicatorKind::kShare: return static_cast<double>(numerator) / static_cast<double>(denominator);
    case IndicatorKind::kMean: return sum / static_cast<double>(denominator);
    case IndicatorKind::kCount: return static_cast<double>(numerator);
  }
  return 0;
}

RowName ResultTable::Name(std::string_view text) {
  auto it = names_.find(text);
  if (it == names_.end()) it = names_.emplace(text).first;
  return RowName(&*it);
}

const ResultRow* ResultTable::Find(std::string_view unit_level, std::string_view unit_id, int year,
                                   std::string_view indicator_id) const {
  std::call_once(*indexed_, [&] {
    index_.reserve(rows_.size());
    for (size_t r = 0; r < rows_.size(); ++r) {
      const auto& row = rows_[r];
      index_.emplace(IndexKey(row.unit_level, row.unit_id, row.year, row.indicator_id), r);
    }
    index_built_ = true;
  });
  const auto it = index_.find(IndexKey(unit_level, unit_id, year, indicator_id));
  return it == index_.end() ? nullptr : &rows_[it->second];
}

std::vector<std::string> ResultTable::UnitIds(std::string_view unit_level) const {
  std::set<std::string> ids;
  for (const auto& row : rows_) {
    if (row.unit_level == unit_level) ids.insert(row.unit_id.str());
  }
  return {ids.begin(), ids.end()};
}

void ResultTable::Add(ResultRow row) {
  rows_.push_back(row);
  if (index_built_) {  // Find() has built it: build again on the next call
    index_built_ = false;
    index_.clear();
    indexed_ = std::make_unique<std::once_flag>();
  }
}

}  // namespace helhed::indicators
