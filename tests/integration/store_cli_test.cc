// SPDX-License-Identifier: Apache-2.0
// `helhed db` and `helhed plan` end to end on the Fredericia example, as a
// secretariat worker would use them: add, update a baseline, a conflicting
// save, the Danish diff, approvals, history, show as saved / as approved on a
// date, backup and restore, and the messages for bad input.
#include <cstdlib>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/store/clock.h"
#include "testing/run_program.h"
#include "testing/test_paths.h"

namespace helhed {
namespace {

using ::helhed::testing::RunHelhed;
using ::testing::HasSubstr;
using ::testing::StartsWith;

std::string Replace(std::string text, std::string_view from, std::string_view to) {
  const auto pos = text.find(from);
  EXPECT_NE(pos, std::string::npos) << from;
  if (pos != std::string::npos) text.replace(pos, from.size(), to);
  return text;
}

class StoreCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = "sqlite:" + (scratch_.path() / "helhed.db").string();
    example_ = (testing::SourceDir() / "examples" / "fredericia-2023.json").string();
    const std::string text = testing::ReadFileOrDie(example_);
    changed_ = (scratch_.path() / "fredericia-ny-baseline.json").string();
    testing::WriteFileOrDie(changed_, Replace(text, "\"value\": 42.6", "\"value\": 41.9"));
    other_ = (scratch_.path() / "fredericia-anden.json").string();
    testing::WriteFileOrDie(other_, Replace(text, "\"value\": 42.6", "\"value\": 40"));
  }

  testing::ProgramResult Run(std::vector<std::string> args) {
    args.push_back("--db");
    args.push_back(db_);
    return RunHelhed(args);
  }

  testing::ScratchDir scratch_;
  std::string db_;
  std::string example_;
  std::string changed_;
  std::string other_;
};

