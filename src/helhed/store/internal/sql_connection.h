// SPDX-License-Identifier: Apache-2.0
// SqlConnection: the narrow seam between the store's SQL (sql_store.cc, the
// same for both backends) and a database library. sqlite/ and postgres/ each
// implement it; they are the only files that include sqlite3.h / libpq-fe.h.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "helhed/base/status.h"
#include "helhed/base/statusor.h"

namespace helhed::store::internal {

// A bound parameter. Always bound, never spliced into SQL text.
using SqlValue = std::variant<std::monostate, std::int64_t, double, std::string>;
// One result row; NULL is nullopt. Numbers come back as text (doubles in the
// shortest form that reads back exactly).
using SqlRow = std::vector<std::optional<std::string>>;

struct SqlResult {
  std::vector<SqlRow> rows;
  std::int64_t affected = 0;  // rows changed by INSERT/UPDATE/DELETE
};

enum class Dialect { kSqlite, kPostgres };

// Error mapping shared by both adapters: kUnavailable (cannot reach, locked),
// kPermissionDenied (read-only), kResourceExhausted (disk full), kDataLoss
// (damaged), kAlreadyExists (unique key), kFailedPrecondition (foreign key),
// with Danish messages naming the database. Not thread-safe.
class SqlConnection {
 public:
  virtual ~SqlConnection() = default;

  virtual Dialect dialect() const = 0;
  // The URL with any password masked, for messages.
  virtual std::string display_url() const = 0;
  // False once the connection is broken for good (see Store::connected).
  virtual bool connected() const = 0;

  // Runs one statement. `?` marks parameters, bound in order.
  virtual StatusOr<SqlResult> Query(std::string_view sql, const std::vector<SqlValue>& params) = 0;
  // Runs a script of several statements without parameters (migrations).
  virtual Status ExecScript(std::string_view sql) = 0;
  virtual StatusOr<bool> TableExists(std::string_view table) = 0;

  // A write transaction takes the write lock up front (SQLite BEGIN
  // IMMEDIATE), so two writers queue instead of failing at commit.
  virtual Status BeginWrite() = 0;
  virtual Status BeginRead() = 0;
  virtual Status Commit() = 0;
  // Never fails visibly: a failed rollback leaves the connection to be closed.
  virtual void Rollback() = 0;

  // See Store::Backup / Store::Restore. `max_schema_version` is the newest
  // schema this build reads; a newer backup is refused before anything changes.
  virtual Status Backup(const std::filesystem::path& path) = 0;
  virtual Status Restore(const std::filesystem::path& path, int max_schema_version) = 0;
};

}  // namespace helhed::store::internal
