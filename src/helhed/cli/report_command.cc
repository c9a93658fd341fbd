// SPDX-License-Identifier: Apache-2.0
// `helhed report board ID --period 2025H1 --format html|docx --out FILE` (the
// board's status report; recorded in the audit log) and `helhed report audit
// ID --year 2025 [--format md|html|docx --out FILE]` (the auditor's
// documentation; Markdown on standard output without --out). Thin adapters
// over service/board_report.h and service/audit_report.h.
#include <cstdlib>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "helhed/cli/command.h"
#include "helhed/cli/exit_code.h"
#include "helhed/document/markdown_writer.h"
#include "helhed/rules/pack_loader.h"
#include "helhed/service/audit_report.h"
#include "helhed/service/board_report.h"
#include "helhed/service/document_output.h"
#include "helhed/store/open_store.h"

namespace helhed::cli {
namespace {

struct ReportArgs {
  std::string db;
  std::string data_dir;
  std::string period;
  std::string format;
  std::string out;
  std::string author;
  store::PlanId plan_id = 0;
  int year = 0;
};

std::filesystem::path DataDir(const ReportArgs& args) {
  return args.data_dir.empty() ? rules::DefaultDataDir() : std::filesystem::path(args.data_dir);
}

std::string Author(const ReportArgs& args) {
  if (!args.author.empty()) return args.author;
  for (const char* name : {"HELHED_AUTHOR", "USER", "LOGNAME"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') return value;
  }
  return "ukendt";
}

void CommonOptions(CLI::App* cmd, ReportArgs& args) {
  cmd->add_option("ID", args.plan_id, "Planens id")->required();
  cmd->add_option("--db", args.db,
                  "Databasen: sqlite:STI eller postgresql://... (ellers $HELHED_DB, ellers sqlite:helhed.db)");
  cmd->add_option("--data-dir", args.data_dir, "Mappen med data/ (ellers $HELHED_DATA_DIR)");
}

int Board(CommandContext& ctx, const ReportArgs& args) {
  auto period = service::ParseReportPeriod(args.period);
  if (!period.ok()) return ReportError(ctx, InvalidArgumentError("--period: " + period.status().message()));
  if (args.format == "md") return ReportError(ctx, InvalidArgumentError("--format: vælg html eller docx"));
  auto format = service::ParseDocumentFormat(args.format);
  if (!format.ok()) return ReportError(ctx, format.status());
  auto opened = store::OpenStore(store::ResolveStoreUrl(args.db));
  if (!opened.ok()) return ReportError(ctx, opened.status());
  auto doc = service::BuildBoardReport(**opened, args.plan_id, *period, DataDir(args));
  if (!doc.ok()) return ReportError(ctx, doc.status());
  const Status written = service::WriteDocumentFile(*doc, *format, args.out);
  if (!written.ok()) return ReportError(ctx, written);
  // The audit report lists which status reports the board received.
  const Status logged = (*opened)->AppendAudit(
      store::AuditEntry{0, {}, Author(args), service::kBoardReportAuditAction, fmt::format("plan/{}", args.plan_id),
                        fmt::format("Statusrapport {} ({})", period->words, std::filesystem::path(args.out).filename().string())});
  if (!logged.ok()) return ReportError(ctx, logged);
  ctx.out << fmt::format("Statusrapporten for {} er skrevet til {}.\n", period->words, args.out);
  return kExitOk;
}

int Audit(CommandContext& ctx, const ReportArgs& args) {
  auto opened = store::OpenStore(store::ResolveStoreUrl(args.db));
  if (!opened.ok()) return ReportError(ctx, opened.status());
  auto doc = service::BuildAuditReport(**opened, args.plan_id, args.year, DataDir(args));
  if (!doc.ok()) return ReportError(ctx, doc.status());
  if (args.out.empty()) {
    ctx.out << document::WriteMarkdown(*doc) << "\n";
    return kExitOk;
  }
  auto format = service::ParseDocumentFormat(args.format.empty() ? "md" : args.format);
  if (!format.ok()) return ReportError(ctx, format.status());
  const Status written = service::WriteDocumentFile(*doc, *format, args.out);
  if (!written.ok()) return ReportError(ctx, written);
  ctx.out << fmt::format("Dokumentationen for {} er skrevet til {}.\n", args.year, args.out);
  return kExitOk;
}

}  // namespace

void RegisterReportCommand(CLI::App& app, CommandContext& ctx) {
  auto* report = app.add_subcommand("report", "Rapporter: statusrapport til bestyrelsen, dokumentation til revisor");
  report->require_subcommand(1);

  auto board = std::make_shared<ReportArgs>();
  auto* board_cmd = report->add_subcommand("board", "Statusrapport til bestyrelsens møde (A4, html eller docx)");
  CommonOptions(board_cmd, *board);
  board_cmd->add_option("--period", board->period, "Perioden, fx 2025H1 (1. halvår), 2025H2 eller 2025")->required();
  board_cmd->add_option("--format", board->format, "html eller docx")->required();
  board_cmd->add_option("--out", board->out, "Filen der skrives")->required();
  board_cmd->add_option("--author", board->author, "Hvem laver rapporten (ellers $HELHED_AUTHOR eller $USER)");
  board_cmd->callback([&ctx, board] { ctx.action = [&ctx, board] { return Board(ctx, *board); }; });

  auto audit = std::make_shared<ReportArgs>();
  auto* audit_cmd = report->add_subcommand("audit", "Dokumentation til revisor: beslutninger, data og statusrapporter i et år");
  CommonOptions(audit_cmd, *audit);
  audit_cmd->add_option("--year", audit->year, "Året, fx 2025")->required();
  audit_cmd->add_option("--format", audit->format, "md (standard), html eller docx; kun med --out");
  audit_cmd->add_option("--out", audit->out, "Filen der skrives (ellers Markdown på skærmen)");
  audit_cmd->callback([&ctx, audit] { ctx.action = [&ctx, audit] { return Audit(ctx, *audit); }; });
}

}  // namespace helhed::cli
