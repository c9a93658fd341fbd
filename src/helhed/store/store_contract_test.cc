// SPDX-License-Identifier: Apache-2.0
// The store contract: every behaviour the rest of helhed relies on, run
// against both backends (SQLite file in a scratch dir; PostgreSQL from
// HELHED_TEST_PG_DSN, a fresh database per test). With HELHED_REQUIRE_PG=1
// (CI) a missing DSN fails instead of skipping.
#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <random>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/store/open_store.h"
#include "helhed/store/store_pool.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::store {
namespace {

using ::helhed::testing::IsOk;
using ::helhed::testing::ScratchDir;
using ::helhed::testing::StatusIs;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::SizeIs;

Timestamp At(int year, int month, int day, int hour = 12, int minute = 0) {
  return StartOfDay(Date(year, month, day)) + std::chrono::hours(hour) + std::chrono::minutes(minute);
}

std::string PlanJson(std::string_view baseline) {
  return R"({"format": "helhed/plan@1", "name": "Den Bydækkende Helhedsplan", "grant_frame": "2019-26",
"sub_agreements": [{"focus_area": "Beskæftigelse", "goals": [{"text": "Flere i job", "indicators": [{"name": "Andel",
"unit": "share", "baselines": [{"scope": "plan", "value": {"unit": "share", "value": )" +
         std::string(baseline) + "}}]}]}]}]}\n";
}

NewRevision Rev(std::string author, std::string message, std::string json,
                std::vector<PartChange> changes = {{"sub_agreement", "Beskæftigelse", Approver::kBoard, false, false}}) {
  return NewRevision{std::move(author), std::move(message), std::move(json), "Den Bydækkende Helhedsplan", "2019-26",
                     std::move(changes)};
}

// Runs SQL outside the store (to fake a newer schema or tamper with rows);
// returns the tool's exit status.
int RunSqlTool(const std::string& url, const std::string& sql) {
  std::string command;
  if (url.rfind("sqlite:", 0) == 0) {
    command = "sqlite3 '" + url.substr(7) + "' \"" + sql + "\" >/dev/null 2>&1";
  } else {
    command = "psql -q -v ON_ERROR_STOP=1 '" + url + "' -c \"" + sql + "\" >/dev/null 2>&1";
  }
  const int rc = std::system(command.c_str());
  return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

// "postgresql://u@h:p/db?x" -> same with `db` replaced.
std::string WithDatabase(const std::string& dsn, const std::string& db) {
  const auto query = dsn.find('?');
  const std::string base = dsn.substr(0, query);
  const auto slash = base.rfind('/');
  return base.substr(0, slash + 1) + db + (query == std::string::npos ? "" : dsn.substr(query));
}

class StoreContractTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "sqlite") {
      url_ = "sqlite:" + (scratch_.path() / "helhed.db").string();
      return;
    }
    const char* dsn = std::getenv("HELHED_TEST_PG_DSN");
    if (dsn == nullptr || *dsn == '\0') {
      const char* require = std::getenv("HELHED_REQUIRE_PG");
      if (require != nullptr && std::string(require) == "1") {
        FAIL() << "HELHED_REQUIRE_PG=1, men HELHED_TEST_PG_DSN er ikke sat: start en klynge med "
                  "scripts/pg-test-cluster.sh start";
      }
      GTEST_SKIP() << "PostgreSQL-kontrakttest sprunget over: HELHED_TEST_PG_DSN er ikke sat "
                      "(scripts/pg-test-cluster.sh start giver en)";
    }
    admin_dsn_ = dsn;
    std::random_device rd;
    db_name_ = "helhed_contract_" + std::to_string(rd() % 1000000000u);
    ASSERT_EQ(RunSqlTool(admin_dsn_, "CREATE DATABASE " + db_name_), 0) << "kunne ikke oprette testdatabase";
    url_ = WithDatabase(admin_dsn_, db_name_);
  }

  void TearDown() override {
    if (!db_name_.empty()) RunSqlTool(admin_dsn_, "DROP DATABASE IF EXISTS " + db_name_ + " WITH (FORCE)");
  }

  std::unique_ptr<Store> Open(SchemaMode mode = SchemaMode::kCreate) {
    StoreOptions options;
    options.schema = mode;
    options.clock = clock_;
    options.busy_timeout = std::chrono::milliseconds(10000);
    auto store = OpenStore(url_, options);
    EXPECT_THAT(store, IsOk());
    return store.ok() ? std::move(store).value() : nullptr;
  }

  ScratchDir scratch_;
  std::string url_;
  std::string admin_dsn_;
  std::string db_name_;
  std::shared_ptr<ManualClock> clock_ = std::make_shared<ManualClock>(At(2024, 3, 1, 10));
};

TEST_P(StoreContractTest, InitMigratesEmptyDatabaseToCurrentVersion) {
  auto store = Open(SchemaMode::kCreate);
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(store->backend(), GetParam());
  ASSERT_OK_AND_ASSIGN(int version, store->SchemaVersion());
  EXPECT_EQ(version, CurrentSchemaVersion());
  EXPECT_EQ(version, 4);
  store.reset();
  // A second init and a plain open both accept the current schema.
  EXPECT_NE(Open(SchemaMode::kCreate), nullptr);
  EXPECT_NE(Open(SchemaMode::kRequireCurrent), nullptr);
}

TEST_P(StoreContractTest, UninitialisedDatabaseAsksForInit) {
  StoreOptions options;
  options.schema = SchemaMode::kRequireCurrent;
  auto store = OpenStore(url_, options);
  if (GetParam() == "sqlite") {
    EXPECT_THAT(store, StatusIs(StatusCode::kNotFound, HasSubstr("findes ikke")));
    EXPECT_FALSE(std::filesystem::exists(scratch_.path() / "helhed.db"));
  } else {
    EXPECT_THAT(store, StatusIs(StatusCode::kFailedPrecondition,
                                HasSubstr("er ikke oprettet endnu. Opret den med 'helhed db init")));
  }
}

TEST_P(StoreContractTest, RefusesDatabaseFromNewerVersionAndTouchesNothing) {
  ASSERT_NE(Open(), nullptr);
  ASSERT_EQ(RunSqlTool(url_, "INSERT INTO schema_version (version, name, applied_at) VALUES (7, 'future', 'x')"), 0);
  for (SchemaMode mode : {SchemaMode::kRequireCurrent, SchemaMode::kMigrate, SchemaMode::kCreate}) {
    StoreOptions options;
    options.schema = mode;
    auto store = OpenStore(url_, options);
    EXPECT_THAT(store, StatusIs(StatusCode::kFailedPrecondition,
                                HasSubstr("er fra en nyere version af helhed (skemaversion 7; denne helhed kender "
                                          "kun op til version 4). Intet er ændret.")));
  }
  // The refusal left the rows as they were.
  EXPECT_EQ(RunSqlTool(url_, "DELETE FROM schema_version WHERE version = 7"), 0);
  EXPECT_NE(Open(SchemaMode::kRequireCurrent), nullptr);
}

TEST_P(StoreContractTest, EverySaveIsARevision) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_OK_AND_ASSIGN(RevisionInfo first, store->CreatePlan(Rev("Anna Sekretær", "Første version", PlanJson("42.6"))));
  EXPECT_EQ(first.plan_id, 1);
  EXPECT_EQ(first.revision, 1);
  EXPECT_EQ(first.parent, std::nullopt);
  clock_->Advance(std::chrono::hours(24));
  ASSERT_OK_AND_ASSIGN(RevisionInfo second,
                       store->SaveRevision(1, 1, Rev("Mette Hansen", "Ny baseline", PlanJson("41.9"))));
  EXPECT_EQ(second.revision, 2);
  EXPECT_EQ(second.parent, 1);

  ASSERT_OK_AND_ASSIGN(PlanSummary plan, store->GetPlan(1));
  EXPECT_EQ(plan.head_revision, 2);
  EXPECT_EQ(plan.name, "Den Bydækkende Helhedsplan");
  EXPECT_EQ(FormatTimestamp(plan.created), "2024-03-01T10:00:00Z");
  EXPECT_EQ(FormatTimestamp(plan.updated), "2024-03-02T10:00:00Z");

  ASSERT_OK_AND_ASSIGN(auto revisions, store->ListRevisions(1));
  ASSERT_THAT(revisions, SizeIs(2));
  EXPECT_EQ(revisions[0].author, "Anna Sekretær");
  EXPECT_EQ(revisions[1].message, "Ny baseline");
  EXPECT_EQ(FormatTimestamp(revisions[1].time), "2024-03-02T10:00:00Z");
  EXPECT_THAT(revisions[1].changes,
              ElementsAre(PartChange{"sub_agreement", "Beskæftigelse", Approver::kBoard, false, false}));

  ASSERT_OK_AND_ASSIGN(Revision stored, store->GetRevision(1, 1));
  EXPECT_EQ(stored.plan_json, PlanJson("42.6"));
  ASSERT_OK_AND_ASSIGN(auto plans, store->ListPlans());
  ASSERT_THAT(plans, SizeIs(1));
  EXPECT_EQ(plans[0].head_revision, 2);
}

TEST_P(StoreContractTest, StaleBaseIsRefusedNamingWhoChangedWhatAndWhen) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_OK(store->CreatePlan(Rev("Anna Sekretær", "Første version", PlanJson("42.6"))).status());
  ASSERT_OK(store->SaveRevision(1, 1, Rev("Mette Hansen", "Ny baseline", PlanJson("41.9"))).status());
  clock_->Advance(std::chrono::minutes(5));
  auto stale = store->SaveRevision(1, 1,
                                   Rev("Anna Sekretær", "Budget", PlanJson("40.0"),
                                       {{"budget", "", Approver::kLbf, true, false}}));
  EXPECT_THAT(stale, StatusIs(StatusCode::kAborted,
                              "Konflikt: plan 1 er ændret, siden du hentede revision 1: revision 2 blev gemt af "
                              "Mette Hansen 01.03.2024 kl. 10:00 UTC og ændrede Delaftale Beskæftigelse "
                              "(\"Ny baseline\"). Din ændring er ikke gemt. Hent revision 2, indarbejd dine "
                              "ændringer, og gem igen oven på den."));
  ASSERT_OK_AND_ASSIGN(auto revisions, store->ListRevisions(1));
  EXPECT_THAT(revisions, SizeIs(2));
  EXPECT_THAT(store->SaveRevision(1, 5, Rev("A", "B", PlanJson("1"))),
              StatusIs(StatusCode::kNotFound, HasSubstr("har ingen revision 5 (den seneste er 2)")));
  EXPECT_THAT(store->SaveRevision(9, 1, Rev("A", "B", PlanJson("1"))),
              StatusIs(StatusCode::kNotFound, "Der findes ingen plan med id 9."));
}

// Several connections race from the same base, as several processes or
// servers would: exactly one wins each round and no save is lost.
TEST_P(StoreContractTest, ConcurrentWritersNeverLoseWork) {
  auto setup = Open();
  ASSERT_NE(setup, nullptr);
  ASSERT_OK(setup->CreatePlan(Rev("Anna", "Første", PlanJson("1"))).status());
  constexpr int kWriters = 4;
  constexpr int kSavesEach = 5;
  std::atomic<int> conflicts{0};
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int writer = 0; writer < kWriters; ++writer) {
    threads.emplace_back([&, writer] {
      StoreOptions options;
      options.clock = clock_;
      options.busy_timeout = std::chrono::milliseconds(20000);
      auto opened = OpenStore(url_, options);
      if (!opened.ok()) {
        ++failures;
        return;
      }
      auto store = std::move(opened).value();
      for (int saved = 0; saved < kSavesEach;) {
        auto plan = store->GetPlan(1);
        if (!plan.ok()) {
          ++failures;
          return;
        }
        auto result = store->SaveRevision(1, plan->head_revision,
                                          Rev("skriver " + std::to_string(writer), "gem " + std::to_string(saved),
                                              PlanJson(std::to_string(writer))));
        if (result.ok()) {
          ++saved;
        } else if (result.status().code() == StatusCode::kAborted) {
          ++conflicts;
        } else {
          ++failures;
          return;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  ASSERT_OK_AND_ASSIGN(auto revisions, setup->ListRevisions(1));
  ASSERT_THAT(revisions, SizeIs(1 + kWriters * kSavesEach));
  for (std::size_t idx = 1; idx < revisions.size(); ++idx) {
    EXPECT_EQ(revisions[idx].revision, static_cast<int>(idx) + 1);
    EXPECT_EQ(revisions[idx].parent, static_cast<int>(idx));
  }
}

// The web server's pool: threads lease their own Store, read in parallel
// while others write, never get more connections than allowed, and every
// save still lands exactly once.
TEST_P(StoreContractTest, PoolGivesEachThreadItsOwnStore) {
  auto first = Open();
  ASSERT_NE(first, nullptr);
  EXPECT_TRUE(first->connected());
  ASSERT_OK(first->CreatePlan(Rev("Anna", "Første", PlanJson("1"))).status());
  StoreOptions options;
  options.clock = clock_;
  options.busy_timeout = std::chrono::milliseconds(20000);
  constexpr std::size_t kMaxOpen = 3;
  StorePool pool(std::move(first), url_, options, kMaxOpen);
  constexpr int kThreads = 6;
  constexpr int kRounds = 20;
  std::atomic<int> failures{0};
  std::atomic<int> saves{0};
  std::atomic<std::size_t> most_open{0};
  std::vector<std::thread> threads;
  for (int thread = 0; thread < kThreads; ++thread) {
    threads.emplace_back([&, thread] {
      for (int round = 0; round < kRounds; ++round) {
        auto lease = pool.Acquire();
        if (!lease.ok()) {
          ++failures;
          return;
        }
        std::size_t open = pool.open_count();
        std::size_t seen = most_open.load();
        while (open > seen && !most_open.compare_exchange_weak(seen, open)) {
        }
        auto plan = (*lease)->GetPlan(1);
        if (!plan.ok()) {
          ++failures;
          return;
        }
        if (thread == 0 && round % 4 == 0) {
          auto saved = (*lease)->SaveRevision(1, plan->head_revision, Rev("skriver", "gem", PlanJson("2")));
          if (saved.ok()) {
            ++saves;
          } else if (saved.status().code() != StatusCode::kAborted) {
            ++failures;
          }
        } else if (!(*lease)->ListRevisions(1).ok()) {
          ++failures;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_LE(most_open.load(), kMaxOpen);
  EXPECT_LE(pool.open_count(), kMaxOpen);
  ASSERT_OK_AND_ASSIGN(auto lease, pool.Acquire());
  ASSERT_OK_AND_ASSIGN(auto revisions, lease->ListRevisions(1));
  EXPECT_THAT(revisions, SizeIs(1 + saves.load()));
  EXPECT_EQ(saves.load(), kRounds / 4);
}

TEST_P(StoreContractTest, AsOfGivesThePlanAsItStoodOnThatDate) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  clock_->Set(At(2024, 1, 10, 9));
  ASSERT_OK(store->CreatePlan(Rev("Anna", "Første", PlanJson("42.6"))).status());
  clock_->Set(At(2024, 6, 1, 23, 59));
  ASSERT_OK(store->SaveRevision(1, 1, Rev("Mette", "Anden", PlanJson("41.9"))).status());
  clock_->Set(At(2024, 9, 15, 0, 0));
  ASSERT_OK(store->SaveRevision(1, 2, Rev("Mette", "Tredje", PlanJson("40.0"))).status());

  ASSERT_OK_AND_ASSIGN(Revision may, store->GetRevisionAsOf(1, EndOfDay(Date(2024, 5, 31))));
  EXPECT_EQ(may.info.revision, 1);
  EXPECT_EQ(may.plan_json, PlanJson("42.6"));
  ASSERT_OK_AND_ASSIGN(Revision june, store->GetRevisionAsOf(1, EndOfDay(Date(2024, 6, 1))));
  EXPECT_EQ(june.info.revision, 2);
  ASSERT_OK_AND_ASSIGN(Revision later, store->GetRevisionAsOf(1, EndOfDay(Date(2025, 1, 1))));
  EXPECT_EQ(later.info.revision, 3);
  EXPECT_THAT(store->GetRevisionAsOf(1, EndOfDay(Date(2024, 1, 9))),
              StatusIs(StatusCode::kNotFound, "Plan 1 fandtes ikke endnu 09.01.2024 kl. 23:59 UTC."));
}

TEST_P(StoreContractTest, ApprovalsAreRecordedPerRevision) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_OK(store->CreatePlan(Rev("Anna", "Første", PlanJson("42.6"))).status());
  ASSERT_OK(store->RecordApproval(
      Approval{1, 1, Approver::kBoard, Date(2024, 3, 14), "Bestyrelsesmøde 14.03.2024, pkt. 4", "Anna", {}}));
  ASSERT_OK(store->RecordApproval(Approval{1, 1, Approver::kLbf, Date(2024, 4, 2), "LBF j.nr. 2024-117", "Anna", {}}));
  EXPECT_THAT(store->RecordApproval(Approval{1, 3, Approver::kBoard, Date(2024, 3, 14), "x", "Anna", {}}),
              StatusIs(StatusCode::kNotFound, "Plan 1 har ingen revision 3."));
  ASSERT_OK_AND_ASSIGN(auto approvals, store->ListApprovals(1));
  ASSERT_THAT(approvals, SizeIs(2));
  EXPECT_EQ(approvals[0].approver, Approver::kBoard);
  EXPECT_EQ(approvals[0].decision_date, Date(2024, 3, 14));
  EXPECT_EQ(approvals[0].reference, "Bestyrelsesmøde 14.03.2024, pkt. 4");
  EXPECT_EQ(approvals[1].approver, Approver::kLbf);
  EXPECT_EQ(FormatTimestamp(approvals[1].recorded_at), "2024-03-01T10:00:00Z");
}

TEST_P(StoreContractTest, MeasurementsKeepCountsIntervalsAndProvenance) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_OK(store->PutOrgUnit(OrgUnit{"607", "Fredericia Kommune", OrgLevel::kKommune, std::nullopt}));
  ASSERT_OK(store->PutOrgUnit(OrgUnit{"plan-1", "Den Bydækkende Helhedsplan", OrgLevel::kPlan, "607"}));
  Measurement m{"F3", "plan-1", "2023", 306.0, 1385.0, 22.093862815884478, 19.9, 24.3, "ok",
                "DST via LBF Boligsociale Data", {"sha256:ab12", "helhed 0.1.0", R"({"suppress_below":5})"}};
  ASSERT_OK(store->PutMeasurement(m));
  Measurement suppressed{"F3", "plan-1", "2022", std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                         std::nullopt, "suppressed", "DST", {"sha256:cd34", "helhed 0.1.0", "{}"}};
  ASSERT_OK(store->PutMeasurement(suppressed));
  m.value = 22.1;  // replaces, never duplicates
  ASSERT_OK(store->PutMeasurement(m));
  ASSERT_OK_AND_ASSIGN(auto list, store->ListMeasurements("plan-1", std::nullopt));
  EXPECT_THAT(list, ElementsAre(suppressed, m));
  ASSERT_OK_AND_ASSIGN(auto only, store->ListMeasurements("plan-1", std::string_view("F9")));
  EXPECT_THAT(only, SizeIs(0));
  m.org_unit = "LEJ-99";
  EXPECT_THAT(store->PutMeasurement(m),
              StatusIs(StatusCode::kNotFound, "Organisationsenheden \"LEJ-99\" findes ikke."));
}

TEST_P(StoreContractTest, MeasurementBatchIsAllOrNothing) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  const std::vector<OrgUnit> units = {OrgUnit{"land:DK", "Hele landet", OrgLevel::kLand, std::nullopt},
                                      OrgUnit{"kommune:607", "Fredericia", OrgLevel::kKommune, "land:DK"}};
  Measurement f4{"F4", "kommune:607", "2023", 120.0, 800.0, 15.0, 12.7, 17.6, "ok", "DST", {"b2:1", "helhed", "{}"}};
  Measurement land = f4;
  land.org_unit = "land:DK";
  ASSERT_OK(store->PutMeasurementBatch(units, {f4, land}));
  ASSERT_OK_AND_ASSIGN(auto listed, store->ListMeasurements("kommune:607", std::nullopt));
  EXPECT_THAT(listed, ElementsAre(f4));

  // A measurement for an unknown unit refuses the whole batch: the new unit and
  // the changed value are not saved either.
  Measurement changed = f4;
  changed.value = 99.0;
  Measurement orphan = f4;
  orphan.org_unit = "afdeling:nowhere";
  const std::vector<OrgUnit> more = {OrgUnit{"region:1083", "Region Syddanmark", OrgLevel::kRegion, "land:DK"}};
  EXPECT_THAT(store->PutMeasurementBatch(more, {changed, orphan}),
              StatusIs(StatusCode::kNotFound, "Organisationsenheden \"afdeling:nowhere\" findes ikke."));
  ASSERT_OK_AND_ASSIGN(listed, store->ListMeasurements("kommune:607", std::nullopt));
  EXPECT_THAT(listed, ElementsAre(f4));
  EXPECT_THAT(store->GetOrgUnit("region:1083"), StatusIs(StatusCode::kNotFound));
}

TEST_P(StoreContractTest, ListResultsAreKeptPerAreaAndYearWithProvenance) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  ListResult r2023{2023, "zone-1", "Zone 1", "udsat", "register", R"({"format": "helhed/lists@1"})", "anna", {},
                   Provenance{"blake2b:ab12", "helhed 0.1", R"({"year": 2023})"}};
  ListResult r2024 = r2023;
  r2024.list_year = 2024;
  r2024.category = "none";
  ASSERT_OK(store->PutListResult(r2024));
  ASSERT_OK(store->PutListResult(r2023));
  clock_->Advance(std::chrono::hours(1));
  r2024.category = "forebyggelse";  // computed again: replaces
  ASSERT_OK(store->PutListResult(r2024));
  ASSERT_OK_AND_ASSIGN(auto results, store->ListListResults("zone-1"));
  ASSERT_THAT(results, SizeIs(2));
  r2023.stored_at = At(2024, 3, 1, 10);
  r2024.stored_at = At(2024, 3, 1, 11);
  EXPECT_EQ(results[0], r2023);
  EXPECT_EQ(results[1], r2024);
  ASSERT_OK_AND_ASSIGN(auto none, store->ListListResults("zone-2"));
  EXPECT_THAT(none, SizeIs(0));
  ASSERT_OK_AND_ASSIGN(auto audit, store->ListAudit(10));
  ASSERT_THAT(audit, SizeIs(3));
  EXPECT_EQ(audit[2].action, "lists.store");
  EXPECT_EQ(audit[2].object, "area/zone-1");
  EXPECT_EQ(audit[2].detail, "listeår 2024: forebyggelse (register)");
}

TEST_P(StoreContractTest, IndicatorAssignmentsAreGivenAndTakenWithAudit) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_OK_AND_ASSIGN(const RevisionInfo plan, store->CreatePlan(Rev("anna", "Første", PlanJson("42.6"))));
  ASSERT_OK(store->PutUser({"pia", "Pia Partner", "hash"}));
  ASSERT_OK(store->PutUser({"per", "Per Partner", "hash"}));
  ASSERT_OK(store->AssignIndicator({plan.plan_id, "d1m1i1", "pia", "Andel", "anna", {}}));
  clock_->Advance(std::chrono::hours(1));
  ASSERT_OK(store->AssignIndicator({plan.plan_id, "d1m1i1", "per", "Andel", "anna", {}}));
  ASSERT_OK(store->AssignIndicator({plan.plan_id, "m4i2", "pia", "Andel frivillige", "anna", {}}));
  ASSERT_OK_AND_ASSIGN(auto all, store->ListAssignments(plan.plan_id, std::nullopt));
  ASSERT_THAT(all, SizeIs(3));
  EXPECT_EQ(all[0], (IndicatorAssignment{plan.plan_id, "d1m1i1", "per", "Andel", "anna", At(2024, 3, 1, 11)}));
  EXPECT_EQ(all[1].login, "pia");
  EXPECT_EQ(all[1].assigned_at, At(2024, 3, 1, 10));
  ASSERT_OK_AND_ASSIGN(auto pias, store->ListAssignments(plan.plan_id, std::string_view("pia")));
  ASSERT_THAT(pias, SizeIs(2));
  EXPECT_EQ(pias[1].indicator_key, "m4i2");

  ASSERT_OK(store->UnassignIndicator(plan.plan_id, "d1m1i1", "pia", "anna"));
  EXPECT_THAT(store->UnassignIndicator(plan.plan_id, "d1m1i1", "pia", "anna"),
              StatusIs(StatusCode::kNotFound, HasSubstr("har ikke indikatoren d1m1i1")));
  ASSERT_OK_AND_ASSIGN(pias, store->ListAssignments(plan.plan_id, std::string_view("pia")));
  ASSERT_THAT(pias, SizeIs(1));
  EXPECT_THAT(store->AssignIndicator({plan.plan_id, "d1m1i1", "nobody", "Andel", "anna", {}}),
              StatusIs(StatusCode::kNotFound, "Brugeren \"nobody\" findes ikke."));
  EXPECT_THAT(store->AssignIndicator({plan.plan_id + 7, "d1m1i1", "pia", "Andel", "anna", {}}),
              StatusIs(StatusCode::kNotFound));
  ASSERT_OK_AND_ASSIGN(auto audit, store->ListAudit(10));
  ASSERT_THAT(audit, SizeIs(5));
  EXPECT_EQ(audit[1].action, "indicator.assign");
  EXPECT_EQ(audit[1].detail, "d1m1i1 (Andel) tildelt pia");
  EXPECT_EQ(audit[4].action, "indicator.unassign");
  EXPECT_EQ(audit[4].object, "plan/" + std::to_string(plan.plan_id));
}

TEST_P(StoreContractTest, LocalEntriesAreVersionedNeverOverwritten) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_OK_AND_ASSIGN(const RevisionInfo plan, store->CreatePlan(Rev("anna", "Første", PlanJson("42.6"))));
  const std::vector<OrgUnit> units = {OrgUnit{"boligområde:omraade", "Området", OrgLevel::kBoligomraade, std::nullopt},
                                      OrgUnit{"zone:zone-1", "Zone 1", OrgLevel::kZone, "boligområde:omraade"}};
  LocalEntry entry{plan.plan_id, "d2m3i1", "zone:zone-1", "2025", 0, "count", 41.0, std::nullopt, 41.0,
                   "Fredericia Jobcenter, udtræk 2025-06-30", "", "pia", {}};
  Measurement m{"lokal:1:d2m3i1", "zone:zone-1", "2025", 41.0, std::nullopt, 41.0, std::nullopt, std::nullopt, "ok",
                entry.source, {"", "lokal indtastning", R"({"version":1})"}};
  ASSERT_OK_AND_ASSIGN(const LocalEntry first, store->SaveLocalEntry(entry, std::nullopt, units, m));
  EXPECT_EQ(first.version, 1);
  EXPECT_EQ(first.entered_at, At(2024, 3, 1, 10));
  // The units were created (parents first) and the measurement is there.
  ASSERT_OK_AND_ASSIGN(OrgUnit zone, store->GetOrgUnit("zone:zone-1"));
  EXPECT_EQ(zone.parent, "boligområde:omraade");
  ASSERT_OK_AND_ASSIGN(auto stored, store->ListMeasurements("zone:zone-1", std::nullopt));
  EXPECT_THAT(stored, ElementsAre(m));

  // The same indicator, unit and period again without naming the version:
  // refused, nothing changes.
  LocalEntry again = entry;
  again.value = again.numerator = 44.0;
  Measurement m2 = m;
  m2.value = m2.numerator = 44.0;
  EXPECT_THAT(store->SaveLocalEntry(again, std::nullopt, units, m2),
              StatusIs(StatusCode::kAlreadyExists, HasSubstr("version 1 blev indtastet af pia")));
  // Naming a version that is not the newest: refused as stale.
  EXPECT_THAT(store->SaveLocalEntry(again, 2, units, m2), StatusIs(StatusCode::kAborted, HasSubstr("Konflikt")));
  ASSERT_OK_AND_ASSIGN(stored, store->ListMeasurements("zone:zone-1", std::nullopt));
  EXPECT_THAT(stored, ElementsAre(m));

  // Replacing version 1 explicitly keeps it and adds version 2.
  clock_->Advance(std::chrono::hours(2));
  ASSERT_OK_AND_ASSIGN(const LocalEntry second, store->SaveLocalEntry(again, 1, units, m2));
  EXPECT_EQ(second.version, 2);
  ASSERT_OK_AND_ASSIGN(auto versions, store->ListLocalEntries(plan.plan_id, std::string_view("d2m3i1")));
  ASSERT_THAT(versions, SizeIs(2));
  EXPECT_EQ(versions[0], first);
  EXPECT_EQ(versions[1], second);
  EXPECT_EQ(versions[1].value, 44.0);
  ASSERT_OK_AND_ASSIGN(stored, store->ListMeasurements("zone:zone-1", std::nullopt));
  EXPECT_THAT(stored, ElementsAre(m2));
  ASSERT_OK_AND_ASSIGN(auto other, store->ListLocalEntries(plan.plan_id, std::string_view("m1i1")));
  EXPECT_THAT(other, SizeIs(0));

  // A share keeps numerator and denominator; a missing unit parent refuses
  // the whole save.
  LocalEntry share{plan.plan_id, "d1m1i1", "afdeling:x", "2025", 0, "share", 3.0, 40.0, 7.5, "Skolen", "note",
                   "pia", {}};
  Measurement sm{"lokal:1:d1m1i1", "afdeling:x", "2025", std::nullopt, std::nullopt, std::nullopt, std::nullopt,
                 std::nullopt, "suppressed", "Skolen", {"", "lokal indtastning", "{}"}};
  EXPECT_THAT(store->SaveLocalEntry(share, std::nullopt, {OrgUnit{"afdeling:x", "X", OrgLevel::kAfdeling, "nowhere"}},
                                    sm),
              StatusIs(StatusCode::kNotFound));
  ASSERT_OK_AND_ASSIGN(auto none, store->ListLocalEntries(plan.plan_id, std::string_view("d1m1i1")));
  EXPECT_THAT(none, SizeIs(0));

  ASSERT_OK_AND_ASSIGN(auto audit, store->ListAudit(10));
  ASSERT_THAT(audit, SizeIs(3));
  EXPECT_EQ(audit[1].action, "local_data.enter");
  EXPECT_EQ(audit[1].user, "pia");
  EXPECT_EQ(audit[2].detail,
            "d2m3i1 zone:zone-1 2025: version 2 (kilde: Fredericia Jobcenter, udtræk 2025-06-30)");
}

// Partners correcting the same value at once: each round, every writer
// tries to replace the version it read as newest; exactly one wins per round
// and the others are told (stale or already there), never overwritten.
TEST_P(StoreContractTest, ConcurrentReplacementsOfOneValueNeverOverwrite) {
  auto setup = Open();
  ASSERT_NE(setup, nullptr);
  ASSERT_OK_AND_ASSIGN(const RevisionInfo plan, setup->CreatePlan(Rev("anna", "Første", PlanJson("1"))));
  const std::vector<OrgUnit> units = {OrgUnit{"zone:zone-1", "Zone 1", OrgLevel::kZone, std::nullopt}};
  constexpr int kWriters = 4;
  constexpr int kRounds = 3;
  std::atomic<int> won{0};
  std::atomic<int> refused{0};
  std::atomic<int> failures{0};
  std::vector<std::thread> threads;
  for (int writer = 0; writer < kWriters; ++writer) {
    threads.emplace_back([&, writer] {
      StoreOptions options;
      options.clock = clock_;
      options.busy_timeout = std::chrono::milliseconds(20000);
      auto opened = OpenStore(url_, options);
      if (!opened.ok()) {
        ++failures;
        return;
      }
      auto store = std::move(opened).value();
      for (int round = 0; round < kRounds; ++round) {
        auto seen = store->ListLocalEntries(plan.plan_id, std::string_view("d2m3i1"));
        if (!seen.ok()) {
          ++failures;
          return;
        }
        std::optional<int> replaces;
        if (!seen->empty()) replaces = seen->back().version;
        const double value = 100.0 * writer + round;
        LocalEntry entry{plan.plan_id, "d2m3i1", "zone:zone-1", "2025", 0, "count", value, std::nullopt, value,
                         "Jobcentret", "", "skriver " + std::to_string(writer), {}};
        Measurement m{"lokal:1:d2m3i1", "zone:zone-1", "2025", value, std::nullopt, value, std::nullopt,
                      std::nullopt, "ok", "Jobcentret", {"", "lokal indtastning", "{}"}};
        auto saved = store->SaveLocalEntry(entry, replaces, units, m);
        if (saved.ok()) {
          ++won;
        } else if (saved.status().code() == StatusCode::kAborted ||
                   saved.status().code() == StatusCode::kAlreadyExists) {
          ++refused;
        } else {
          ++failures;
          return;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(won.load() + refused.load(), kWriters * kRounds);
  ASSERT_OK_AND_ASSIGN(auto versions, setup->ListLocalEntries(plan.plan_id, std::string_view("d2m3i1")));
  // Every success is its own version 1, 2, ... with nothing lost between.
  ASSERT_THAT(versions, SizeIs(static_cast<std::size_t>(won.load())));
  for (std::size_t idx = 0; idx < versions.size(); ++idx) EXPECT_EQ(versions[idx].version, static_cast<int>(idx) + 1);
  // The measurement is the newest version's value.
  ASSERT_OK_AND_ASSIGN(auto stored, setup->ListMeasurements("zone:zone-1", std::nullopt));
  ASSERT_THAT(stored, SizeIs(1));
  EXPECT_EQ(stored[0].value, versions.back().value);
}

TEST_P(StoreContractTest, OrgUnitsFormATree) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_OK(store->PutOrgUnit(OrgUnit{"land", "Danmark", OrgLevel::kLand, std::nullopt}));
  ASSERT_OK(store->PutOrgUnit(OrgUnit{"1083", "Region Syddanmark", OrgLevel::kRegion, "land"}));
  ASSERT_OK(store->PutOrgUnit(OrgUnit{"607", "Fredericia", OrgLevel::kKommune, "1083"}));
  ASSERT_OK(store->PutOrgUnit(OrgUnit{"zone-1", "Zone 1 – Korskærparken", OrgLevel::kZone, "607"}));
  ASSERT_OK(store->PutOrgUnit(OrgUnit{"LEJ-11", "Korskærparken afd. 11", OrgLevel::kAfdeling, "zone-1"}));
  EXPECT_THAT(store->PutOrgUnit(OrgUnit{"x", "X", OrgLevel::kZone, "nowhere"}),
              StatusIs(StatusCode::kNotFound, "Organisationsenheden \"nowhere\" findes ikke."));
  ASSERT_OK_AND_ASSIGN(OrgUnit unit, store->GetOrgUnit("zone-1"));
  EXPECT_EQ(unit, (OrgUnit{"zone-1", "Zone 1 – Korskærparken", OrgLevel::kZone, "607"}));
  ASSERT_OK_AND_ASSIGN(auto roots, store->ListOrgUnits(std::nullopt));
  EXPECT_THAT(roots, ElementsAre(OrgUnit{"land", "Danmark", OrgLevel::kLand, std::nullopt}));
  ASSERT_OK_AND_ASSIGN(auto in_zone, store->ListOrgUnits(std::string_view("zone-1")));
  EXPECT_THAT(in_zone, ElementsAre(OrgUnit{"LEJ-11", "Korskærparken afd. 11", OrgLevel::kAfdeling, "zone-1"}));
}

TEST_P(StoreContractTest, UsersMembershipsAndExpiringSessions) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_OK(store->CreatePlan(Rev("Anna", "Første", PlanJson("1"))).status());
  ASSERT_OK(store->PutUser(User{"anna", "Anna Sekretær", "$argon2id$v=19$abc"}));
  ASSERT_OK(store->PutUser(User{"bo", "Bo Bestyrelse", "$argon2id$v=19$def"}));
  ASSERT_OK(store->SetMembership(Membership{1, "bo", Role::kBestyrelse}));
  ASSERT_OK(store->SetMembership(Membership{1, "anna", Role::kPartner}));
  ASSERT_OK(store->SetMembership(Membership{1, "anna", Role::kSekretariat}));
  EXPECT_THAT(store->SetMembership(Membership{1, "eve", Role::kAdmin}),
              StatusIs(StatusCode::kNotFound, "Brugeren \"eve\" findes ikke."));
  ASSERT_OK_AND_ASSIGN(auto members, store->ListMemberships(1));
  EXPECT_THAT(members, ElementsAre(Membership{1, "anna", Role::kSekretariat}, Membership{1, "bo", Role::kBestyrelse}));
  ASSERT_OK(store->CreatePlan(Rev("Anna", "Anden plan", PlanJson("2"))).status());
  ASSERT_OK(store->SetMembership(Membership{2, "anna", Role::kPartner}));
  ASSERT_OK_AND_ASSIGN(auto of_anna, store->ListUserMemberships("anna"));
  EXPECT_THAT(of_anna, ElementsAre(Membership{1, "anna", Role::kSekretariat}, Membership{2, "anna", Role::kPartner}));
  ASSERT_OK_AND_ASSIGN(auto of_eve, store->ListUserMemberships("eve"));
  EXPECT_THAT(of_eve, SizeIs(0));
  ASSERT_OK(store->RemoveMembership(1, "bo"));
  ASSERT_OK_AND_ASSIGN(members, store->ListMemberships(1));
  EXPECT_THAT(members, SizeIs(1));
  ASSERT_OK_AND_ASSIGN(auto of_bo, store->ListUserMemberships("bo"));
  EXPECT_THAT(of_bo, SizeIs(0));
  ASSERT_OK_AND_ASSIGN(User anna, store->GetUser("anna"));
  EXPECT_EQ(anna.password_hash, "$argon2id$v=19$abc");

  ASSERT_OK(store->CreateSession(Session{"hash-1", "anna", clock_->Now() + std::chrono::hours(8), ""}));
  ASSERT_OK_AND_ASSIGN(Session session, store->GetSession("hash-1"));
  EXPECT_EQ(session.login, "anna");
  // The user's name comes with the session (one query per web request).
  ASSERT_OK_AND_ASSIGN(User anna_again, store->GetUser("anna"));
  EXPECT_EQ(session.display_name, anna_again.display_name);
  EXPECT_FALSE(session.display_name.empty());
  clock_->Advance(std::chrono::hours(8));
  EXPECT_THAT(store->GetSession("hash-1"), StatusIs(StatusCode::kNotFound));
  ASSERT_OK(store->DeleteSession("hash-1"));
}

TEST_P(StoreContractTest, AuditLogIsAppendOnlyAndRecordsSaves) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_OK(store->CreatePlan(Rev("Anna", "Første", PlanJson("1"))).status());
  ASSERT_OK(store->RecordApproval(Approval{1, 1, Approver::kBoard, Date(2024, 3, 14), "Møde 3", "Bo", {}}));
  ASSERT_OK(store->AppendAudit(AuditEntry{0, {}, "anna", "user.login", "user/anna", "fra 10.0.0.7"}));
  ASSERT_OK_AND_ASSIGN(auto entries, store->ListAudit(10));
  ASSERT_THAT(entries, SizeIs(3));
  EXPECT_EQ(entries[0].action, "plan.add");
  EXPECT_EQ(entries[0].object, "plan/1");
  EXPECT_EQ(entries[0].detail, "revision 1: Første");
  EXPECT_EQ(entries[1].detail, "revision 1 godkendt af board 2024-03-14 (Møde 3)");
  EXPECT_EQ(entries[2].user, "anna");
  EXPECT_LT(entries[0].id, entries[2].id);
  ASSERT_OK_AND_ASSIGN(auto last, store->ListAudit(1));
  ASSERT_THAT(last, SizeIs(1));
  EXPECT_EQ(last[0].action, "user.login");
  // Even outside helhed, the database refuses to rewrite history.
  EXPECT_NE(RunSqlTool(url_, "UPDATE audit_log SET detail = 'x'"), 0);
  EXPECT_NE(RunSqlTool(url_, "DELETE FROM audit_log"), 0);
  ASSERT_OK_AND_ASSIGN(entries, store->ListAudit(10));
  EXPECT_EQ(entries[0].detail, "revision 1: Første");
}

TEST_P(StoreContractTest, BackupAndRestoreRoundTrip) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  ASSERT_OK(store->CreatePlan(Rev("Anna", "Første", PlanJson("42.6"))).status());
  const auto backup = scratch_.path() / "backup.helhed";
  ASSERT_OK(store->Backup(backup));
  EXPECT_THAT(store->Backup(backup), StatusIs(StatusCode::kAlreadyExists));
  EXPECT_FALSE(std::filesystem::exists(backup.string() + ".tmp"));
  ASSERT_OK(store->SaveRevision(1, 1, Rev("Mette", "Efter backup", PlanJson("41.9"))).status());

  const auto junk = scratch_.path() / "junk.helhed";
  testing::WriteFileOrDie(junk, "ikke en backup");
  EXPECT_THAT(store->Restore(junk), StatusIs(StatusCode::kInvalidArgument, HasSubstr("er ikke en helhed-backup")));
  EXPECT_THAT(store->Restore(scratch_.path() / "missing"), StatusIs(StatusCode::kNotFound));
  ASSERT_OK_AND_ASSIGN(PlanSummary before, store->GetPlan(1));
  EXPECT_EQ(before.head_revision, 2);  // failed restores changed nothing

  ASSERT_OK(store->Restore(backup));
  ASSERT_OK_AND_ASSIGN(PlanSummary after, store->GetPlan(1));
  EXPECT_EQ(after.head_revision, 1);
  ASSERT_OK_AND_ASSIGN(Revision rev, store->GetRevision(1, 1));
  EXPECT_EQ(rev.plan_json, PlanJson("42.6"));
  // Work goes on after a restore.
  ASSERT_OK(store->SaveRevision(1, 1, Rev("Mette", "Igen", PlanJson("41.9"))).status());
}

// Every write of what dashboards and plan pages show besides the revision
// gives a new generation, seen by other connections; reads, sessions and
// plain audit entries do not; a restore draws a new one.
TEST_P(StoreContractTest, DataGenerationChangesWithEveryDataWrite) {
  auto store = Open();
  ASSERT_NE(store, nullptr);
  auto other = Open(SchemaMode::kRequireCurrent);
  ASSERT_NE(other, nullptr);
  std::vector<std::int64_t> seen;
  // True when `store` and `other` both read a generation not seen before.
  auto fresh = [&]() -> bool {
    StatusOr<std::int64_t> mine = store->DataGeneration();
    StatusOr<std::int64_t> theirs = other->DataGeneration();
    if (!mine.ok() || !theirs.ok() || *mine != *theirs) return false;
    const bool is_new = std::find(seen.begin(), seen.end(), *mine) == seen.end();
    seen.push_back(*mine);
    return is_new;
  };
  ASSERT_TRUE(fresh());
  ASSERT_OK_AND_ASSIGN(const RevisionInfo plan, store->CreatePlan(Rev("anna", "Første", PlanJson("42.6"))));
  ASSERT_OK(store->PutUser(User{"pia", "Pia Partner", "$argon2id$x"}));
  ASSERT_OK(store->CreateSession(Session{"hash-1", "pia", clock_->Now() + std::chrono::hours(1), ""}));
  ASSERT_OK(store->AppendAudit(AuditEntry{0, {}, "pia", "login.success", "user/pia", ""}));
  ASSERT_OK(store->ListMeasurements("land:DK", std::nullopt).status());
  EXPECT_FALSE(fresh()) << "reads, users, sessions and audit entries keep the generation";

  const OrgUnit land{"land:DK", "Hele landet", OrgLevel::kLand, std::nullopt};
  ASSERT_OK(store->PutOrgUnit(land));
  EXPECT_TRUE(fresh()) << "PutOrgUnit";
  Measurement m{"F4", "land:DK", "2023", 120.0, 800.0, 15.0, 12.7, 17.6, "ok", "DST", {"b2:1", "helhed", "{}"}};
  ASSERT_OK(store->PutMeasurement(m));
  EXPECT_TRUE(fresh()) << "PutMeasurement";
  m.value = 16.0;
  ASSERT_OK(store->PutMeasurementBatch({land}, {m}));
  EXPECT_TRUE(fresh()) << "PutMeasurementBatch";
  Measurement orphan = m;
  orphan.org_unit = "afdeling:nowhere";
  EXPECT_THAT(store->PutMeasurementBatch({}, {orphan}), StatusIs(StatusCode::kNotFound));
  EXPECT_FALSE(fresh()) << "a refused batch changes nothing";
  ASSERT_OK(store->PutListResult(ListResult{2024, "zone-1", "Zone 1", "udsat", "register", "{}", "anna", {},
                                            Provenance{"b2:2", "helhed", "{}"}}));
  EXPECT_TRUE(fresh()) << "PutListResult";
  const LocalEntry entry{plan.plan_id, "d2m3i1", "land:DK", "2025", 0, "count", 41.0, std::nullopt, 41.0,
                         "Jobcenter", "", "pia", {}};
  Measurement local{"lokal:1:d2m3i1", "land:DK", "2025", 41.0, std::nullopt, 41.0, std::nullopt, std::nullopt, "ok",
                    "Jobcenter", {"", "lokal indtastning", "{}"}};
  ASSERT_OK(store->SaveLocalEntry(entry, std::nullopt, {}, local).status());
  EXPECT_TRUE(fresh()) << "SaveLocalEntry";
  ASSERT_OK(store->RecordApproval(Approval{plan.plan_id, 1, Approver::kBoard, Date(2024, 3, 14), "pkt. 4", "anna", {}}));
  EXPECT_TRUE(fresh()) << "RecordApproval";

  const auto backup = scratch_.path() / "generation.helhed";
  ASSERT_OK(store->Backup(backup));
  ASSERT_OK(store->Restore(backup));
  // The restored data are those of the last generation, yet a server may
  // not know that: a new one.
  EXPECT_TRUE(fresh()) << "Restore";
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreContractTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& param_info) { return param_info.param; });

// --- Failures that only a file database has -------------------------------

TEST(StoreOpenTest, WrongUrlsAreExplained) {
  EXPECT_THAT(OpenStore("mysql://x"),
              StatusIs(StatusCode::kInvalidArgument,
                       "Database-URL'en \"mysql://x\" kan ikke bruges. Skriv sqlite:STI (fx sqlite:helhed.db) eller "
                       "postgresql://bruger@vært:port/database."));
  EXPECT_THAT(OpenStore("sqlite:"), StatusIs(StatusCode::kInvalidArgument));
  StoreOptions init;
  init.schema = SchemaMode::kCreate;
  EXPECT_THAT(OpenStore("sqlite:/nonexistent-dir/helhed.db", init),
              StatusIs(StatusCode::kNotFound, "Mappen /nonexistent-dir findes ikke, så databasen "
                                              "sqlite:/nonexistent-dir/helhed.db kan ikke oprettes."));
  EXPECT_THAT(OpenStore("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2"),
              StatusIs(StatusCode::kUnavailable, HasSubstr("Kan ikke forbinde til PostgreSQL-databasen "
                                                           "postgresql://nobody@127.0.0.1:1/none")));
}

TEST(StoreOpenTest, FileThatIsNotADatabase) {
  ScratchDir scratch;
  testing::WriteFileOrDie(scratch.path() / "plan.json", std::string(4096, 'x'));
  auto store = OpenStore("sqlite:" + (scratch.path() / "plan.json").string());
  EXPECT_THAT(store, StatusIs(StatusCode::kDataLoss, HasSubstr("er ikke en helhed-database")));
}

TEST(StoreOpenTest, LockedDatabaseGivesUpWithAClearMessage) {
  ScratchDir scratch;
  const std::string path = (scratch.path() / "helhed.db").string();
  StoreOptions options;
  options.schema = SchemaMode::kCreate;
  options.busy_timeout = std::chrono::milliseconds(200);
  ASSERT_OK_AND_ASSIGN(auto store, OpenStore("sqlite:" + path, options));
  sqlite3* other = nullptr;
  ASSERT_EQ(sqlite3_open(path.c_str(), &other), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
  EXPECT_THAT(store->CreatePlan(Rev("Anna", "Første", PlanJson("1"))),
              StatusIs(StatusCode::kUnavailable, "Databasen sqlite:" + path +
                                                     " er låst af en anden proces (ventede 200 ms). Intet er gemt; "
                                                     "prøv igen om lidt."));
  sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(other);
  ASSERT_OK_AND_ASSIGN(auto plans, store->ListPlans());
  EXPECT_THAT(plans, SizeIs(0));
  EXPECT_THAT(store->CreatePlan(Rev("Anna", "Første", PlanJson("1"))), IsOk());
}

// A read-only file refuses saves. Root ignores file modes, so the check runs
// in a child that drops to an unprivileged user when the test runs as root.
TEST(StoreOpenTest, ReadOnlyFileRefusesSavesWithAClearMessage) {
  ScratchDir scratch;
  const std::string path = (scratch.path() / "helhed.db").string();
  {
    StoreOptions options;
    options.schema = SchemaMode::kCreate;
    ASSERT_OK_AND_ASSIGN(auto store, OpenStore("sqlite:" + path, options));
  }
  ASSERT_EQ(chmod(path.c_str(), 0444), 0);
  ASSERT_EQ(chmod(scratch.path().c_str(), 0777), 0);
  int pipe_fds[2];
  ASSERT_EQ(pipe(pipe_fds), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(pipe_fds[0]);
    if (geteuid() == 0 && (setgid(65534) != 0 || setuid(65534) != 0)) _exit(3);
    std::string report;
    auto store = OpenStore("sqlite:" + path);
    if (!store.ok()) {
      report = "open: " + store.status().ToString();
    } else {
      report = (*store)->CreatePlan(Rev("Anna", "Første", PlanJson("1"))).status().ToString();
    }
    const ssize_t written = write(pipe_fds[1], report.data(), report.size());
    _exit(written == static_cast<ssize_t>(report.size()) ? 0 : 4);
  }
  close(pipe_fds[1]);
  std::string report;
  char buffer[1024];
  ssize_t n = 0;
  while ((n = read(pipe_fds[0], buffer, sizeof buffer)) > 0) report.append(buffer, static_cast<std::size_t>(n));
  close(pipe_fds[0]);
  int wstatus = 0;
  waitpid(child, &wstatus, 0);
  ASSERT_TRUE(WIFEXITED(wstatus));
  ASSERT_EQ(WEXITSTATUS(wstatus), 0);
  EXPECT_EQ(report, "PERMISSION_DENIED: Databasefilen sqlite:" + path +
                        " er skrivebeskyttet; helhed kan ikke gemme i den. Intet er gemt. Tjek filens og mappens "
                        "rettigheder.");
}

}  // namespace
}  // namespace helhed::store
