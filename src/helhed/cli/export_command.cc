// SPDX-License-Identifier: Apache-2.0
// `helhed export PLAN_ID --as-of DATE --format docx|html|md|json --out FILE
// [--delaftale AREA|N] [--approved]` and `helhed export PLAN_ID --tables
// --format xlsx|csv [--table NAME] --out FILE`: the plan as LBF's documents
// or its tables, as it stood on a date. The thin adapter over
// service/export_service.h.
#include <memory>
#include <string>

#include <fmt/format.h>

#include "helhed/cli/command.h"
#include "helhed/cli/exit_code.h"
#include "helhed/rules/pack_loader.h"
#include "helhed/service/export_service.h"
#include "helhed/store/open_store.h"

namespace helhed::cli {
namespace {

struct ExportArgs {
  std::string db;
  std::string data_dir;
  std::string as_of;
  std::string format;
  std::string out;
  std::string sub_agreement;
  std::string table;
  store::PlanId plan_id = 0;
  bool approved = false;
  bool tables = false;
};

StatusOr<service::ExportRequest> ToRequest(const ExportArgs& args) {
  service::ExportRequest request;
  request.plan_id = args.plan_id;
  if (!args.as_of.empty()) {
    auto date = ParseIsoDate(args.as_of);
    if (!date.ok()) return InvalidArgumentError("--as-of: " + date.status().message());
    request.as_of = *date;
  }
  auto format = service::ParseExportFormat(args.format);
  if (!format.ok()) return format.status();
  request.format = *format;
  request.out = args.out;
  request.approved = args.approved;
  request.tables = args.tables;
  if (!args.sub_agreement.empty()) request.sub_agreement = args.sub_agreement;
  if (!args.table.empty()) request.table = args.table;
  request.data_dir = args.data_dir.empty() ? rules::DefaultDataDir() : std::filesystem::path(args.data_dir);
  return request;
}

}  // namespace

void RegisterExportCommand(CLI::App& app, CommandContext& ctx) {
  auto args = std::make_shared<ExportArgs>();
  auto* cmd = app.add_subcommand(
      "export", "Planen som LBF's dokumenter (samarbejdsaftale og delaftaler) eller dens tabeller, som den stod på en dato");
  cmd->add_option("ID", args->plan_id, "Planens id")->required();
  cmd->add_option("--as-of", args->as_of,
                  "Planen som den var gemt ved udgangen af datoen (ÅÅÅÅ-MM-DD, UTC); ellers den seneste revision");
  cmd->add_flag("--approved", args->approved,
                "Den seneste godkendte version (med --as-of: godkendt pr. datoen) i stedet for den gemte");
  cmd->add_option("--format", args->format, "docx, html, md eller json; med --tables: xlsx eller csv")->required();
  cmd->add_option("--out", args->out, "Filen der skrives")->required();
  cmd->add_option("--delaftale", args->sub_agreement,
                  "Kun én delaftale: indsatsområdets navn eller delaftalens nummer (1 = den første)");
  cmd->add_flag("--tables", args->tables, "Planens tabeller (mål og indikatorer, medarbejdere, budget, milepæle)");
  cmd->add_option("--table", args->table, "Med --tables: kun tabellen maal, medarbejdere, budget, milepaele, maalinger eller lister");
  cmd->add_option("--db", args->db,
                  "Databasen: sqlite:STI eller postgresql://... (ellers $HELHED_DB, ellers sqlite:helhed.db)");
  cmd->add_option("--data-dir", args->data_dir, "Mappen med data/ (ellers $HELHED_DATA_DIR)");
  cmd->callback([&ctx, args] {
    ctx.action = [&ctx, args]() -> int {
      auto request = ToRequest(*args);
      if (!request.ok()) return ReportError(ctx, request.status());
      auto opened = store::OpenStore(store::ResolveStoreUrl(args->db));
      if (!opened.ok()) return ReportError(ctx, opened.status());
      auto result = service::ExportPlan(**opened, *request);
      if (!result.ok()) return ReportError(ctx, result.status());
      ctx.out << result->summary << "\n";
      return kExitOk;
    };
  });
}

}  // namespace helhed::cli
