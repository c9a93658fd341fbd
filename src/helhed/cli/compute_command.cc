// SPDX-License-Identifier: Apache-2.0
// `helhed compute`: indicators for every unit and year from a register
// store, disclosure-controlled, to .csv, .json or .xlsx and/or, with
// --store, into the database as measurements with provenance.
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>

#include "helhed/base/batch_memory.h"
#include "helhed/base/danish_number.h"
#include "helhed/cli/command.h"
#include "helhed/cli/exit_code.h"
#include "helhed/service/register_service.h"
#include "helhed/store/open_store.h"

namespace helhed::cli {

void RegisterComputeCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("compute", "Beregn indikatorerne for alle enheder og år fra et registerlager");
  struct Args {
    std::string register_dir;
    std::string areas;
    std::string years;
    int min_cell = indicators::kDefaultMinCell;
    std::string out;
    std::string indicators;
    bool danish_csv = false;
    bool store = false;
    std::string db;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("--register", args->register_dir, "Kolonnelager fra 'helhed register ingest'")->required();
  cmd->add_option("--areas", args->areas, "CSV afdeling,unit_id,unit_name,level med planens egne enheder");
  cmd->add_option("--years", args->years, "Årene, fx 2016-2025 (standard: alle år i lageret)");
  cmd->add_option("--min-cell", args->min_cell, "Mindste antal personer bag et offentliggjort tal (mindst 3)");
  cmd->add_option("--indicators", args->indicators, "Indikatordefinitioner (standard: data/indicators/indicators.json)");
  cmd->add_option("--out", args->out, "Resultatfil: .csv, .json eller .xlsx");
  cmd->add_flag("--store", args->store, "Gem resultaterne som målinger i databasen");
  cmd->add_option("--db", args->db,
                  "Databasen til --store: sqlite:STI eller postgresql://... (ellers $HELHED_DB, ellers sqlite:helhed.db)");
  cmd->add_flag("--dansk-csv", args->danish_csv, ".csv med semikolon, decimalkomma og BOM (til Excel med danske indstillinger)");
  cmd->callback([&ctx, args] {
    ctx.action = [&ctx, args]() -> int {
      KeepFreedMemoryForThisJob();  // one job, then exit: see base/batch_memory.h
      service::ComputeRequest request;
      request.register_dir = args->register_dir;
      if (!args->areas.empty()) request.areas = args->areas;
      if (!args->years.empty()) {
        auto years = service::ParseYearRange(args->years);
        if (!years.ok()) return ReportError(ctx, years.status());
        request.years = *years;
      }
      if (!args->indicators.empty()) request.indicators_file = args->indicators;
      request.min_cell = args->min_cell;
      request.danish_csv = args->danish_csv;
      if (!args->out.empty()) request.out = args->out;
      if (!args->db.empty() && !args->store) {
        return ReportError(ctx, InvalidArgumentError("--db bruges kun sammen med --store"));
      }
      std::unique_ptr<store::Store> store;
      if (args->store) {
        store::StoreOptions options;
        options.schema = store::SchemaMode::kRequireCurrent;
        auto opened = store::OpenStore(store::ResolveStoreUrl(args->db), options);
        if (!opened.ok()) return ReportError(ctx, opened.status());
        store = std::move(*opened);
        request.store = store.get();
        const char* user = std::getenv("USER");
        request.recorded_by = std::string("cli:") + (user != nullptr ? user : "ukendt");
      }
      auto result = service::ComputeIndicators(request);
      if (!result.ok()) return ReportError(ctx, result.status());
      const std::string suppressed = " (" + std::to_string(result->disclosure.primary) +
                                     " undertrykt for små tal, " + std::to_string(result->disclosure.secondary) +
                                     " undertrykt for at skjule dem; input " + result->input_checksum + ")";
      if (request.out) ctx.out << "Skrev " << result->rows << " rækker til " << args->out << suppressed << "\n";
      if (result->stored) {
        ctx.out << "Gemte " << FormatDanish(static_cast<double>(result->stored->measurements), 0) << " målinger for "
                << FormatDanish(static_cast<double>(result->stored->org_units), 0) << " enheder i "
                << store->display_url() << (request.out ? "" : suppressed) << "\n";
      }
      // The counting pass alone, in bytes per second of the columns read, as
      // docs/benchmarks.md compares it with a plain memory-read loop.
      const double rate = result->count_seconds > 0
                              ? static_cast<double>(result->column_bytes) / result->count_seconds / 1e6
                              : 0;
      ctx.out << "Tællepas: " << FormatDanish(result->count_seconds, 3) << " s over "
              << FormatDanish(static_cast<double>(result->column_bytes), 0) << " byte ("
              << FormatDanish(rate, 0) << " MB/s); resultatrækker " << FormatDanish(result->rows_seconds, 3)
              << " s; diskretionering " << FormatDanish(result->disclosure_seconds, 3) << " s\n";
      return kExitOk;
    };
  });
}

}  // namespace helhed::cli
