// SPDX-License-Identifier: Apache-2.0
// `helhed db init|migrate|backup|restore`: create a database, bring its
// schema up to date, and take or restore a consistent copy while it is in
// use. The database is chosen with --db URL, else $HELHED_DB, else
// sqlite:helhed.db.
#include <memory>
#include <string>

#include <fmt/format.h>

#include "helhed/cli/command.h"
#include "helhed/cli/exit_code.h"
#include "helhed/store/open_store.h"

namespace helhed::cli {
namespace {

constexpr const char* kDbHelp = "Databasen: sqlite:STI eller postgresql://... (ellers $HELHED_DB, ellers sqlite:helhed.db)";

struct DbArgs {
  std::string db;
  std::string path;
};

// Opens the store, runs `body` on it and reports the outcome.
template <typename Body>
void AddDbAction(CLI::App* cmd, CommandContext& ctx, std::shared_ptr<DbArgs> args, store::SchemaMode mode, Body body) {
  cmd->callback([&ctx, args, mode, body] {
    ctx.action = [&ctx, args, mode, body]() -> int {
      store::StoreOptions options;
      options.schema = mode;
      auto opened = store::OpenStore(store::ResolveStoreUrl(args->db), options);
      if (!opened.ok()) return ReportError(ctx, opened.status());
      const Status status = body(**opened, *args);
      if (!status.ok()) return ReportError(ctx, status);
      return kExitOk;
    };
  });
}

}  // namespace

void RegisterDbCommand(CLI::App& app, CommandContext& ctx) {
  auto* db = app.add_subcommand("db", "Opret, opdater, tag backup af og gendan databasen");
  db->require_subcommand(1);

  auto init_args = std::make_shared<DbArgs>();
  auto* init = db->add_subcommand("init", "Opret en ny database (eller bekræft at den findes med nyeste skema)");
  init->add_option("--db", init_args->db, kDbHelp);
  AddDbAction(init, ctx, init_args, store::SchemaMode::kCreate, [&ctx](store::Store& s, const DbArgs&) -> Status {
    auto version = s.SchemaVersion();
    if (!version.ok()) return version.status();
    ctx.out << fmt::format("Databasen {} er klar (skemaversion {}).\n", s.display_url(), *version);
    return OkStatus();
  });

  auto migrate_args = std::make_shared<DbArgs>();
  auto* migrate = db->add_subcommand("migrate", "Opdater databasens skema til denne version af helhed");
  migrate->add_option("--db", migrate_args->db, kDbHelp);
  AddDbAction(migrate, ctx, migrate_args, store::SchemaMode::kMigrate,
              [&ctx](store::Store& s, const DbArgs&) -> Status {
                auto version = s.SchemaVersion();
                if (!version.ok()) return version.status();
                ctx.out << fmt::format("Databasen {} har nu skemaversion {}.\n", s.display_url(), *version);
                return OkStatus();
              });

  auto backup_args = std::make_shared<DbArgs>();
  auto* backup = db->add_subcommand("backup", "Skriv en konsistent kopi af databasen til en ny fil (også under brug)");
  backup->add_option("PATH", backup_args->path, "Backupfilen (må ikke findes i forvejen)")->required();
  backup->add_option("--db", backup_args->db, kDbHelp);
  AddDbAction(backup, ctx, backup_args, store::SchemaMode::kRequireCurrent,
              [&ctx](store::Store& s, const DbArgs& a) -> Status {
                const Status status = s.Backup(a.path);
                if (status.ok()) ctx.out << fmt::format("Backup af {} skrevet til {}.\n", s.display_url(), a.path);
                return status;
              });

  auto restore_args = std::make_shared<DbArgs>();
  auto* restore = db->add_subcommand("restore", "Erstat databasens indhold med en backup fra 'helhed db backup'");
  restore->add_option("PATH", restore_args->path, "Backupfilen")->required();
  restore->add_option("--db", restore_args->db, kDbHelp);
  AddDbAction(restore, ctx, restore_args, store::SchemaMode::kRequireCurrent,
              [&ctx](store::Store& s, const DbArgs& a) -> Status {
                const Status status = s.Restore(a.path);
                if (status.ok()) ctx.out << fmt::format("Databasen {} er gendannet fra {}.\n", s.display_url(), a.path);
                return status;
              });
}

}  // namespace helhed::cli
