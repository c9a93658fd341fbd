// SPDX-License-Identifier: Apache-2.0
// Local data entry in portable SQL: which user may enter values for which of
// a plan's indicators (indicator_assignments), and the values they entered
// (local_entries). Invariants:
//  1. An entry is never updated or deleted; a correction is version n+1 of
//     the same (plan, indicator, unit, period).
//  2. A new version is saved only when the caller names the newest version
//     it saw (`replaces`), checked inside the write transaction, so two
//     partners correcting the same value cannot silently overwrite each
//     other (SQLite: BEGIN IMMEDIATE; PostgreSQL: the primary key makes the
//     second insert of the same version fail).
//  3. The newest version's published numbers are the measurement row, put
//     in the same transaction as the entry and its audit entry.
#include <fmt/format.h>

#include "helhed/base/status_macros.h"
#include "helhed/store/internal/row.h"
#include "helhed/store/internal/sql_store.h"

namespace helhed::store::internal {
namespace {

constexpr std::string_view kEntryColumns =
    "plan_id, indicator_key, org_unit, period, version, unit_kind, numerator, denominator, value, source, note, "
    "entered_by, entered_at";

StatusOr<LocalEntry> EntryFromRow(const SqlRow& row) {
  LocalEntry e;
  HELHED_ASSIGN_OR_RETURN(e.plan_id, ColInt(row, 0));
  e.indicator_key = ColText(row, 1);
  e.org_unit = ColText(row, 2);
  e.period = ColText(row, 3);
  HELHED_ASSIGN_OR_RETURN(const std::int64_t version, ColInt(row, 4));
  e.version = static_cast<int>(version);
  e.unit_kind = ColText(row, 5);
  HELHED_ASSIGN_OR_RETURN(e.numerator, ColDouble(row, 6));
  HELHED_ASSIGN_OR_RETURN(e.denominator, ColDouble(row, 7));
  HELHED_ASSIGN_OR_RETURN(e.value, ColDouble(row, 8));
  e.source = ColText(row, 9);
  e.note = ColText(row, 10);
  e.entered_by = ColText(row, 11);
  HELHED_ASSIGN_OR_RETURN(e.entered_at, ParseTimestamp(ColText(row, 12)));
  return e;
}

}  // namespace

Status SqlStore::AssignIndicator(const IndicatorAssignment& a) {
  return InWrite([&]() -> Status {
    HELHED_RETURN_IF_ERROR(RequirePlan(a.plan_id));
    HELHED_ASSIGN_OR_RETURN(SqlResult user, Q("SELECT 1 FROM users WHERE login = ?", {a.login}));
    if (user.rows.empty()) return NotFoundError(fmt::format("Brugeren \"{}\" findes ikke.", a.login));
    HELHED_RETURN_IF_ERROR(
        Q("INSERT INTO indicator_assignments (plan_id, indicator_key, login, indicator_name, assigned_by, "
          "assigned_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (plan_id, indicator_key, login) DO UPDATE SET "
          "indicator_name = excluded.indicator_name, assigned_by = excluded.assigned_by, "
          "assigned_at = excluded.assigned_at",
          {a.plan_id, a.indicator_key, a.login, a.indicator_name, a.assigned_by, FormatTimestamp(clock_->Now())})
            .status());
    return InsertAudit(a.assigned_by, "indicator.assign", fmt::format("plan/{}", a.plan_id),
                       fmt::format("{} ({}) tildelt {}", a.indicator_key, a.indicator_name, a.login));
  });
}

Status SqlStore::UnassignIndicator(PlanId plan_id, std::string_view indicator_key, std::string_view login,
                                   std::string_view by) {
  return InWrite([&]() -> Status {
    HELHED_ASSIGN_OR_RETURN(SqlResult removed,
                            Q("DELETE FROM indicator_assignments WHERE plan_id = ? AND indicator_key = ? AND login = ?",
                              {plan_id, std::string(indicator_key), std::string(login)}));
    if (removed.affected != 1) {
      return NotFoundError(fmt::format("Brugeren \"{}\" har ikke indikatoren {} i plan {}.", login, indicator_key,
                                       plan_id));
    }
    return InsertAudit(by, "indicator.unassign", fmt::format("plan/{}", plan_id),
                       fmt::format("{} frataget {}", indicator_key, login));
  });
}

StatusOr<std::vector<IndicatorAssignment>> SqlStore::ListAssignments(PlanId plan_id,
                                                                     std::optional<std::string_view> login) {
  std::string sql =
      "SELECT indicator_key, login, indicator_name, assigned_by, assigned_at FROM indicator_assignments "
      "WHERE plan_id = ?";
  std::vector<SqlValue> params = {plan_id};
  if (login) {
    sql += " AND login = ?";
    params.emplace_back(std::string(*login));
  }
  sql += " ORDER BY indicator_key, login";
  HELHED_ASSIGN_OR_RETURN(SqlResult result, Q(sql, params));
  std::vector<IndicatorAssignment> out;
  for (const SqlRow& row : result.rows) {
    IndicatorAssignment a;
    a.plan_id = plan_id;
    a.indicator_key = ColText(row, 0);
    a.login = ColText(row, 1);
    a.indicator_name = ColText(row, 2);
    a.assigned_by = ColText(row, 3);
    HELHED_ASSIGN_OR_RETURN(a.assigned_at, ParseTimestamp(ColText(row, 4)));
    out.push_back(std::move(a));
  }
  return out;
}

StatusOr<LocalEntry> SqlStore::SaveLocalEntry(const LocalEntry& entry, std::optional<int> replaces,
                                              const std::vector<OrgUnit>& units, const Measurement& measurement) {
  LocalEntry saved = entry;
  const Status status = InWrite([&]() -> Status {
    HELHED_RETURN_IF_ERROR(RequirePlan(entry.plan_id));
    HELHED_ASSIGN_OR_RETURN(
        SqlResult newest,
        Q(fmt::format("SELECT {} FROM local_entries WHERE plan_id = ? AND indicator_key = ? AND org_unit = ? AND "
                      "period = ? ORDER BY version DESC LIMIT 1",
                      kEntryColumns),
          {entry.plan_id, entry.indicator_key, entry.org_unit, entry.period}));
    int next = 1;
    if (!newest.rows.empty()) {
      HELHED_ASSIGN_OR_RETURN(const LocalEntry current, EntryFromRow(newest.rows[0]));
      const std::string who = fmt::format("version {} blev indtastet af {} {}", current.version, current.entered_by,
                                          FormatTimestampDanish(current.entered_at));
      if (!replaces) {
        return AlreadyExistsError(fmt::format(
            "Der findes allerede en værdi for {} i {}: {}. Intet er gemt; vælg at erstatte den, hvis den nye "
            "værdi skal gælde.",
            entry.period, entry.org_unit, who));
      }
      if (*replaces != current.version) {
        return AbortedError(fmt::format(
            "Konflikt: værdien for {} i {} er ændret, siden du hentede version {}: {}. Intet er gemt; se den nye "
            "værdi, og gem igen, hvis din stadig skal gælde.",
            entry.period, entry.org_unit, *replaces, who));
      }
      next = current.version + 1;
    } else if (replaces) {
      return AbortedError(fmt::format(
          "Konflikt: der findes ingen version {} af værdien for {} i {}. Intet er gemt; hent siden igen.", *replaces,
          entry.period, entry.org_unit));
    }
    for (const OrgUnit& unit : units) {
      HELHED_ASSIGN_OR_RETURN(SqlResult found, Q("SELECT 1 FROM org_units WHERE id = ?", {unit.id}));
      if (found.rows.empty()) HELHED_RETURN_IF_ERROR(UpsertOrgUnit(unit));
    }
    const Timestamp now = clock_->Now();
    saved.version = next;
    saved.entered_at = now;
    HELHED_RETURN_IF_ERROR(
        Q(fmt::format("INSERT INTO local_entries ({}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", kEntryColumns),
          {entry.plan_id, entry.indicator_key, entry.org_unit, entry.period, std::int64_t{next}, entry.unit_kind,
           OptDouble(entry.numerator), OptDouble(entry.denominator), OptDouble(entry.value), entry.source,
           entry.note, entry.entered_by, FormatTimestamp(now)})
            .status());
    HELHED_RETURN_IF_ERROR(UpsertMeasurement(measurement));
    HELHED_RETURN_IF_ERROR(NewDataGeneration());
    return InsertAudit(entry.entered_by, "local_data.enter", fmt::format("plan/{}", entry.plan_id),
                       fmt::format("{} {} {}: version {} (kilde: {})", entry.indicator_key, entry.org_unit,
                                   entry.period, next, entry.source));
  });
  if (!status.ok()) return status;
  return saved;
}

StatusOr<std::vector<LocalEntry>> SqlStore::ListLocalEntries(PlanId plan_id,
                                                             std::optional<std::string_view> indicator_key) {
  std::string sql = fmt::format("SELECT {} FROM local_entries WHERE plan_id = ?", kEntryColumns);
  std::vector<SqlValue> params = {plan_id};
  if (indicator_key) {
    sql += " AND indicator_key = ?";
    params.emplace_back(std::string(*indicator_key));
  }
  sql += " ORDER BY indicator_key, org_unit, period, version";
  HELHED_ASSIGN_OR_RETURN(SqlResult result, Q(sql, params));
  std::vector<LocalEntry> out;
  for (const SqlRow& row : result.rows) {
    HELHED_ASSIGN_OR_RETURN(LocalEntry e, EntryFromRow(row));
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace helhed::store::internal
