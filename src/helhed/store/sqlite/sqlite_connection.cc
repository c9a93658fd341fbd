// SPDX-License-Identifier: Apache-2.0
// SqlConnection over the SQLite C API, with SQLite's result codes turned into
// Status codes and Danish messages that name the file.
#include "helhed/store/sqlite/sqlite_connection.h"

#include <sqlite3.h>

#include <cmath>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <unordered_map>

#include <fmt/format.h>

#include "helhed/base/status_macros.h"
#include "helhed/store/internal/migrations.h"

namespace helhed::store::sqlite {
namespace {

using internal::Dialect;
using internal::SqlResult;
using internal::SqlRow;
using internal::SqlValue;

// Closes a handle whatever happens; sqlite3_close_v2 defers until statements
// are finalized.
struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DbPtr = std::unique_ptr<sqlite3, DbCloser>;

struct StmtFinalizer {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using StmtPtr = std::unique_ptr<sqlite3_stmt, StmtFinalizer>;

Status MapError(int rc, sqlite3* db, const std::string& name, std::chrono::milliseconds busy_timeout) {
  const std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return UnavailableError(fmt::format(
          "Databasen {} er låst af en anden proces (ventede {} ms). Intet er gemt; prøv igen om lidt.", name,
          busy_timeout.count()));
    case SQLITE_READONLY:
      return PermissionDeniedError(fmt::format(
          "Databasefilen {} er skrivebeskyttet; helhed kan ikke gemme i den. Intet er gemt. "
          "Tjek filens og mappens rettigheder.",
          name));
    case SQLITE_PERM:
    case SQLITE_AUTH:
      return PermissionDeniedError(fmt::format("Adgang til databasen {} blev nægtet ({}).", name, detail));
    case SQLITE_FULL:
      return ResourceExhaustedError(
          fmt::format("Disken med databasen {} er fuld. Intet er gemt; frigør plads og prøv igen.", name));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return DataLossError(fmt::format(
          "Filen {} er ikke en helhed-database, eller den er beskadiget ({}). Gendan fra en backup med "
          "'helhed db restore'.",
          name, detail));
    case SQLITE_CANTOPEN:
      return UnavailableError(fmt::format("Databasefilen {} kan ikke åbnes ({}). Tjek stien og rettighederne.",
                                          name, detail));
    case SQLITE_IOERR:
      return UnavailableError(
          fmt::format("Læse- eller skrivefejl på databasen {} ({}). Intet er gemt.", name, detail));
    case SQLITE_CONSTRAINT:
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY) {
        return FailedPreconditionError(fmt::format("En henvisning i databasen {} peger på noget, der ikke findes ({}).",
                                                   name, detail));
      }
      if (rc == SQLITE_CONSTRAINT_PRIMARYKEY || rc == SQLITE_CONSTRAINT_UNIQUE) {
        return AlreadyExistsError(fmt::format("Rækken findes allerede i databasen {} ({}).", name, detail));
      }
      return InvalidArgumentError(fmt::format("Data overholder ikke databasens regler ({}).", detail));
    default:
      return InternalError(fmt::format("SQLite-fejl i databasen {}: {}", name, detail));
  }
}

std::string FormatDouble(double value) { return fmt::format("{}", value); }

class SqliteConnection : public internal::SqlConnection {
 public:
  SqliteConnection(DbPtr db, std::filesystem::path path, std::chrono::milliseconds busy_timeout)
      : db_(std::move(db)), path_(std::move(path)), busy_timeout_(busy_timeout) {}

  Dialect dialect() const override { return Dialect::kSqlite; }
  std::string display_url() const override { return "sqlite:" + path_.string(); }
  // A file handle does not drop like a network connection does.
  bool connected() const override { return true; }

  StatusOr<SqlResult> Query(std::string_view sql, const std::vector<SqlValue>& params) override {
    HELHED_ASSIGN_OR_RETURN(sqlite3_stmt* const raw, Prepared(sql));
    // Leaves the statement ready for its next use whatever happens below.
    struct Resetter {
      sqlite3_stmt* stmt;
      ~Resetter() {
        sqlite3_reset(stmt);
        sqlite3_clear_bindings(stmt);
      }
    } resetter{raw};
    int rc = SQLITE_OK;
    for (std::size_t idx = 0; idx < params.size(); ++idx) {
      const int pos = static_cast<int>(idx) + 1;
      const SqlValue& param = params[idx];
      if (std::holds_alternative<std::monostate>(param)) {
        rc = sqlite3_bind_null(raw, pos);
      } else if (const auto* i = std::get_if<std::int64_t>(&param)) {
        rc = sqlite3_bind_int64(raw, pos, *i);
      } else if (const auto* d = std::get_if<double>(&param)) {
        rc = sqlite3_bind_double(raw, pos, *d);
      } else {
        const auto& s = std::get<std::string>(param);
        rc = sqlite3_bind_text(raw, pos, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
      }
      if (rc != SQLITE_OK) return Error(rc);
    }
    SqlResult result;
    const int columns = sqlite3_column_count(raw);
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
      SqlRow row(columns);
      for (int col = 0; col < columns; ++col) {
        switch (sqlite3_column_type(raw, col)) {
          case SQLITE_NULL:
            break;
          case SQLITE_FLOAT:
            row[col] = FormatDouble(sqlite3_column_double(raw, col));
            break;
          default: {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(raw, col));
            row[col] = std::string(text, sqlite3_column_bytes(raw, col));
          }
        }
      }
      result.rows.push_back(std::move(row));
    }
    if (rc != SQLITE_DONE) return Error(rc);
    result.affected = sqlite3_changes(db_.get());
    return result;
  }

