// SPDX-License-Identifier: Apache-2.0
// SqlStore: the Store interface written once in portable SQL over a
// SqlConnection. Both backends share it, so the contract tests exercise the
// same code paths on SQLite and PostgreSQL; only the adapters differ.
#pragma once

#include <functional>
#include <memory>

#include "helhed/store/clock.h"
#include "helhed/store/internal/sql_connection.h"
#include "helhed/store/store.h"

namespace helhed::store::internal {

class SqlStore : public Store {
 public:
  SqlStore(std::unique_ptr<SqlConnection> conn, std::shared_ptr<Clock> clock)
      : conn_(std::move(conn)), clock_(std::move(clock)) {}

  std::string_view backend() const override;
  std::string display_url() const override { return conn_->display_url(); }
  bool connected() const override { return conn_->connected(); }
  StatusOr<int> SchemaVersion() override;

  StatusOr<RevisionInfo> CreatePlan(const NewRevision& revision) override;
  StatusOr<RevisionInfo> SaveRevision(PlanId plan_id, int base_revision, const NewRevision& revision) override;
  StatusOr<std::vector<PlanSummary>> ListPlans() override;
  StatusOr<PlanSummary> GetPlan(PlanId plan_id) override;
  StatusOr<std::vector<RevisionInfo>> ListRevisions(PlanId plan_id) override;
  StatusOr<Revision> GetRevision(PlanId plan_id, int revision) override;
  StatusOr<Revision> GetRevisionAsOf(PlanId plan_id, Timestamp time) override;

  Status RecordApproval(const Approval& approval) override;
  StatusOr<std::vector<Approval>> ListApprovals(PlanId plan_id) override;

  Status PutMeasurement(const Measurement& measurement) override;
  StatusOr<std::vector<Measurement>> ListMeasurements(std::string_view org_unit,
                                                      std::optional<std::string_view> indicator) override;
  Status PutListResult(const ListResult& result) override;
  StatusOr<std::vector<ListResult>> ListListResults(std::string_view area_id) override;
  Status AssignIndicator(const IndicatorAssignment& assignment) override;
  Status UnassignIndicator(PlanId plan_id, std::string_view indicator_key, std::string_view login,
                           std::string_view by) override;
  StatusOr<std::vector<IndicatorAssignment>> ListAssignments(PlanId plan_id,
                                                             std::optional<std::string_view> login) override;
  StatusOr<LocalEntry> SaveLocalEntry(const LocalEntry& entry, std::optional<int> replaces,
                                      const std::vector<OrgUnit>& units, const Measurement& measurement) override;
  StatusOr<std::vector<LocalEntry>> ListLocalEntries(PlanId plan_id,
                                                     std::optional<std::string_view> indicator_key) override;
  Status PutOrgUnit(const OrgUnit& unit) override;
  Status PutMeasurementBatch(const std::vector<OrgUnit>& units, const std::vector<Measurement>& measurements) override;
  StatusOr<OrgUnit> GetOrgUnit(std::string_view id) override;
  StatusOr<std::vector<OrgUnit>> ListOrgUnits(std::optional<std::string_view> parent) override;

  Status PutUser(const User& user) override;
  StatusOr<User> GetUser(std::string_view login) override;
  Status SetMembership(const Membership& membership) override;
  Status RemoveMembership(PlanId plan_id, std::string_view login) override;
  StatusOr<std::vector<Membership>> ListMemberships(PlanId plan_id) override;
  StatusOr<std::vector<Membership>> ListUserMemberships(std::string_view login) override;
  Status CreateSession(const Session& session) override;
  StatusOr<Session> GetSession(std::string_view token_hash) override;
  Status DeleteSession(std::string_view token_hash) override;

  StatusOr<std::int64_t> DataGeneration() override;

  Status AppendAudit(const AuditEntry& entry) override;
  StatusOr<std::vector<AuditEntry>> ListAudit(int limit) override;

  Status Backup(const std::filesystem::path& path) override;
  Status Restore(const std::filesystem::path& path) override;

 private:
  // Runs `body` in one transaction; rolls back on any error so nothing is
  // half-written.
  // The bodies of PutOrgUnit and PutMeasurement, inside a caller's transaction.
  Status UpsertOrgUnit(const OrgUnit& unit);
  Status UpsertMeasurement(const Measurement& measurement);
  Status InWrite(const std::function<Status()>& body);
  // Replaces the data generation (Store::DataGeneration), inside a caller's
  // write transaction.
  Status NewDataGeneration();
  Status InRead(const std::function<Status()>& body);

  StatusOr<SqlResult> Q(std::string_view sql, const std::vector<SqlValue>& params) {
    return conn_->Query(sql, params);
  }
  Status InsertAudit(std::string_view user, std::string_view action, std::string_view object,
                     std::string_view detail);
  Status InsertRevision(PlanId plan_id, int revision, std::optional<int> parent, Timestamp time,
                        const NewRevision& rev);
  StatusOr<std::vector<PartChange>> LoadChanges(PlanId plan_id, int revision);
  StatusOr<Revision> LoadRevisionWhere(PlanId plan_id, std::string_view condition, const SqlValue& arg,
                                       const std::string& not_found);
  Status ConflictError(PlanId plan_id, int base_revision);
  Status RequirePlan(PlanId plan_id);

  std::unique_ptr<SqlConnection> conn_;
  std::shared_ptr<Clock> clock_;
};

}  // namespace helhed::store::internal
