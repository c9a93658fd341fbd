// SPDX-License-Identifier: Apache-2.0
// Plans, revisions and approvals in portable SQL. Invariants:
//  1. plans.head_revision is the highest revision of the plan.
//  2. A save moves head_revision from the caller's base with a
//     compare-and-set UPDATE in the save's transaction, so of two writers
//     with the same base exactly one wins, in any number of processes
//     (SQLite: BEGIN IMMEDIATE serialises; PostgreSQL: the row lock makes the
//     loser re-check the WHERE and match nothing). The primary key
//     (plan_id, revision) backs this up.
//  3. Revision times never go backwards within a plan (as-of relies on it).
#include "helhed/store/internal/sql_store.h"

#include <fmt/format.h>

#include "helhed/base/status_macros.h"
#include "helhed/plandiff/plan_part.h"
#include "helhed/store/internal/migrations.h"
#include "helhed/store/internal/row.h"

namespace helhed::store::internal {
namespace {

constexpr std::string_view kRevisionColumns =
    "revision, parent_revision, author, created_at, message, plan_json";

std::string PlanNotFound(PlanId plan_id) { return fmt::format("Der findes ingen plan med id {}.", plan_id); }

StatusOr<RevisionInfo> InfoFromRow(PlanId plan_id, const SqlRow& row) {
  RevisionInfo info;
  info.plan_id = plan_id;
  HELHED_ASSIGN_OR_RETURN(const std::int64_t revision, ColInt(row, 0));
  info.revision = static_cast<int>(revision);
  if (row[1]) {
    HELHED_ASSIGN_OR_RETURN(const std::int64_t parent, ColInt(row, 1));
    info.parent = static_cast<int>(parent);
  }
  info.author = ColText(row, 2);
  HELHED_ASSIGN_OR_RETURN(info.time, ParseTimestamp(ColText(row, 3)));
  info.message = ColText(row, 4);
  return info;
}

StatusOr<PartChange> ChangeFromRow(const SqlRow& row, std::size_t first) {
  PartChange change;
  change.part = ColText(row, first);
  change.focus_area = ColText(row, first + 1);
  const auto approver = ParseApprover(ColText(row, first + 2));
  if (!approver) return DataLossError("ukendt godkender i databasen: " + ColText(row, first + 2));
  change.approver = *approver;
  change.lbf_notified = ColText(row, first + 3) == "1";
  change.requires_board_consensus = ColText(row, first + 4) == "1";
  return change;
}

StatusOr<PlanSummary> SummaryFromRow(const SqlRow& row) {
  PlanSummary summary;
  HELHED_ASSIGN_OR_RETURN(summary.id, ColInt(row, 0));
  summary.name = ColText(row, 1);
  summary.grant_frame = ColText(row, 2);
  HELHED_ASSIGN_OR_RETURN(const std::int64_t head, ColInt(row, 3));
  summary.head_revision = static_cast<int>(head);
  HELHED_ASSIGN_OR_RETURN(summary.created, ParseTimestamp(ColText(row, 4)));
  HELHED_ASSIGN_OR_RETURN(summary.updated, ParseTimestamp(ColText(row, 5)));
  return summary;
}

std::string ChangesText(const std::vector<PartChange>& changes) {
  if (changes.empty()) return "uden indholdsændringer";
  std::string out = "ændrede ";
  for (std::size_t idx = 0; idx < changes.size(); ++idx) {
    if (idx > 0) out += idx + 1 == changes.size() ? " og " : ", ";
    out += plandiff::PartLabel(changes[idx].part, changes[idx].focus_area);
  }
  return out;
}

}  // namespace

std::string_view SqlStore::backend() const {
  return conn_->dialect() == Dialect::kSqlite ? "sqlite" : "postgresql";
}

StatusOr<int> SqlStore::SchemaVersion() { return ReadSchemaVersion(*conn_); }

Status SqlStore::InWrite(const std::function<Status()>& body) {
  HELHED_RETURN_IF_ERROR(conn_->BeginWrite());
  if (Status status = body(); !status.ok()) {
    conn_->Rollback();
    return status;
  }
  return conn_->Commit();
}

Status SqlStore::InRead(const std::function<Status()>& body) {
  HELHED_RETURN_IF_ERROR(conn_->BeginRead());
  Status status = body();
  conn_->Rollback();
  return status;
}

Status SqlStore::InsertAudit(std::string_view user, std::string_view action, std::string_view object,
                             std::string_view detail) {
  return Q("INSERT INTO audit_log (time, user_login, action, object, detail) VALUES (?, ?, ?, ?, ?)",
           {FormatTimestamp(clock_->Now()), std::string(user), std::string(action), std::string(object),
            std::string(detail)})
      .status();
}

Status SqlStore::InsertRevision(PlanId plan_id, int revision, std::optional<int> parent, Timestamp time,
                                const NewRevision& rev) {
  HELHED_RETURN_IF_ERROR(Q("INSERT INTO revisions (plan_id, revision, parent_revision, author, created_at, message, "
                           "plan_json) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           {plan_id, std::int64_t{revision},
                            parent ? SqlValue(std::int64_t{*parent}) : SqlValue(std::monostate{}), rev.author,
                            FormatTimestamp(time), rev.message, rev.plan_json})
                             .status());
  for (std::size_t seq = 0; seq < rev.changes.size(); ++seq) {
    const PartChange& change = rev.changes[seq];
    HELHED_RETURN_IF_ERROR(
        Q("INSERT INTO revision_changes (plan_id, revision, seq, part, focus_area, approver, lbf_notified, "
          "requires_board_consensus) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          {plan_id, std::int64_t{revision}, static_cast<std::int64_t>(seq), change.part, change.focus_area,
           std::string(ApproverName(change.approver)), std::int64_t{change.lbf_notified ? 1 : 0},
           std::int64_t{change.requires_board_consensus ? 1 : 0}})
            .status());
  }
  return InsertAudit(rev.author, revision == 1 ? "plan.add" : "plan.update", fmt::format("plan/{}", plan_id),
                     fmt::format("revision {}: {}", revision, rev.message));
}