TEST_F(StoreCliTest, FredericiaHistoryDiffApprovalAndAsOf) {
  auto init = Run({"db", "init"});
  ASSERT_EQ(init.exit_code, 0) << init.err;
  EXPECT_EQ(init.out, "Databasen " + db_ + " er klar (skemaversion 4).\n");

  auto add = Run({"plan", "add", example_, "--author", "Anna Sekretær", "-m", "Første version"});
  ASSERT_EQ(add.exit_code, 0) << add.err;
  EXPECT_EQ(add.out,
            "Plan 1 gemt som revision 1.\nTil godkendelse:\n"
            "  Strategisk samarbejdsaftale: afventer LBF-godkendelse\n"
            "  Delaftale Uddannelse og livschancer: afventer bestyrelsens godkendelse\n"
            "  Delaftale Beskæftigelse: afventer bestyrelsens godkendelse\n"
            "  Delaftale Kriminalitetsforebyggelse: afventer bestyrelsens godkendelse\n"
            "  Delaftale Sammenhængskraft og medborgerskab: afventer bestyrelsens godkendelse\n"
            "  Kommissorium: afventer LBF-godkendelse (efter bestyrelsens enstemmige vedtagelse)\n"
            "  Beredskabsplan: afventer LBF-godkendelse\n");

  auto update = Run({"plan", "update", "1", changed_, "--base", "1", "-m", "Ny baseline", "--author", "Mette Hansen"});
  ASSERT_EQ(update.exit_code, 0) << update.err;
  EXPECT_EQ(update.out,
            "Plan 1 gemt som revision 2 (oven på revision 1).\nTil godkendelse:\n"
            "  Delaftale Beskæftigelse: afventer bestyrelsens godkendelse\n");

  // A second writer who also started from revision 1 is stopped, told by whom.
  auto conflict = Run({"plan", "update", "1", other_, "--base", "1", "-m", "Min ændring", "--author", "Anna"});
  EXPECT_EQ(conflict.exit_code, 4);
  EXPECT_THAT(conflict.err, StartsWith("fejl: Konflikt: plan 1 er ændret, siden du hentede revision 1: revision 2 "
                                       "blev gemt af Mette Hansen "));
  EXPECT_THAT(conflict.err, HasSubstr(" og ændrede Delaftale Beskæftigelse (\"Ny baseline\"). Din ændring er ikke "
                                      "gemt. Hent revision 2, indarbejd dine ændringer, og gem igen oven på den.\n"));

  auto diff = Run({"plan", "diff", "1", "1", "2"});
  ASSERT_EQ(diff.exit_code, 0) << diff.err;
  EXPECT_EQ(diff.out,
            "Ændringer fra revision 1 til revision 2:\n"
            "  Delaftale Beskæftigelse: delmål 5, baseline ændret fra 42,6 % til 41,9 %\n");

  ASSERT_EQ(Run({"plan", "approve", "1", "--rev", "1", "--board", "--date", "2024-03-14", "--meeting",
                 "Bestyrelsesmøde 14.03.2024, pkt. 4", "--author", "Anna"})
                .exit_code,
            0);
  auto lbf = Run({"plan", "approve", "1", "--rev", "1", "--lbf", "--date", "2024-04-02", "--reference",
                  "LBF j.nr. 2024-117", "--author", "Anna"});
  ASSERT_EQ(lbf.exit_code, 0) << lbf.err;
  EXPECT_EQ(lbf.out, "LBF's godkendelse af plan 1, revision 1 den 02.04.2024 er registreret.\n");
  auto again = Run({"plan", "approve", "1", "--rev", "2", "--lbf", "--date", "2024-04-02", "--reference", "x"});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_EQ(again.err, "fejl: Intet i revision 2 af plan 1 afventer LBF's godkendelse.\n");

  auto history = Run({"plan", "history", "1"});
  ASSERT_EQ(history.exit_code, 0) << history.err;
  EXPECT_THAT(history.out, StartsWith("Plan 1: Bydækkende Boligsocial Helhedsplan, Fredericia\n\nRevision 1 "
                                      "[seneste godkendte version]\n"));
  EXPECT_THAT(history.out, HasSubstr("  Delaftale Beskæftigelse: godkendt af bestyrelsen 14.03.2024 "
                                     "(Bestyrelsesmøde 14.03.2024, pkt. 4)\n"));
  EXPECT_THAT(history.out, HasSubstr("  Strategisk samarbejdsaftale: godkendt af LBF 02.04.2024 (LBF j.nr. 2024-117)\n"));
  EXPECT_THAT(history.out, HasSubstr("\nRevision 2\n"));
  EXPECT_THAT(history.out, HasSubstr("Godkendt version: revision 1\nAfventer (1):\n"
                                     "  - Delaftale Beskæftigelse (revision 2): afventer bestyrelsens godkendelse\n"));

  auto approved = Run({"plan", "show", "1", "--approved"});
  ASSERT_EQ(approved.exit_code, 0) << approved.err;
  EXPECT_THAT(approved.out, HasSubstr("Viser den seneste godkendte version: revision 1, gemt "));
  auto approved_json = Run({"plan", "show", "1", "--approved", "--format", "json"});
  EXPECT_THAT(approved_json.out, HasSubstr("\"value\": 42.6"));
  auto saved_json = Run({"plan", "show", "1", "--format", "json"});
  EXPECT_THAT(saved_json.out, HasSubstr("\"value\": 41.9"));

  // As of today, the saved state is revision 2; the day before, the plan did not exist.
  const Date today = store::DateOf(store::SystemClock()->Now());
  auto as_of = Run({"plan", "show", "1", "--as-of", today.ToIso()});
  ASSERT_EQ(as_of.exit_code, 0) << as_of.err;
  EXPECT_THAT(as_of.out, HasSubstr("Viser planen, som den var gemt pr. " + today.ToDanishNumeric() + ": revision 2,"));
  auto before = Run({"plan", "show", "1", "--as-of", today.AddDays(-1).ToIso()});
  EXPECT_EQ(before.exit_code, 2);
  EXPECT_THAT(before.err, StartsWith("fejl: Plan 1 fandtes ikke endnu " + today.AddDays(-1).ToDanishNumeric()));

  auto list = Run({"plan", "list"});
  EXPECT_THAT(list.out, HasSubstr("   1         2  "));
}

