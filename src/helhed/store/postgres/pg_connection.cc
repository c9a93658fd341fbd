// SPDX-License-Identifier: Apache-2.0
// SqlConnection over libpq: `?` placeholders become $1..$n, every value is
// sent as a parameter, and SQLSTATEs become Status codes with Danish text.
// Backup and restore call pg_dump / pg_restore (Debian postgresql-client).
#include "helhed/store/postgres/pg_connection.h"

#include <libpq-fe.h>

#include <filesystem>
#include <sstream>

#include <fmt/format.h>

#include "helhed/base/status_macros.h"
#include "helhed/store/internal/migrations.h"
#include "helhed/store/postgres/run_tool.h"

namespace helhed::store::postgres {
namespace {

using internal::Dialect;
using internal::SqlResult;
using internal::SqlRow;
using internal::SqlValue;

struct ConnCloser {
  void operator()(PGconn* conn) const { PQfinish(conn); }
};
struct ResultClearer {
  void operator()(PGresult* res) const { PQclear(res); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultClearer>;

// libpq's messages end in a newline and are in the server's language; they
// are kept as the detail after our Danish sentence.
std::string Trim(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  // One line per message: libpq continues its lines with "\n\t".
  std::string out;
  for (char c : text) {
    if (c == '\n' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

// "SELECT ... WHERE a = ? AND b = ?" -> "... a = $1 AND b = $2". Our SQL never
// holds a literal '?', so no quoting rules are needed.
std::string NumberPlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 8);
  int n = 0;
  for (char c : sql) {
    if (c == '?') {
      out += '$';
      out += std::to_string(++n);
    } else {
      out += c;
    }
  }
  return out;
}

void IgnoreNotice(void*, const char*) {}

class PgConnection : public internal::SqlConnection {
 public:
  PgConnection(PGconn* conn, std::string url) : conn_(conn), url_(std::move(url)) {
    PQsetNoticeProcessor(conn, &IgnoreNotice, nullptr);
  }

  Dialect dialect() const override { return Dialect::kPostgres; }
  std::string display_url() const override { return MaskPassword(url_); }
  bool connected() const override { return PQstatus(conn_.get()) == CONNECTION_OK; }

  StatusOr<SqlResult> Query(std::string_view sql, const std::vector<SqlValue>& params) override {
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t idx = 0; idx < params.size(); ++idx) {
      const SqlValue& param = params[idx];
      if (std::holds_alternative<std::monostate>(param)) continue;
      if (const auto* i = std::get_if<std::int64_t>(&param)) {
        texts[idx] = std::to_string(*i);
      } else if (const auto* d = std::get_if<double>(&param)) {
        texts[idx] = fmt::format("{}", *d);
      } else {
        texts[idx] = std::get<std::string>(param);
      }
      values[idx] = texts[idx].c_str();
    }
    const std::string text = NumberPlaceholders(sql);
    ResultPtr res(PQexecParams(conn_.get(), text.c_str(), static_cast<int>(values.size()), nullptr,
                               values.data(), nullptr, nullptr, 0));
    HELHED_RETURN_IF_ERROR(Check(res.get()));
    SqlResult result;
    const int rows = PQntuples(res.get());
    const int columns = PQnfields(res.get());
    for (int r = 0; r < rows; ++r) {
      SqlRow row(columns);
      for (int col = 0; col < columns; ++col) {
        if (!PQgetisnull(res.get(), r, col)) row[col] = std::string(PQgetvalue(res.get(), r, col));
      }
      result.rows.push_back(std::move(row));
    }
    const char* affected = PQcmdTuples(res.get());
    if (affected != nullptr && *affected != '\0') result.affected = std::stoll(affected);
    return result;
  }

  Status ExecScript(std::string_view sql) override {
    const std::string text(sql);
    ResultPtr res(PQexec(conn_.get(), text.c_str()));
    return Check(res.get());
  }

  StatusOr<bool> TableExists(std::string_view table) override {
    HELHED_ASSIGN_OR_RETURN(SqlResult result,
                            Query("SELECT 1 FROM information_schema.tables "
                                  "WHERE table_schema = current_schema() AND table_name = ?",
                                  {std::string(table)}));
    return !result.rows.empty();
  }

  Status BeginWrite() override { return ExecScript("BEGIN ISOLATION LEVEL READ COMMITTED"); }
  Status BeginRead() override { return ExecScript("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); }
  Status Commit() override {
    Status status = ExecScript("COMMIT");
    if (!status.ok()) Rollback();
    return status;
  }
  void Rollback() override {
    if (PQtransactionStatus(conn_.get()) != PQTRANS_IDLE) {
      ResultPtr res(PQexec(conn_.get(), "ROLLBACK"));
    }
  }

  Status Backup(const std::filesystem::path& path) override {
    std::error_code ec;
    if (std::filesystem::exists(path, ec)) {
      return AlreadyExistsError(
          fmt::format("Backupfilen {} findes allerede; vælg et nyt navn (helhed overskriver ikke).", path.string()));
    }
    const std::filesystem::path tmp = path.string() + ".tmp";
    std::filesystem::remove(tmp, ec);
    // pg_dump reads one snapshot, so the copy is consistent while others write.
    HELHED_ASSIGN_OR_RETURN(ToolResult dump, RunTool({"pg_dump", "--format=custom", "--no-owner",
                                                      "--file=" + tmp.string(), "--dbname=" + url_}));
    if (dump.exit_code != 0) {
      std::filesystem::remove(tmp, ec);
      return UnavailableError(fmt::format("pg_dump kunne ikke tage en backup af {}: {}", display_url(),
                                          Trim(dump.err)));
    }
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
    HELHED_ASSIGN_OR_RETURN(const int version, BackupSchemaVersion(path));
    if (version > max_schema_version) {
      return internal::NewerSchemaError("Backupfilen " + path.string(), version, max_schema_version);
    }
    // One transaction: a failing restore leaves the database as it was.
    HELHED_ASSIGN_OR_RETURN(ToolResult restore,
                            RunTool({"pg_restore", "--clean", "--if-exists", "--single-transaction",
                                     "--exit-on-error", "--no-owner", "--no-privileges", "--dbname=" + url_,
                                     path.string()}));
    if (restore.exit_code != 0) {
      return UnavailableError(fmt::format("pg_restore kunne ikke gendanne {} i {}; databasen er ikke ændret: {}",
                                          path.string(), display_url(), Trim(restore.err)));
    }
    return OkStatus();
  }

 private:
  // Reads schema_version's rows out of a pg_dump archive without a server.
  StatusOr<int> BackupSchemaVersion(const std::filesystem::path& path) {
    HELHED_ASSIGN_OR_RETURN(ToolResult listing, RunTool({"pg_restore", "--data-only", "--table=schema_version",
                                                         "--file=-", path.string()}));
    const Status not_backup = InvalidArgumentError(fmt::format(
        "Filen {} er ikke en helhed-backup (ingen læsbar skemaversion). Databasen er ikke ændret.", path.string()));
    if (listing.exit_code != 0) return not_backup;
    std::istringstream lines(listing.out);
    std::string line;
    bool in_copy = false;
    int version = 0;
    while (std::getline(lines, line)) {
      if (line.rfind("COPY ", 0) == 0 && line.find("schema_version") != std::string::npos) {
        in_copy = true;
      } else if (in_copy && line == "\\.") {
        in_copy = false;
      } else if (in_copy) {
        version = std::max(version, std::atoi(line.c_str()));
      }
    }
    if (version == 0) return not_backup;
    return version;
  }

  Status Check(PGresult* res) {
    const ExecStatusType status = res != nullptr ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return OkStatus();
    const std::string detail = Trim(res != nullptr ? PQresultErrorMessage(res) : PQerrorMessage(conn_.get()));
    const char* state_raw = res != nullptr ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    const std::string state = state_raw != nullptr ? state_raw : "";
    const std::string name = display_url();
    if (PQstatus(conn_.get()) == CONNECTION_BAD || state.rfind("08", 0) == 0 || state.rfind("57P", 0) == 0) {
      return UnavailableError(
          fmt::format("Forbindelsen til databasen {} er afbrudt; intet er gemt ({}).", name, detail));
    }
    if (state == "23505") return AlreadyExistsError(fmt::format("Rækken findes allerede i databasen ({}).", detail));
    if (state == "23503") {
      return FailedPreconditionError(
          fmt::format("En henvisning i databasen {} peger på noget, der ikke findes ({}).", name, detail));
    }
    if (state.rfind("23", 0) == 0) {
      return InvalidArgumentError(fmt::format("Data overholder ikke databasens regler ({}).", detail));
    }
    if (state == "40001" || state == "40P01") {
      return AbortedError(fmt::format("En anden skrev samtidig i databasen {}; prøv igen ({}).", name, detail));
    }
    if (state == "55P03") {
      return UnavailableError(fmt::format("Databasen {} er låst af en anden; prøv igen om lidt ({}).", name, detail));
    }
    if (state == "53100") {
      return ResourceExhaustedError(
          fmt::format("Databaseserverens disk er fuld ({}); intet er gemt ({}).", name, detail));
    }
    if (state == "25006" || state == "42501") {
      return PermissionDeniedError(
          fmt::format("Databasen {} tillader ikke at gemme (skrivebeskyttet eller manglende rettigheder): {}", name,
                      detail));
    }
    if (state.rfind("XX", 0) == 0) {
      return DataLossError(fmt::format("Databasen {} melder om beskadigede data: {}", name, detail));
    }
    return InternalError(fmt::format("PostgreSQL-fejl i databasen {}: {}", name, detail));
  }

  std::unique_ptr<PGconn, ConnCloser> conn_;
  std::string url_;
};

}  // namespace

std::string MaskPassword(const std::string& url) {
  std::string out = url;
  const auto scheme_end = out.find("://");
  if (scheme_end != std::string::npos) {
    const auto at = out.find('@', scheme_end + 3);
    const auto colon = out.find(':', scheme_end + 3);
    if (at != std::string::npos && colon != std::string::npos && colon < at) {
      out.replace(colon + 1, at - colon - 1, "***");
    }
  }
  const auto pw = out.find("password=");
  if (pw != std::string::npos) {
    const auto end = out.find('&', pw);
    out.replace(pw + 9, (end == std::string::npos ? out.size() : end) - pw - 9, "***");
  }
  return out;
}

StatusOr<std::unique_ptr<internal::SqlConnection>> OpenPgConnection(const std::string& url) {
  PGconn* raw = PQconnectdb(url.c_str());
  if (raw == nullptr) return UnavailableError("Kan ikke oprette en PostgreSQL-forbindelse (ikke nok hukommelse).");
  if (PQstatus(raw) != CONNECTION_OK) {
    const std::string detail = Trim(PQerrorMessage(raw));
    PQfinish(raw);
    return UnavailableError(fmt::format(
        "Kan ikke forbinde til PostgreSQL-databasen {}. Tjek adresse, port, brugernavn og adgangskode ({}).",
        MaskPassword(url), detail));
  }
  auto conn = std::make_unique<PgConnection>(raw, url);
  // Times are stored as text; UTC here only keeps server log lines comparable.
  HELHED_RETURN_IF_ERROR(conn->ExecScript("SET TIME ZONE 'UTC'"));
  return std::unique_ptr<internal::SqlConnection>(std::move(conn));
}

}  // namespace helhed::store::postgres