StatusOr<RevisionInfo> SqlStore::CreatePlan(const NewRevision& rev) {
  RevisionInfo info;
  const Status status = InWrite([&]() -> Status {
    const Timestamp now = clock_->Now();
    HELHED_ASSIGN_OR_RETURN(SqlResult inserted,
                            Q("INSERT INTO plans (name, grant_frame, head_revision, created_at, updated_at) "
                              "VALUES (?, ?, 1, ?, ?) RETURNING id",
                              {rev.plan_name, rev.grant_frame, FormatTimestamp(now), FormatTimestamp(now)}));
    if (inserted.rows.empty()) return InternalError("databasen returnerede ikke et plan-id");
    HELHED_ASSIGN_OR_RETURN(const PlanId plan_id, ColInt(inserted.rows[0], 0));
    HELHED_RETURN_IF_ERROR(InsertRevision(plan_id, 1, std::nullopt, now, rev));
    info = RevisionInfo{plan_id, 1, std::nullopt, rev.author, now, rev.message, rev.changes};
    return OkStatus();
  });
  if (!status.ok()) return status;
  return info;
}

// Names who saved what and when since the caller's base, so the loser of a
// race knows whose work to merge.
Status SqlStore::ConflictError(PlanId plan_id, int base_revision) {
  HELHED_ASSIGN_OR_RETURN(SqlResult plan, Q("SELECT head_revision FROM plans WHERE id = ?", {plan_id}));
  if (plan.rows.empty()) return NotFoundError(PlanNotFound(plan_id));
  HELHED_ASSIGN_OR_RETURN(const std::int64_t head, ColInt(plan.rows[0], 0));
  if (base_revision > head || base_revision < 1) {
    return NotFoundError(fmt::format("Plan {} har ingen revision {} (den seneste er {}); kan ikke gemme oven på den.",
                                     plan_id, base_revision, head));
  }
  HELHED_ASSIGN_OR_RETURN(SqlResult later,
                          Q(fmt::format("SELECT {} FROM revisions WHERE plan_id = ? AND revision > ? ORDER BY revision",
                                        kRevisionColumns),
                            {plan_id, std::int64_t{base_revision}}));
  std::string who;
  for (const SqlRow& row : later.rows) {
    HELHED_ASSIGN_OR_RETURN(RevisionInfo info, InfoFromRow(plan_id, row));
    HELHED_ASSIGN_OR_RETURN(info.changes, LoadChanges(plan_id, info.revision));
    if (!who.empty()) who += "; ";
    who += fmt::format("revision {} blev gemt af {} {} og {} (\"{}\")", info.revision, info.author,
                       FormatTimestampDanish(info.time), ChangesText(info.changes), info.message);
  }
  return AbortedError(fmt::format(
      "Konflikt: plan {} er ændret, siden du hentede revision {}: {}. Din ændring er ikke gemt. Hent revision {}, "
      "indarbejd dine ændringer, og gem igen oven på den.",
      plan_id, base_revision, who, head));
}

