// SPDX-License-Identifier: Apache-2.0
// URL parsing and backend choice; the entry point to the store module.
#include "helhed/store/open_store.h"

#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>

#include "helhed/base/status_macros.h"
#include "helhed/store/internal/migrations.h"
#include "helhed/store/internal/sql_store.h"
#include "helhed/store/sqlite/sqlite_connection.h"
#ifdef HELHED_WITH_POSTGRES
#include "helhed/store/postgres/pg_connection.h"
#endif

namespace helhed::store {
namespace {

Status BadUrl(std::string_view url) {
  return InvalidArgumentError(fmt::format(
      "Database-URL'en \"{}\" kan ikke bruges. Skriv sqlite:STI (fx sqlite:helhed.db) eller "
      "postgresql://bruger@vært:port/database.",
      url));
}

bool StartsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

// A failed `db init` must not leave an empty or half-made file behind.
void RemoveSqliteFiles(const std::filesystem::path& path) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path.string() + suffix, ec);
}

Status PrepareSchema(internal::SqlConnection& conn, const StoreOptions& options, const Clock& clock) {
  if (options.schema == SchemaMode::kRequireCurrent) return internal::CheckSchemaCurrent(conn);
  return internal::Migrate(conn, clock);
}

}  // namespace

std::string ResolveStoreUrl(std::string_view flag) {
  if (!flag.empty()) return std::string(flag);
  const char* env = std::getenv("HELHED_DB");
  if (env != nullptr && *env != '\0') return env;
  return std::string(kDefaultStoreUrl);
}

int CurrentSchemaVersion() {
  const auto& list = internal::SqliteMigrations();
  return list.empty() ? 0 : list.back().version;
}

StatusOr<std::unique_ptr<Store>> OpenStore(std::string_view url) { return OpenStore(url, StoreOptions{}); }

StatusOr<std::unique_ptr<Store>> OpenStore(std::string_view url, const StoreOptions& options) {
  std::shared_ptr<Clock> clock = options.clock ? options.clock : SystemClock();
  std::unique_ptr<internal::SqlConnection> conn;
  if (StartsWith(url, "sqlite:")) {
    std::string_view path_text = url.substr(7);
    if (StartsWith(path_text, "//")) path_text.remove_prefix(2);
    if (path_text.empty()) return BadUrl(url);
    const std::filesystem::path path{std::string(path_text)};
    std::error_code ec;
    const bool existed = std::filesystem::exists(path, ec);
    HELHED_ASSIGN_OR_RETURN(conn, sqlite::OpenSqliteConnection(path, options.schema == SchemaMode::kCreate,
                                                               options.busy_timeout));
    if (Status status = PrepareSchema(*conn, options, *clock); !status.ok()) {
      conn.reset();
      if (!existed) RemoveSqliteFiles(path);
      return status;
    }
  } else if (StartsWith(url, "postgresql://") || StartsWith(url, "postgres://")) {
#ifdef HELHED_WITH_POSTGRES
    HELHED_ASSIGN_OR_RETURN(conn, postgres::OpenPgConnection(std::string(url)));
    HELHED_RETURN_IF_ERROR(PrepareSchema(*conn, options, *clock));
#else
    return FailedPreconditionError("Denne helhed er bygget uden PostgreSQL-understøttelse (HELHED_WITH_POSTGRES=OFF).");
#endif
  } else {
    return BadUrl(url);
  }
  return std::unique_ptr<Store>(std::make_unique<internal::SqlStore>(std::move(conn), std::move(clock)));
}

}  // namespace helhed::store
