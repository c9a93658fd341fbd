// SPDX-License-Identifier: Apache-2.0
// `helhed register ingest`: register CSV → columnar store, reporting every
// bad row with file, line, column and reason.
#include <string>
#include <vector>

#include "helhed/cli/command.h"
#include "helhed/cli/exit_code.h"
#include "helhed/service/register_service.h"

namespace helhed::cli {

void RegisterRegisterCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("register", "Personregistre: indlæs CSV i et kolonnelager");
  cmd->require_subcommand(1);
  auto* ingest = cmd->add_subcommand("ingest", "Indlæs registerfiler (CSV) i et kolonnelager");
  struct Args {
    std::vector<std::string> files;
    std::string out;
    bool strict = false;
  };
  auto args = std::make_shared<Args>();
  ingest->add_option("files", args->files, "Registerfiler (CSV med overskrift)")->required();
  ingest->add_option("--out", args->out, "Mappe til kolonnelageret (må ikke findes)")->required();
  ingest->add_flag("--strict", args->strict, "Afvis hele input, hvis blot én række er forkert");
  ingest->callback([&ctx, args] {
    ctx.action = [&ctx, args]() -> int {
      service::IngestRequest request;
      for (const auto& file : args->files) request.files.emplace_back(file);
      request.out = args->out;
      request.strict = args->strict;
      auto result = service::IngestRegister(request);
      if (!result.ok()) return ReportError(ctx, result.status());
      const auto& report = result->report;
      for (const auto& error : report.errors) {
        ctx.err << error.file << " linje " << error.line;
        if (!error.column.empty()) ctx.err << ", kolonne " << error.column;
        ctx.err << ": " << error.reason << "\n";
      }
      if (!result->stored) {
        ctx.err << "fejl: " << report.rows_bad << " af " << report.rows_read
                << " rækker er forkerte, og --strict afviser filen; intet er gemt\n";
        return kExitBadInput;
      }
      ctx.out << "Indlæste " << report.rows_ok << " rækker i " << args->out;
      if (report.rows_bad > 0) {
        ctx.out << "; " << report.rows_bad << " forkerte rækker er udeladt (se ovenfor)\n";
        return kExitFindings;
      }
      ctx.out << "\n";
      return kExitOk;
    };
  });
}

}  // namespace helhed::cli