StatusOr<RevisionInfo> SqlStore::SaveRevision(PlanId plan_id, int base_revision, const NewRevision& rev) {
  RevisionInfo info;
  const Status status = InWrite([&]() -> Status {
    const int revision = base_revision + 1;
    Timestamp now = clock_->Now();
    HELHED_ASSIGN_OR_RETURN(SqlResult cas,
                            Q("UPDATE plans SET head_revision = ?, name = ?, grant_frame = ?, updated_at = ? "
                              "WHERE id = ? AND head_revision = ?",
                              {std::int64_t{revision}, rev.plan_name, rev.grant_frame, FormatTimestamp(now), plan_id,
                               std::int64_t{base_revision}}));
    if (cas.affected != 1) return ConflictError(plan_id, base_revision);
    HELHED_ASSIGN_OR_RETURN(SqlResult parent, Q("SELECT created_at FROM revisions WHERE plan_id = ? AND revision = ?",
                                                {plan_id, std::int64_t{base_revision}}));
    if (!parent.rows.empty()) {
      HELHED_ASSIGN_OR_RETURN(const Timestamp parent_time, ParseTimestamp(ColText(parent.rows[0], 0)));
      if (now < parent_time) now = parent_time;  // invariant 3 under clock skew between servers
    }
    HELHED_RETURN_IF_ERROR(InsertRevision(plan_id, revision, base_revision, now, rev));
    info = RevisionInfo{plan_id, revision, base_revision, rev.author, now, rev.message, rev.changes};
    return OkStatus();
  });
  if (!status.ok()) return status;
  return info;
}

StatusOr<std::vector<PlanSummary>> SqlStore::ListPlans() {
  HELHED_ASSIGN_OR_RETURN(
      SqlResult result,
      Q("SELECT id, name, grant_frame, head_revision, created_at, updated_at FROM plans ORDER BY id", {}));
  std::vector<PlanSummary> plans;
  for (const SqlRow& row : result.rows) {
    HELHED_ASSIGN_OR_RETURN(PlanSummary summary, SummaryFromRow(row));
    plans.push_back(std::move(summary));
  }
  return plans;
}

StatusOr<PlanSummary> SqlStore::GetPlan(PlanId plan_id) {
  HELHED_ASSIGN_OR_RETURN(
      SqlResult result,
      Q("SELECT id, name, grant_frame, head_revision, created_at, updated_at FROM plans WHERE id = ?", {plan_id}));
  if (result.rows.empty()) return NotFoundError(PlanNotFound(plan_id));
  return SummaryFromRow(result.rows[0]);
}

