// SPDX-License-Identifier: Apache-2.0
// Crash safety of the SQLite store: a child process saves revisions in a loop
// and reports each one after its commit returns; the parent kills it with
// SIGKILL at random moments, 50 times. Afterwards the file must pass
// PRAGMA integrity_check and hold every revision that was reported, intact.
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <random>
#include <set>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

#include "helhed/store/open_store.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::store {
namespace {

constexpr int kKills = 50;

// Larger than a page, so a revision spans several pages of the file.
std::string PlanText(int revision) {
  return R"({"format": "helhed/plan@1", "name": "Crash", "description": ")" + std::string(20000, 'x') +
         R"(", "revision": )" + std::to_string(revision) + "}\n";
}

NewRevision Rev(int revision) {
  return NewRevision{"crash", "gem " + std::to_string(revision), PlanText(revision), "Crash", "2019-26",
                     {{"budget", "", Approver::kLbf, true, false}}};
}

// The child: save forever, announcing each committed revision on `fd`.
[[noreturn]] void WriteLoop(const std::string& url, int fd) {
  StoreOptions options;
  options.busy_timeout = std::chrono::milliseconds(10000);
  auto store = OpenStore(url, options);
  if (!store.ok()) _exit(10);
  while (true) {
    auto plan = (*store)->GetPlan(1);
    if (!plan.ok()) _exit(11);
    const int next = plan->head_revision + 1;
    auto saved = (*store)->SaveRevision(1, plan->head_revision, Rev(next));
    if (!saved.ok()) _exit(12);
    const std::string line = std::to_string(saved->revision) + "\n";
    if (write(fd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) _exit(13);
  }
}

std::string IntegrityCheck(const std::string& path) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) return "kan ikke åbne";
  std::string result;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK) {
    while (sqlite3_step(stmt) == SQLITE_ROW) result += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return result;
}

TEST(StoreCrashTest, SigkillNeverLosesAReportedRevisionOrDamagesTheFile) {
  testing::ScratchDir scratch;
  const std::string path = (scratch.path() / "crash.db").string();
  const std::string url = "sqlite:" + path;
  {
    StoreOptions options;
    options.schema = SchemaMode::kCreate;
    ASSERT_OK_AND_ASSIGN(auto store, OpenStore(url, options));
    ASSERT_OK(store->CreatePlan(Rev(1)).status());
  }
  std::set<int> reported = {1};
  std::mt19937 rng(20261123);
  std::uniform_int_distribution<int> delay_us(0, 60000);
  int killed_while_writing = 0;
  for (int round = 0; round < kKills; ++round) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      close(fds[0]);
      WriteLoop(url, fds[1]);
    }
    close(fds[1]);
    // Even rounds kill mid-loop (after the first commit); odd rounds may also
    // hit the open and WAL recovery.
    std::string text;
    if (round % 2 == 0) {
      char c = 0;
      while (read(fds[0], &c, 1) == 1) {
        text += c;
        if (c == '\n') break;
      }
    }
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us(rng)));
    ASSERT_EQ(kill(child, SIGKILL), 0);
    int wstatus = 0;
    ASSERT_EQ(waitpid(child, &wstatus, 0), child);
    // A child that exited by itself hit an error: that is a failure too.
    ASSERT_TRUE(WIFSIGNALED(wstatus)) << "barnet stoppede selv med status " << WEXITSTATUS(wstatus);
    ++killed_while_writing;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = read(fds[0], buffer, sizeof buffer)) > 0) text.append(buffer, static_cast<std::size_t>(n));
    close(fds[0]);
    std::istringstream lines(text);
    int revision = 0;
    while (lines >> revision) reported.insert(revision);
  }
  EXPECT_EQ(killed_while_writing, kKills);
  EXPECT_EQ(IntegrityCheck(path), "ok");

  ASSERT_OK_AND_ASSIGN(auto store, OpenStore(url));
  ASSERT_OK_AND_ASSIGN(auto revisions, store->ListRevisions(1));
  ASSERT_FALSE(revisions.empty());
  EXPECT_GE(static_cast<int>(revisions.size()), *reported.rbegin());
  for (std::size_t idx = 0; idx < revisions.size(); ++idx) {
    EXPECT_EQ(revisions[idx].revision, static_cast<int>(idx) + 1);
  }
  for (int revision : reported) {
    ASSERT_OK_AND_ASSIGN(Revision stored, store->GetRevision(1, revision));
    EXPECT_EQ(stored.plan_json, PlanText(revision)) << "revision " << revision;
  }
  ASSERT_OK_AND_ASSIGN(PlanSummary plan, store->GetPlan(1));
  EXPECT_EQ(plan.head_revision, static_cast<int>(revisions.size()));
  // Every even round committed at least once before its kill.
  EXPECT_GT(reported.size(), static_cast<std::size_t>(kKills / 2));
}

}  // namespace
}  // namespace helhed::store