TEST_F(StoreCliTest, BackupAndRestoreFromTheCommandLine) {
  ASSERT_EQ(Run({"db", "init"}).exit_code, 0);
  ASSERT_EQ(Run({"plan", "add", example_, "--author", "Anna"}).exit_code, 0);
  const std::string backup = (scratch_.path() / "backup.db").string();
  auto made = Run({"db", "backup", backup});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  EXPECT_EQ(made.out, "Backup af " + db_ + " skrevet til " + backup + ".\n");
  EXPECT_EQ(Run({"db", "backup", backup}).exit_code, 2);
  ASSERT_EQ(Run({"plan", "update", "1", changed_, "--base", "1", "-m", "Efter backup"}).exit_code, 0);
  auto restored = Run({"db", "restore", backup});
  ASSERT_EQ(restored.exit_code, 0) << restored.err;
  auto history = Run({"plan", "history", "1"});
  EXPECT_THAT(history.out, HasSubstr("Revision 1"));
  EXPECT_THAT(history.out, ::testing::Not(HasSubstr("Revision 2")));
}

TEST_F(StoreCliTest, DatabaseFromEnvironmentWhenNoFlag) {
  ASSERT_EQ(setenv("HELHED_DB", db_.c_str(), 1), 0);
  auto init = RunHelhed({"db", "init"});
  auto list = RunHelhed({"plan", "list"});
  unsetenv("HELHED_DB");
  ASSERT_EQ(init.exit_code, 0) << init.err;
  EXPECT_EQ(init.out, "Databasen " + db_ + " er klar (skemaversion 4).\n");
  EXPECT_EQ(list.out, "Databasen har ingen planer endnu. Tilføj en med 'helhed plan add PLAN.json'.\n");
}

TEST_F(StoreCliTest, BadInputGivesDanishMessagesAndExitStatus) {
  auto wrong_url = RunHelhed({"plan", "list", "--db", "mysql://x"});
  EXPECT_EQ(wrong_url.exit_code, 2);
  EXPECT_EQ(wrong_url.err, "fejl: Database-URL'en \"mysql://x\" kan ikke bruges. Skriv sqlite:STI (fx "
                           "sqlite:helhed.db) eller postgresql://bruger@vært:port/database.\n");
  auto missing = Run({"plan", "list"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_EQ(missing.err, "fejl: Databasen " + db_ + " findes ikke. Tjek stien, eller opret en ny med 'helhed db init "
                         "--db " + db_ + "'.\n");
  EXPECT_FALSE(std::filesystem::exists(scratch_.path() / "helhed.db"));

  ASSERT_EQ(Run({"db", "init"}).exit_code, 0);
  auto bad_date = Run({"plan", "show", "1", "--as-of", "30/12/2026"});
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_THAT(bad_date.err, StartsWith("fejl: --as-of: "));
  auto bad_plan_file = (scratch_.path() / "bad.json").string();
  testing::WriteFileOrDie(bad_plan_file, "{\"format\": \"helhed/plan@1\", \"name\": ");
  auto bad_plan = Run({"plan", "add", bad_plan_file});
  EXPECT_EQ(bad_plan.exit_code, 2);
  EXPECT_THAT(bad_plan.err, StartsWith("fejl: " + bad_plan_file + ": Planen kan ikke gemmes: "));
  auto list = Run({"plan", "list"});
  EXPECT_EQ(list.out, "Databasen har ingen planer endnu. Tilføj en med 'helhed plan add PLAN.json'.\n");
  auto unknown = Run({"plan", "history", "7"});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_EQ(unknown.err, "fejl: Der findes ingen plan med id 7.\n");
}

}  // namespace
}  // namespace helhed