Status SqlStore::RequirePlan(PlanId plan_id) {
  HELHED_ASSIGN_OR_RETURN(SqlResult result, Q("SELECT 1 FROM plans WHERE id = ?", {plan_id}));
  if (result.rows.empty()) return NotFoundError(PlanNotFound(plan_id));
  return OkStatus();
}

StatusOr<std::vector<PartChange>> SqlStore::LoadChanges(PlanId plan_id, int revision) {
  HELHED_ASSIGN_OR_RETURN(SqlResult result,
                          Q("SELECT part, focus_area, approver, lbf_notified, requires_board_consensus "
                            "FROM revision_changes WHERE plan_id = ? AND revision = ? ORDER BY seq",
                            {plan_id, std::int64_t{revision}}));
  std::vector<PartChange> changes;
  for (const SqlRow& row : result.rows) {
    HELHED_ASSIGN_OR_RETURN(PartChange change, ChangeFromRow(row, 0));
    changes.push_back(std::move(change));
  }
  return changes;
}

StatusOr<std::vector<RevisionInfo>> SqlStore::ListRevisions(PlanId plan_id) {
  std::vector<RevisionInfo> revisions;
  const Status status = InRead([&]() -> Status {
    HELHED_RETURN_IF_ERROR(RequirePlan(plan_id));
    HELHED_ASSIGN_OR_RETURN(
        SqlResult result,
        Q("SELECT revision, parent_revision, author, created_at, message FROM revisions WHERE plan_id = ? "
          "ORDER BY revision",
          {plan_id}));
    for (const SqlRow& row : result.rows) {
      HELHED_ASSIGN_OR_RETURN(RevisionInfo info, InfoFromRow(plan_id, row));
      revisions.push_back(std::move(info));
    }
    HELHED_ASSIGN_OR_RETURN(SqlResult changes,
                            Q("SELECT revision, part, focus_area, approver, lbf_notified, requires_board_consensus "
                              "FROM revision_changes WHERE plan_id = ? ORDER BY revision, seq",
                              {plan_id}));
    for (const SqlRow& row : changes.rows) {
      HELHED_ASSIGN_OR_RETURN(const std::int64_t revision, ColInt(row, 0));
      HELHED_ASSIGN_OR_RETURN(PartChange change, ChangeFromRow(row, 1));
      if (revision >= 1 && revision <= static_cast<std::int64_t>(revisions.size())) {
        revisions[static_cast<std::size_t>(revision - 1)].changes.push_back(std::move(change));
      }
    }
    return OkStatus();
  });
  if (!status.ok()) return status;
  return revisions;
}

StatusOr<Revision> SqlStore::LoadRevisionWhere(PlanId plan_id, std::string_view condition, const SqlValue& arg,
                                               const std::string& not_found) {
  Revision revision;
  const Status status = InRead([&]() -> Status {
    HELHED_RETURN_IF_ERROR(RequirePlan(plan_id));
    HELHED_ASSIGN_OR_RETURN(
        SqlResult result,
        Q(fmt::format("SELECT {} FROM revisions WHERE plan_id = ? AND {} ORDER BY revision DESC LIMIT 1",
                      kRevisionColumns, condition),
          {plan_id, arg}));
    if (result.rows.empty()) return NotFoundError(not_found);
    HELHED_ASSIGN_OR_RETURN(revision.info, InfoFromRow(plan_id, result.rows[0]));
    revision.plan_json = ColText(result.rows[0], 5);
    HELHED_ASSIGN_OR_RETURN(revision.info.changes, LoadChanges(plan_id, revision.info.revision));
    return OkStatus();
  });
  if (!status.ok()) return status;
  return revision;
}

StatusOr<Revision> SqlStore::GetRevision(PlanId plan_id, int revision) {
  return LoadRevisionWhere(plan_id, "revision = ?", std::int64_t{revision},
                           fmt::format("Plan {} har ingen revision {}.", plan_id, revision));
}

