// SPDX-License-Identifier: Apache-2.0
// The rest of the store in portable SQL: measurements, org units, users,
// memberships, sessions and the append-only audit log. Upserts use
// INSERT ... ON CONFLICT, which SQLite (3.24+) and PostgreSQL both read.
#include <algorithm>
#include <random>

#include <fmt/format.h>

#include "helhed/base/status_macros.h"
#include "helhed/store/internal/row.h"
#include "helhed/store/internal/sql_store.h"

namespace helhed::store::internal {
namespace {

Status OrgUnitNotFound(std::string_view id) {
  return NotFoundError(fmt::format("Organisationsenheden \"{}\" findes ikke.", id));
}

Status UserNotFound(std::string_view login) {
  return NotFoundError(fmt::format("Brugeren \"{}\" findes ikke.", login));
}

StatusOr<OrgUnit> OrgUnitFromRow(const SqlRow& row) {
  OrgUnit unit;
  unit.id = ColText(row, 0);
  unit.name = ColText(row, 1);
  const auto level = ParseOrgLevel(ColText(row, 2));
  if (!level) return DataLossError("ukendt niveau i databasen: " + ColText(row, 2));
  unit.level = *level;
  if (row[3]) unit.parent = *row[3];
  return unit;
}

}  // namespace

Status SqlStore::UpsertMeasurement(const Measurement& m) {
  HELHED_ASSIGN_OR_RETURN(SqlResult unit, Q("SELECT 1 FROM org_units WHERE id = ?", {m.org_unit}));
  if (unit.rows.empty()) return OrgUnitNotFound(m.org_unit);
  return Q("INSERT INTO measurements (indicator, org_unit, period, numerator, denominator, value, ci_low, ci_high, "
           "status, source, input_checksum, engine_version, parameters) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
           "ON CONFLICT (indicator, org_unit, period) DO UPDATE SET numerator = excluded.numerator, "
           "denominator = excluded.denominator, value = excluded.value, ci_low = excluded.ci_low, "
           "ci_high = excluded.ci_high, status = excluded.status, source = excluded.source, "
           "input_checksum = excluded.input_checksum, engine_version = excluded.engine_version, "
           "parameters = excluded.parameters",
           {m.indicator, m.org_unit, m.period, OptDouble(m.numerator), OptDouble(m.denominator),
            OptDouble(m.value), OptDouble(m.ci_low), OptDouble(m.ci_high), m.status, m.source,
            m.provenance.input_checksum, m.provenance.engine_version, m.provenance.parameters})
      .status();
}

Status SqlStore::PutMeasurement(const Measurement& m) {
  return InWrite([&]() -> Status {
    HELHED_RETURN_IF_ERROR(UpsertMeasurement(m));
    return NewDataGeneration();
  });
}

Status SqlStore::PutMeasurementBatch(const std::vector<OrgUnit>& units, const std::vector<Measurement>& measurements) {
  return InWrite([&]() -> Status {
    for (const OrgUnit& unit : units) HELHED_RETURN_IF_ERROR(UpsertOrgUnit(unit));
    for (const Measurement& m : measurements) HELHED_RETURN_IF_ERROR(UpsertMeasurement(m));
    return NewDataGeneration();
  });
}

Status SqlStore::NewDataGeneration() {
  // Random, not counted up: a restored backup or a copy that went its own
  // way must not reach a generation a server has already rendered under.
  thread_local std::mt19937_64 bits{std::random_device{}()};
  const std::int64_t generation = static_cast<std::int64_t>(bits() >> 2);
  return Q("UPDATE data_generation SET generation = ? WHERE id = 1", {generation}).status();
}

StatusOr<std::int64_t> SqlStore::DataGeneration() {
  HELHED_ASSIGN_OR_RETURN(SqlResult result, Q("SELECT generation FROM data_generation WHERE id = 1", {}));
  if (result.rows.empty()) return DataLossError("databasens datagenerering mangler (tabellen data_generation er tom)");
  return ColInt(result.rows[0], 0);
}

StatusOr<std::vector<Measurement>> SqlStore::ListMeasurements(std::string_view org_unit,
                                                              std::optional<std::string_view> indicator) {
  std::string sql =
      "SELECT indicator, org_unit, period, numerator, denominator, value, ci_low, ci_high, status, source, "
      "input_checksum, engine_version, parameters FROM measurements WHERE org_unit = ?";
  std::vector<SqlValue> params = {std::string(org_unit)};
  if (indicator) {
    sql += " AND indicator = ?";
    params.emplace_back(std::string(*indicator));
  }
  sql += " ORDER BY indicator, period";
  HELHED_ASSIGN_OR_RETURN(SqlResult result, Q(sql, params));
  std::vector<Measurement> out;
  for (const SqlRow& row : result.rows) {
    Measurement m;
    m.indicator = ColText(row, 0);
    m.org_unit = ColText(row, 1);
    m.period = ColText(row, 2);
    HELHED_ASSIGN_OR_RETURN(m.numerator, ColDouble(row, 3));
    HELHED_ASSIGN_OR_RETURN(m.denominator, ColDouble(row, 4));
    HELHED_ASSIGN_OR_RETURN(m.value, ColDouble(row, 5));
    HELHED_ASSIGN_OR_RETURN(m.ci_low, ColDouble(row, 6));
    HELHED_ASSIGN_OR_RETURN(m.ci_high, ColDouble(row, 7));
    m.status = ColText(row, 8);
    m.source = ColText(row, 9);
    m.provenance = {ColText(row, 10), ColText(row, 11), ColText(row, 12)};
    out.push_back(std::move(m));
  }
  return out;
}

Status SqlStore::UpsertOrgUnit(const OrgUnit& unit) {
  if (unit.parent) {
    if (*unit.parent == unit.id) {
      return InvalidArgumentError(fmt::format("Organisationsenheden \"{}\" kan ikke ligge under sig selv.", unit.id));
    }
    HELHED_ASSIGN_OR_RETURN(SqlResult parent, Q("SELECT 1 FROM org_units WHERE id = ?", {*unit.parent}));
    if (parent.rows.empty()) return OrgUnitNotFound(*unit.parent);
  }
  return Q("INSERT INTO org_units (id, name, level, parent) VALUES (?, ?, ?, ?) "
           "ON CONFLICT (id) DO UPDATE SET name = excluded.name, level = excluded.level, parent = excluded.parent",
           {unit.id, unit.name, std::string(OrgLevelName(unit.level)),
            unit.parent ? SqlValue(*unit.parent) : SqlValue(std::monostate{})})
      .status();
}

Status SqlStore::PutOrgUnit(const OrgUnit& unit) {
  return InWrite([&]() -> Status {
    HELHED_RETURN_IF_ERROR(UpsertOrgUnit(unit));
    return NewDataGeneration();
  });
}

StatusOr<OrgUnit> SqlStore::GetOrgUnit(std::string_view id) {
  HELHED_ASSIGN_OR_RETURN(SqlResult result,
                          Q("SELECT id, name, level, parent FROM org_units WHERE id = ?", {std::string(id)}));
  if (result.rows.empty()) return OrgUnitNotFound(id);
  return OrgUnitFromRow(result.rows[0]);
}

StatusOr<std::vector<OrgUnit>> SqlStore::ListOrgUnits(std::optional<std::string_view> parent) {
  StatusOr<SqlResult> result =
      parent ? Q("SELECT id, name, level, parent FROM org_units WHERE parent = ? ORDER BY id", {std::string(*parent)})
             : Q("SELECT id, name, level, parent FROM org_units WHERE parent IS NULL ORDER BY id", {});
  HELHED_RETURN_IF_ERROR(result.status());
  std::vector<OrgUnit> units;
  for (const SqlRow& row : result->rows) {
    HELHED_ASSIGN_OR_RETURN(OrgUnit unit, OrgUnitFromRow(row));
    units.push_back(std::move(unit));
  }
  return units;
}

Status SqlStore::PutUser(const User& user) {
  return InWrite([&]() -> Status {
    return Q("INSERT INTO users (login, display_name, password_hash) VALUES (?, ?, ?) "
             "ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name, "
             "password_hash = excluded.password_hash",
             {user.login, user.display_name, user.password_hash})
        .status();
  });
}

StatusOr<User> SqlStore::GetUser(std::string_view login) {
  HELHED_ASSIGN_OR_RETURN(
      SqlResult result,
      Q("SELECT login, display_name, password_hash FROM users WHERE login = ?", {std::string(login)}));
  if (result.rows.empty()) return UserNotFound(login);
  return User{ColText(result.rows[0], 0), ColText(result.rows[0], 1), ColText(result.rows[0], 2)};
}

Status SqlStore::SetMembership(const Membership& membership) {
  return InWrite([&]() -> Status {
    HELHED_RETURN_IF_ERROR(RequirePlan(membership.plan_id));
    HELHED_ASSIGN_OR_RETURN(SqlResult user, Q("SELECT 1 FROM users WHERE login = ?", {membership.login}));
    if (user.rows.empty()) return UserNotFound(membership.login);
    return Q("INSERT INTO memberships (plan_id, login, role) VALUES (?, ?, ?) "
             "ON CONFLICT (plan_id, login) DO UPDATE SET role = excluded.role",
             {membership.plan_id, membership.login, std::string(RoleName(membership.role))})
        .status();
  });
}

Status SqlStore::RemoveMembership(PlanId plan_id, std::string_view login) {
  return InWrite([&]() -> Status {
    return Q("DELETE FROM memberships WHERE plan_id = ? AND login = ?", {plan_id, std::string(login)}).status();
  });
}

StatusOr<std::vector<Membership>> SqlStore::ListMemberships(PlanId plan_id) {
  HELHED_ASSIGN_OR_RETURN(SqlResult result,
                          Q("SELECT login, role FROM memberships WHERE plan_id = ? ORDER BY login", {plan_id}));
  std::vector<Membership> out;
  for (const SqlRow& row : result.rows) {
    const auto role = ParseRole(ColText(row, 1));
    if (!role) return DataLossError("ukendt rolle i databasen: " + ColText(row, 1));
    out.push_back(Membership{plan_id, ColText(row, 0), *role});
  }
  return out;
}

StatusOr<std::vector<Membership>> SqlStore::ListUserMemberships(std::string_view login) {
  HELHED_ASSIGN_OR_RETURN(SqlResult result, Q("SELECT plan_id, role FROM memberships WHERE login = ? ORDER BY plan_id",
                                              {std::string(login)}));
  std::vector<Membership> out;
  for (const SqlRow& row : result.rows) {
    HELHED_ASSIGN_OR_RETURN(const PlanId plan_id, ColInt(row, 0));
    const auto role = ParseRole(ColText(row, 1));
    if (!role) return DataLossError("ukendt rolle i databasen: " + ColText(row, 1));
    out.push_back(Membership{plan_id, std::string(login), *role});
  }
  return out;
}

Status SqlStore::CreateSession(const Session& session) {
  return InWrite([&]() -> Status {
    HELHED_ASSIGN_OR_RETURN(SqlResult user, Q("SELECT 1 FROM users WHERE login = ?", {session.login}));
    if (user.rows.empty()) return UserNotFound(session.login);
    return Q("INSERT INTO sessions (token_hash, login, expires_at) VALUES (?, ?, ?)",
             {session.token_hash, session.login, FormatTimestamp(session.expires)})
        .status();
  });
}

StatusOr<Session> SqlStore::GetSession(std::string_view token_hash) {
  // The user in the same query: the web application resolves a session on
  // every request.
  HELHED_ASSIGN_OR_RETURN(
      SqlResult result,
      Q("SELECT s.token_hash, s.login, s.expires_at, u.display_name FROM sessions s "
        "JOIN users u ON u.login = s.login WHERE s.token_hash = ? AND s.expires_at > ?",
        {std::string(token_hash), FormatTimestamp(clock_->Now())}));
  if (result.rows.empty()) return NotFoundError("Sessionen findes ikke eller er udløbet; log ind igen.");
  HELHED_ASSIGN_OR_RETURN(const Timestamp expires, ParseTimestamp(ColText(result.rows[0], 2)));
  return Session{ColText(result.rows[0], 0), ColText(result.rows[0], 1), expires, ColText(result.rows[0], 3)};
}

Status SqlStore::DeleteSession(std::string_view token_hash) {
  return InWrite([&]() -> Status {
    return Q("DELETE FROM sessions WHERE token_hash = ?", {std::string(token_hash)}).status();
  });
}

Status SqlStore::AppendAudit(const AuditEntry& entry) {
  return InWrite([&]() -> Status { return InsertAudit(entry.user, entry.action, entry.object, entry.detail); });
}

StatusOr<std::vector<AuditEntry>> SqlStore::ListAudit(int limit) {
  HELHED_ASSIGN_OR_RETURN(SqlResult result,
                          Q("SELECT id, time, user_login, action, object, detail FROM audit_log ORDER BY id DESC LIMIT ?",
                            {std::int64_t{limit}}));
  std::vector<AuditEntry> out;
  for (const SqlRow& row : result.rows) {
    AuditEntry entry;
    HELHED_ASSIGN_OR_RETURN(entry.id, ColInt(row, 0));
    HELHED_ASSIGN_OR_RETURN(entry.time, ParseTimestamp(ColText(row, 1)));
    entry.user = ColText(row, 2);
    entry.action = ColText(row, 3);
    entry.object = ColText(row, 4);
    entry.detail = ColText(row, 5);
    out.push_back(std::move(entry));
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace helhed::store::internal