  Status ExecScript(std::string_view sql) override {
    const std::string text(sql);
    const int rc = sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, nullptr);
    return rc == SQLITE_OK ? OkStatus() : Error(rc);
  }

  StatusOr<bool> TableExists(std::string_view table) override {
    HELHED_ASSIGN_OR_RETURN(SqlResult result,
                            Query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", {std::string(table)}));
    return !result.rows.empty();
  }

  Status BeginWrite() override { return Query("BEGIN IMMEDIATE", {}).status(); }
  Status BeginRead() override { return Query("BEGIN DEFERRED", {}).status(); }
  Status Commit() override {
    Status status = Query("COMMIT", {}).status();
    if (!status.ok()) Rollback();
    return status;
  }
  void Rollback() override {
    if (sqlite3_get_autocommit(db_.get()) == 0) sqlite3_exec(db_.get(), "ROLLBACK", nullptr, nullptr, nullptr);
  }

  Status Backup(const std::filesystem::path& path) override {
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
      return AlreadyExistsError(
          fmt::format("Backupfilen {} findes allerede; vælg et nyt navn (helhed overskriver ikke).", path.string()));
    }
    // Write beside the target and rename, so a crash never leaves a partial copy under the real name.
    const std::filesystem::path tmp = path.string() + ".tmp";
    std::filesystem::remove(tmp, ec);
    HELHED_RETURN_IF_ERROR(CopyDatabase(db_.get(), tmp, /*into_file=*/true));
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
      std::filesystem::remove(tmp, ec);
      return UnavailableError(fmt::format("Backupfilen {} kunne ikke skrives ({}).", path.string(), ec.message()));
    }
    return OkStatus();
  }

  Status Restore(const std::filesystem::path& path, int max_schema_version) override {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      return NotFoundError(fmt::format("Backupfilen {} findes ikke.", path.string()));
    }
    HELHED_RETURN_IF_ERROR(CheckBackupFile(path, max_schema_version));
    return CopyDatabase(db_.get(), path, /*into_file=*/false);
  }

 private:
  Status Error(int rc) const { return MapError(rc, db_.get(), display_url(), busy_timeout_); }

  // The store runs the same few dozen statements over and over; compiling
  // them once per connection instead of on every call is most of the cost
  // of a small read. SQLite re-prepares a kept statement by itself when the
  // schema changes (a migration, a restore).
  StatusOr<sqlite3_stmt*> Prepared(std::string_view sql) {
    if (auto it = statements_.find(sql); it != statements_.end()) return it->second.get();
    sqlite3_stmt* raw = nullptr;
    const int rc = sqlite3_prepare_v3(db_.get(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &raw, nullptr);
    StmtPtr stmt(raw);
    if (rc != SQLITE_OK) return Error(rc);
    // The statements are the store's own constants, but a bound keeps an
    // unexpected caller from growing the cache without limit.
    if (statements_.size() >= kMaxStatements) statements_.clear();
    auto [it, inserted] = statements_.emplace(std::string(sql), std::move(stmt));
    return it->second.get();
  }

  static constexpr std::size_t kMaxStatements = 256;
  // Transparent lookup, so a cache hit allocates nothing.
  struct SqlHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
  };

  // A backup is restorable if SQLite can read it, it passes a quick check and
  // it holds a helhed schema this build knows.
  Status CheckBackupFile(const std::filesystem::path& path, int max_schema_version) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    DbPtr src(raw);
    const auto not_backup = [&] {
      return InvalidArgumentError(fmt::format(
          "Filen {} er ikke en helhed-backup (ingen læsbar skemaversion). Databasen er ikke ændret.", path.string()));
    };
    if (rc != SQLITE_OK) return not_backup();
    sqlite3_stmt* stmt_raw = nullptr;
    if (sqlite3_prepare_v2(raw, "SELECT MAX(version) FROM schema_version", -1, &stmt_raw, nullptr) != SQLITE_OK) {
      return not_backup();
    }
    StmtPtr stmt(stmt_raw);
    if (sqlite3_step(stmt_raw) != SQLITE_ROW || sqlite3_column_type(stmt_raw, 0) == SQLITE_NULL) return not_backup();
    const int version = sqlite3_column_int(stmt_raw, 0);
    if (version > max_schema_version) {
      return internal::NewerSchemaError("Backupfilen " + path.string(), version, max_schema_version);
    }
    stmt.reset();
    if (sqlite3_prepare_v2(raw, "PRAGMA quick_check", -1, &stmt_raw, nullptr) != SQLITE_OK) return not_backup();
    stmt.reset(stmt_raw);
    if (sqlite3_step(stmt_raw) != SQLITE_ROW ||
        std::string_view(reinterpret_cast<const char*>(sqlite3_column_text(stmt_raw, 0))) != "ok") {
      return DataLossError(fmt::format("Backupfilen {} er beskadiget. Databasen er ikke ændret.", path.string()));
    }
    return OkStatus();
  }

  // SQLite's online backup: copies page by page while other connections keep
  // writing; a step that meets a lock waits and retries.
  Status CopyDatabase(sqlite3* ours, const std::filesystem::path& file, bool into_file) {
    sqlite3* raw = nullptr;
    const int flags = into_file ? (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) : SQLITE_OPEN_READONLY;
    int rc = sqlite3_open_v2(file.c_str(), &raw, flags, nullptr);
    DbPtr other(raw);
    if (rc != SQLITE_OK) {
      return UnavailableError(fmt::format("Filen {} kan ikke åbnes ({}).", file.string(), sqlite3_errstr(rc)));
    }
    sqlite3* dest = into_file ? raw : ours;
    sqlite3* src = into_file ? ours : raw;
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", src, "main");
    if (backup == nullptr) return MapError(sqlite3_errcode(dest), dest, file.string(), busy_timeout_);
    const auto deadline = std::chrono::steady_clock::now() + busy_timeout_ * 4;
    while (true) {
      rc = sqlite3_backup_step(backup, -1);
      if (rc == SQLITE_DONE) break;
      if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && std::chrono::steady_clock::now() < deadline) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        continue;
      }
      break;
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) return MapError(rc, dest, into_file ? file.string() : display_url(), busy_timeout_);
    if (finish != SQLITE_OK) return MapError(finish, dest, into_file ? file.string() : display_url(), busy_timeout_);
    return OkStatus();
  }

  // Declared after db_, so the statements are finalized before the handle closes.
  DbPtr db_;
  std::unordered_map<std::string, StmtPtr, SqlHash, std::equal_to<>> statements_;
  std::filesystem::path path_;
  std::chrono::milliseconds busy_timeout_;
};

}  // namespace