StatusOr<Revision> SqlStore::GetRevisionAsOf(PlanId plan_id, Timestamp time) {
  return LoadRevisionWhere(plan_id, "created_at <= ?", FormatTimestamp(time),
                           fmt::format("Plan {} fandtes ikke endnu {}.", plan_id, FormatTimestampDanish(time)));
}

Status SqlStore::RecordApproval(const Approval& approval) {
  return InWrite([&]() -> Status {
    HELHED_RETURN_IF_ERROR(RequirePlan(approval.plan_id));
    HELHED_ASSIGN_OR_RETURN(SqlResult found, Q("SELECT 1 FROM revisions WHERE plan_id = ? AND revision = ?",
                                               {approval.plan_id, std::int64_t{approval.revision}}));
    if (found.rows.empty()) {
      return NotFoundError(fmt::format("Plan {} har ingen revision {}.", approval.plan_id, approval.revision));
    }
    HELHED_RETURN_IF_ERROR(Q("INSERT INTO approvals (plan_id, revision, approver, decision_date, reference, "
                             "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                             {approval.plan_id, std::int64_t{approval.revision},
                              std::string(ApproverName(approval.approver)), approval.decision_date.ToIso(),
                              approval.reference, approval.recorded_by, FormatTimestamp(clock_->Now())})
                               .status());
    HELHED_RETURN_IF_ERROR(NewDataGeneration());
    return InsertAudit(approval.recorded_by, "plan.approve", fmt::format("plan/{}", approval.plan_id),
                       fmt::format("revision {} godkendt af {} {} ({})", approval.revision,
                                   ApproverName(approval.approver), approval.decision_date.ToIso(),
                                   approval.reference));
  });
}

StatusOr<std::vector<Approval>> SqlStore::ListApprovals(PlanId plan_id) {
  std::vector<Approval> approvals;
  const Status status = InRead([&]() -> Status {
    HELHED_RETURN_IF_ERROR(RequirePlan(plan_id));
    HELHED_ASSIGN_OR_RETURN(SqlResult result,
                            Q("SELECT revision, approver, decision_date, reference, recorded_by, recorded_at "
                              "FROM approvals WHERE plan_id = ? ORDER BY revision, id",
                              {plan_id}));
    for (const SqlRow& row : result.rows) {
      Approval approval;
      approval.plan_id = plan_id;
      HELHED_ASSIGN_OR_RETURN(const std::int64_t revision, ColInt(row, 0));
      approval.revision = static_cast<int>(revision);
      const auto approver = ParseApprover(ColText(row, 1));
      if (!approver) return DataLossError("ukendt godkender i databasen: " + ColText(row, 1));
      approval.approver = *approver;
      auto date = ParseIsoDate(ColText(row, 2));
      if (!date.ok()) return DataLossError("ugyldig beslutningsdato i databasen: " + ColText(row, 2));
      approval.decision_date = *date;
      approval.reference = ColText(row, 3);
      approval.recorded_by = ColText(row, 4);
      HELHED_ASSIGN_OR_RETURN(approval.recorded_at, ParseTimestamp(ColText(row, 5)));
      approvals.push_back(std::move(approval));
    }
    return OkStatus();
  });
  if (!status.ok()) return status;
  return approvals;
}

Status SqlStore::Backup(const std::filesystem::path& path) { return conn_->Backup(path); }

Status SqlStore::Restore(const std::filesystem::path& path) {
  const auto& migrations = MigrationsFor(conn_->dialect());
  HELHED_RETURN_IF_ERROR(conn_->Restore(path, migrations.empty() ? 0 : migrations.back().version));
  // The backup holds the generation of its day, which servers may have
  // rendered under before other data replaced it. (A backup from before
  // schema version 4 has none; migrating it draws a new one.)
  return InWrite([&]() -> Status {
    HELHED_ASSIGN_OR_RETURN(const bool has_generation, conn_->TableExists("data_generation"));
    return has_generation ? NewDataGeneration() : OkStatus();
  });
}

}  // namespace helhed::store::internal
