// SPDX-License-Identifier: Apache-2.0
// The SQLite adapter: opens a database file (WAL journal, foreign keys on,
// a busy timeout) and implements SqlConnection. The only place that
// includes sqlite3.h.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>

#include "helhed/base/statusor.h"
#include "helhed/store/internal/sql_connection.h"

namespace helhed::store::sqlite {

// Opens `path`. With `create`, a missing file is created; without, a missing
// file is kNotFound (a mistyped path must not leave an empty database
// behind). kUnavailable when the file cannot be opened, kDataLoss when it is
// not an SQLite database.
StatusOr<std::unique_ptr<internal::SqlConnection>> OpenSqliteConnection(const std::filesystem::path& path,
                                                                        bool create,
                                                                        std::chrono::milliseconds busy_timeout);

}  // namespace helhed::store::sqlite