StatusOr<std::unique_ptr<internal::SqlConnection>> OpenSqliteConnection(const std::filesystem::path& path,
                                                                        bool create,
                                                                        std::chrono::milliseconds busy_timeout) {
  const std::string name = "sqlite:" + path.string();
  std::error_code ec;
  if (!create && !std::filesystem::exists(path, ec)) {
    return NotFoundError(fmt::format(
        "Databasen {} findes ikke. Tjek stien, eller opret en ny med 'helhed db init --db {}'.", name, name));
  }
  if (create && !path.parent_path().empty() && !std::filesystem::is_directory(path.parent_path(), ec)) {
    return NotFoundError(fmt::format("Mappen {} findes ikke, så databasen {} kan ikke oprettes.",
                                     path.parent_path().string(), name));
  }
  // SQLite's memory statistics take one process-wide mutex on every
  // allocation, which threads with their own connections then queue on;
  // helhed never reads the statistics. Only possible before SQLite starts.
  static std::once_flag configured;
  std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  sqlite3* raw = nullptr;
  // NOMUTEX: a connection is used by one thread at a time (a Store is not
  // thread-safe; StorePool hands each to one thread), so its own mutex is
  // pure overhead.
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  DbPtr db(raw);
  if (rc != SQLITE_OK) return MapError(rc, raw, name, busy_timeout);
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, static_cast<int>(busy_timeout.count()));
  auto conn = std::make_unique<SqliteConnection>(std::move(db), path, busy_timeout);
  // Reading the schema first tells "not a database" apart from pragma trouble.
  HELHED_RETURN_IF_ERROR(conn->Query("SELECT count(*) FROM sqlite_master", {}).status());
  HELHED_RETURN_IF_ERROR(conn->ExecScript("PRAGMA foreign_keys = ON"));
  // WAL lets readers (and backups) run while one process writes; FULL sync
  // makes a reported commit survive a crash of the process or the machine.
  if (sqlite3_db_readonly(raw, "main") == 0) {
    HELHED_RETURN_IF_ERROR(conn->Query("PRAGMA journal_mode = WAL", {}).status());
  }
  HELHED_RETURN_IF_ERROR(conn->ExecScript("PRAGMA synchronous = FULL"));
  return std::unique_ptr<internal::SqlConnection>(std::move(conn));
}

}  // namespace helhed::store::sqlite
