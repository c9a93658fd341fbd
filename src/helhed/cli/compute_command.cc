// SPDX-License-Identifier: Apache-2.0
// `helhed compute`: indicators for every unit and year from a register
// store, disclosure-controlled, to .csv, .json or .xlsx.
#include <optional>
#include <string>

#include "helhed/base/danish_number.h"
#include "helhed/cli/command.h"
#include "helhed/cli/exit_code.h"
#include "helhed/service/register_service.h"

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
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("--register", args->register_dir, "Kolonnelager fra 'helhed register ingest'")->required();
  cmd->add_option("--areas", args->areas, "CSV afdeling,unit_id,unit_name,level med planens egne enheder");
  cmd->add_option("--years", args->years, "Årene, fx 2016-2025 (standard: alle år i lageret)");
  cmd->add_option("--min-cell", args->min_cell, "Mindste antal personer bag et offentliggjort tal (mindst 3)");
  cmd->add_option("--indicators", args->indicators, "Indikatordefinitioner (standard: data/indicators/indicators.json)");
  cmd->add_option("--out", args->out, "Resultatfil: .csv, .json eller .xlsx")->required();
  cmd->add_flag("--dansk-csv", args->danish_csv, ".csv med semikolon, decimalkomma og BOM (til Excel med danske indstillinger)");
  cmd->callback([&ctx, args] {
    ctx.action = [&ctx, args]() -> int {
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
      request.out = args->out;
      request.danish_csv = args->danish_csv;
      auto result = service::ComputeIndicators(request);
      if (!result.ok()) return ReportError(ctx, result.status());
      ctx.out << "Skrev " << result->rows << " rækker til " << args->out << " (" << result->disclosure.primary
              << " undertrykt for små tal, " << result->disclosure.secondary
              << " undertrykt for at skjule dem; input " << result->input_checksum << ")\n"
              << "Tællepas: " << FormatDanish(result->count_seconds, 3) << " s over "
              << FormatDanish(static_cast<double>(result->column_bytes), 0) << " byte\n";
      return kExitOk;
    };
  });
}

}  // namespace helhed::cli
