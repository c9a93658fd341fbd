// SPDX-License-Identifier: Apache-2.0
// Store: the durable home of plans (every save a revision), approvals,
// measurements, org units, users, memberships, sessions and the audit log.
// One interface, two backends (SQLite file, PostgreSQL) opened by OpenStore()
// in open_store.h; store_contract_test.cc holds both to the same behaviour.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/base/status.h"
#include "helhed/base/statusor.h"
#include "helhed/store/records.h"

namespace helhed::store {

// Errors, for every method: kUnavailable when the database cannot be reached
// or is locked by another process, kResourceExhausted when the disk is full,
// kPermissionDenied when the file or server refuses writing, kDataLoss when
// stored data is damaged. A failed write changes nothing (one transaction).
// Messages are Danish and meant for the user. Not thread-safe: use one Store
// per thread; several processes may share one database.
class Store {
 public:
  virtual ~Store() = default;

  // "sqlite" or "postgresql".
  virtual std::string_view backend() const = 0;
  // The URL the store was opened with, with any password masked.
  virtual std::string display_url() const = 0;
  // False once the connection to the database is lost for good (a
  // PostgreSQL server restarted); a StorePool then opens a new one.
  virtual bool connected() const = 0;

  // The schema version the database holds (0 when not created).
  virtual StatusOr<int> SchemaVersion() = 0;

  // --- Plans and revisions -------------------------------------------------

  // Saves a new plan as revision 1. Returns the revision's info (with the new
  // plan id).
  virtual StatusOr<RevisionInfo> CreatePlan(const NewRevision& revision) = 0;

  // Saves `revision` as the child of `base_revision`. kAborted, naming who
  // saved what and when, if the plan's latest revision is no longer
  // `base_revision` (someone else saved first); kNotFound for an unknown
  // plan. Holds across processes and backends (compare-and-set on the plan's
  // head in one transaction).
  virtual StatusOr<RevisionInfo> SaveRevision(PlanId plan_id, int base_revision,
                                              const NewRevision& revision) = 0;

  virtual StatusOr<std::vector<PlanSummary>> ListPlans() = 0;
  // kNotFound for an unknown plan.
  virtual StatusOr<PlanSummary> GetPlan(PlanId plan_id) = 0;
  // Oldest first.
  virtual StatusOr<std::vector<RevisionInfo>> ListRevisions(PlanId plan_id) = 0;
  // kNotFound for an unknown plan or revision.
  virtual StatusOr<Revision> GetRevision(PlanId plan_id, int revision) = 0;
  // The latest revision saved at or before `time`; kNotFound if the plan did
  // not exist yet.
  virtual StatusOr<Revision> GetRevisionAsOf(PlanId plan_id, Timestamp time) = 0;

  // --- Approvals -----------------------------------------------------------

  // Records a decision (recorded_at is set from the clock). kNotFound for an
  // unknown plan or revision.
  virtual Status RecordApproval(const Approval& approval) = 0;
  // Ordered by revision, then recording time.
  virtual StatusOr<std::vector<Approval>> ListApprovals(PlanId plan_id) = 0;

  // --- Measurements --------------------------------------------------------

  // Inserts or replaces the value for (indicator, org unit, period).
  // kNotFound if the org unit does not exist.
  virtual Status PutMeasurement(const Measurement& measurement) = 0;
  // All measurements of an org unit, optionally for one indicator; ordered by
  // indicator, then period.
  virtual StatusOr<std::vector<Measurement>> ListMeasurements(
      std::string_view org_unit, std::optional<std::string_view> indicator) = 0;
  // Inserts or replaces `units` (in order, so parents come first) and then
  // `measurements`, in one transaction: all or nothing. A computation of
  // thousands of rows is one commit instead of thousands. Errors as
  // PutOrgUnit and PutMeasurement; nothing is saved on error.
  virtual Status PutMeasurementBatch(const std::vector<OrgUnit>& units,
                                     const std::vector<Measurement>& measurements) = 0;

  // --- § 61 a list results -------------------------------------------------

  // Inserts or replaces the result for (area, list year), with an audit
  // entry "lists.store" in the same transaction; stored_at is set.
  virtual Status PutListResult(const ListResult& result) = 0;
  // Every stored list year of `area_id`, oldest first.
  virtual StatusOr<std::vector<ListResult>> ListListResults(std::string_view area_id) = 0;

  // --- Local data entry (indicator assignments, entered values) -----------

