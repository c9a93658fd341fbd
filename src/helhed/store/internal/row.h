// SPDX-License-Identifier: Apache-2.0
// Reading typed values out of SqlRow text. The store only reads what it
// wrote, so malformed text means damage: kDataLoss, never a crash.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "helhed/base/statusor.h"
#include "helhed/store/internal/sql_connection.h"

namespace helhed::store::internal {

StatusOr<std::int64_t> ColInt(const SqlRow& row, std::size_t col);
std::string ColText(const SqlRow& row, std::size_t col);
StatusOr<std::optional<double>> ColDouble(const SqlRow& row, std::size_t col);
SqlValue OptDouble(const std::optional<double>& v);

}  // namespace helhed::store::internal
