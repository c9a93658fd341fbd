// SPDX-License-Identifier: Apache-2.0
// Applies and checks schema versions; the same code for both backends.
#include "helhed/store/internal/migrations.h"

#include <fmt/format.h>

#include "helhed/base/status_macros.h"

namespace helhed::store::internal {
namespace {

constexpr std::string_view kCreateSchemaVersion =
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " version INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " applied_at TEXT NOT NULL)";

int KnownVersion(Dialect dialect) {
  const auto& list = MigrationsFor(dialect);
  return list.empty() ? 0 : list.back().version;
}

StatusOr<int> ReadVersionInTransaction(SqlConnection& conn) {
  HELHED_ASSIGN_OR_RETURN(const bool exists, conn.TableExists("schema_version"));
  if (!exists) return 0;
  HELHED_ASSIGN_OR_RETURN(SqlResult result, conn.Query("SELECT MAX(version) FROM schema_version", {}));
  if (result.rows.empty() || !result.rows[0][0]) return 0;
  return std::stoi(*result.rows[0][0]);
}

}  // namespace

const std::vector<Migration>& MigrationsFor(Dialect dialect) {
  return dialect == Dialect::kSqlite ? SqliteMigrations() : PostgresMigrations();
}

Status NewerSchemaError(std::string_view what, int found, int known) {
  return FailedPreconditionError(fmt::format(
      "{} er fra en nyere version af helhed (skemaversion {}; denne helhed kender kun op til version {}). "
      "Intet er ændret. Opgrader helhed for at bruge den.",
      what, found, known));
}

StatusOr<int> ReadSchemaVersion(SqlConnection& conn) {
  HELHED_RETURN_IF_ERROR(conn.BeginRead());
  StatusOr<int> version = ReadVersionInTransaction(conn);
  conn.Rollback();
  return version;
}

Status Migrate(SqlConnection& conn, const Clock& clock) {
  HELHED_RETURN_IF_ERROR(conn.BeginWrite());
  auto run = [&]() -> Status {
    HELHED_RETURN_IF_ERROR(conn.ExecScript(kCreateSchemaVersion));
    // Two processes migrating at once: the second waits, then finds nothing to do.
    if (conn.dialect() == Dialect::kPostgres) {
      HELHED_RETURN_IF_ERROR(conn.Query("LOCK TABLE schema_version IN EXCLUSIVE MODE", {}).status());
    }
    HELHED_ASSIGN_OR_RETURN(const int current, ReadVersionInTransaction(conn));
    const int known = KnownVersion(conn.dialect());
    if (current > known) return NewerSchemaError("Databasen " + conn.display_url(), current, known);
    for (const Migration& migration : MigrationsFor(conn.dialect())) {
      if (migration.version <= current) continue;
      HELHED_RETURN_IF_ERROR(conn.ExecScript(migration.sql));
      HELHED_RETURN_IF_ERROR(conn.Query("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                                        {std::int64_t{migration.version}, std::string(migration.name),
                                         FormatTimestamp(clock.Now())})
                                 .status());
    }
    return OkStatus();
  };
  if (Status status = run(); !status.ok()) {
    conn.Rollback();
    return status;
  }
  return conn.Commit();
}

Status CheckSchemaCurrent(SqlConnection& conn) {
  HELHED_ASSIGN_OR_RETURN(const int version, ReadSchemaVersion(conn));
  const int known = KnownVersion(conn.dialect());
  if (version == known) return OkStatus();
  if (version == 0) {
    return FailedPreconditionError(fmt::format(
        "Databasen {} er ikke oprettet endnu. Opret den med 'helhed db init --db {}'.", conn.display_url(),
        conn.display_url()));
  }
  if (version < known) {
    return FailedPreconditionError(fmt::format(
        "Databasen {} har skemaversion {}, men denne helhed bruger version {}. "
        "Opdater den med 'helhed db migrate --db {}' (tag gerne en backup først).",
        conn.display_url(), version, known, conn.display_url()));
  }
  return NewerSchemaError("Databasen " + conn.display_url(), version, known);
}

}  // namespace helhed::store::internal
