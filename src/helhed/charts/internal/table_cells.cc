// SPDX-License-Identifier: Apache-2.0
#include "helhed/charts/internal/table_cells.h"

#include "helhed/base/danish_number.h"

namespace helhed::charts::internal {
namespace {

// A cell for a point without a number: says why.
std::optional<TableCell> GapCell(const Point& point) {
  switch (point.status()) {
    case PointStatus::kSuppressed: return TableCell{kSuppressedText, false, true};
    case PointStatus::kMissing: return TableCell{kMissingText, false, false};
    case PointStatus::kValue: break;
  }
  return std::nullopt;
}

TableCell CountCell(const Point& point, const std::optional<int64_t>& count) {
  if (auto gap = GapCell(point)) return *gap;
  if (!count) return TableCell{"", true, false};
  return TableCell{FormatDanish(static_cast<double>(*count), 0), true, false};
}

}  // namespace

std::string IntervalText(const Band& band, const ValueFormat& format) {
  return FormatDanish(band.low, format.decimals) + "\u2013" + format.Format(band.high);
}

TableCell ValueCell(const Point& point, const ValueFormat& format) {
  if (auto gap = GapCell(point)) return *gap;
  return TableCell{format.Format(point.value()), true, false};
}

TableCell IntervalCell(const Point& point, const ValueFormat& format) {
  if (auto gap = GapCell(point)) return *gap;
  if (!point.interval()) return TableCell{"", true, false};
  return TableCell{IntervalText(*point.interval(), format), true, false};
}

TableCell NumeratorCell(const Point& point) { return CountCell(point, point.numerator()); }
TableCell DenominatorCell(const Point& point) { return CountCell(point, point.denominator()); }

std::string PointTooltip(const std::string& name, const Point& point, const ValueFormat& format) {
  std::string text = name + " " + std::to_string(point.year()) + ": ";
  if (!point.has_value()) return text + (point.status() == PointStatus::kSuppressed ? "diskretioneret" : "ingen data");
  text += format.Format(point.value());
  if (point.interval()) text += " (95 %-interval " + IntervalText(*point.interval(), format) + ")";
  return text;
}

void ColumnNeeds::Add(const Point& point) {
  if (!point.has_value()) return;
  interval = interval || point.interval().has_value();
  numerator = numerator || point.numerator().has_value();
  denominator = denominator || point.denominator().has_value();
}

}  // namespace helhed::charts::internal