  // Gives the indicator to `assignment.login` (replacing the name and who
  // assigned it when already given), with an audit entry
  // "indicator.assign" in the same transaction; assigned_at is set.
  // kNotFound for an unknown plan or user.
  virtual Status AssignIndicator(const IndicatorAssignment& assignment) = 0;
  // Takes it back, with an audit entry "indicator.unassign" by `by`.
  // kNotFound when that user does not have that indicator.
  virtual Status UnassignIndicator(PlanId plan_id, std::string_view indicator_key, std::string_view login,
                                   std::string_view by) = 0;
  // The plan's assignments, optionally one user's, ordered by key then login.
  virtual StatusOr<std::vector<IndicatorAssignment>> ListAssignments(PlanId plan_id,
                                                                     std::optional<std::string_view> login) = 0;
  // Saves `entry` as the next version for its (plan, key, unit, period), and
  // in the same transaction inserts the org units in `units` that do not
  // exist yet (parents first; existing ones are left as they are), puts
  // `measurement` (the published form of the entry) and appends the audit
  // entry "local_data.enter". `replaces` is the version the caller saw as
  // the newest: absent when it saw none. kAlreadyExists (naming who entered
  // what and when) when a version exists and `replaces` is absent; kAborted
  // when `replaces` is not the newest version (someone saved after it).
  // Returns the entry as saved (version, entered_at).
  virtual StatusOr<LocalEntry> SaveLocalEntry(const LocalEntry& entry, std::optional<int> replaces,
                                              const std::vector<OrgUnit>& units, const Measurement& measurement) = 0;
  // Every version of the plan's entries, optionally for one indicator,
  // ordered by key, unit, period, version.
  virtual StatusOr<std::vector<LocalEntry>> ListLocalEntries(PlanId plan_id,
                                                             std::optional<std::string_view> indicator_key) = 0;

  // --- Org units -----------------------------------------------------------

  // Inserts or replaces. kNotFound if the parent does not exist.
  virtual Status PutOrgUnit(const OrgUnit& unit) = 0;
  virtual StatusOr<OrgUnit> GetOrgUnit(std::string_view id) = 0;
  // Direct children of `parent` (or the roots when absent), ordered by id.
  virtual StatusOr<std::vector<OrgUnit>> ListOrgUnits(std::optional<std::string_view> parent) = 0;

  // --- Users, memberships, sessions ---------------------------------------

  // Inserts or replaces a user.
  virtual Status PutUser(const User& user) = 0;
  virtual StatusOr<User> GetUser(std::string_view login) = 0;
  // Gives `login` the role on the plan (replacing an earlier role).
  virtual Status SetMembership(const Membership& membership) = 0;
  virtual Status RemoveMembership(PlanId plan_id, std::string_view login) = 0;
  // Ordered by login.
  virtual StatusOr<std::vector<Membership>> ListMemberships(PlanId plan_id) = 0;
  // Every plan `login` has a role on, ordered by plan id (one query: the web
  // application asks on every request).
  virtual StatusOr<std::vector<Membership>> ListUserMemberships(std::string_view login) = 0;
  virtual Status CreateSession(const Session& session) = 0;
  // kNotFound for an unknown or expired session (expiry checked on the clock).
  // With the user's display name, in one query (the web application asks on
  // every request).
  virtual StatusOr<Session> GetSession(std::string_view token_hash) = 0;
  virtual Status DeleteSession(std::string_view token_hash) = 0;

  // --- Data generation ----------------------------------------------------

  // A number that every write of measurements (PutMeasurement,
  // PutMeasurementBatch, SaveLocalEntry), org units, list results and
  // approvals replaces by a new random one in its own transaction, as does
  // Restore. Equal generations read at two times mean none of those data
  // changed in between, in any process; so what is rendered from them may be
  // kept under the generation read before rendering (web/internal/plan_view_cache.h).
  virtual StatusOr<std::int64_t> DataGeneration() = 0;

  // --- Audit log (append-only) --------------------------------------------

  // Appends; id and time are set by the store. Plan saves and approvals add
  // their own entries in the same transaction.
  virtual Status AppendAudit(const AuditEntry& entry) = 0;
  // The newest `limit` entries, oldest first.
  virtual StatusOr<std::vector<AuditEntry>> ListAudit(int limit) = 0;

  // --- Backup --------------------------------------------------------------

  // Writes a consistent copy to `path` while others may be writing
  // (SQLite online backup; pg_dump for PostgreSQL). Refuses to overwrite an
  // existing file (kAlreadyExists).
  virtual Status Backup(const std::filesystem::path& path) = 0;
  // Replaces the database's content with a backup made by Backup(). The
  // backup is checked first (kInvalidArgument if it is not a helhed backup
  // or is from a newer schema); nothing changes on failure.
  virtual Status Restore(const std::filesystem::path& path) = 0;
};

}  // namespace helhed::store
