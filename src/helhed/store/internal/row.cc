// SPDX-License-Identifier: Apache-2.0
// Column conversions with damage reported as kDataLoss.
#include "helhed/store/internal/row.h"

#include <cerrno>
#include <cstdlib>

namespace helhed::store::internal {

StatusOr<std::int64_t> ColInt(const SqlRow& row, std::size_t col) {
  if (col >= row.size() || !row[col]) return DataLossError("et heltal mangler i databasen");
  const std::string& text = *row[col];
  char* end = nullptr;
  errno = 0;
  const long long v = std::strtoll(text.c_str(), &end, 10);
  if (errno != 0 || end == text.c_str() || *end != '\0') {
    return DataLossError("ugyldigt heltal i databasen: \"" + text + "\"");
  }
  return static_cast<std::int64_t>(v);
}

std::string ColText(const SqlRow& row, std::size_t col) {
  return col < row.size() && row[col] ? *row[col] : std::string();
}

StatusOr<std::optional<double>> ColDouble(const SqlRow& row, std::size_t col) {
  if (col >= row.size() || !row[col]) return std::optional<double>();
  const std::string& text = *row[col];
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || *end != '\0') return DataLossError("ugyldigt tal i databasen: \"" + text + "\"");
  return std::optional<double>(v);
}

SqlValue OptDouble(const std::optional<double>& v) {
  if (!v) return std::monostate{};
  return *v;
}

}  // namespace helhed::store::internal
