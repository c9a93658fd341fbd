// SPDX-License-Identifier: Apache-2.0
// `helhed synth`: writes a synthetic register CSV for demos, tests and
// benchmarks.
#include <string>

#include "helhed/cli/command.h"
#include "helhed/cli/exit_code.h"
#include "helhed/service/register_service.h"

namespace helhed::cli {

void RegisterSynthCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("synth", "Skriv et syntetisk personregister (CSV) til demo, test og benchmark");
  struct Args {
    uint64_t persons = 0;
    std::string years;
    uint64_t seed = 1;
    std::string out;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("--persons", args->persons, "Antal personer pr. år")->required();
  cmd->add_option("--years", args->years, "Årene, fx 2016-2025")->required();
  cmd->add_option("--seed", args->seed, "Frø: samme frø giver samme fil");
  cmd->add_option("--out", args->out, "CSV-fil der skrives")->required();
  cmd->callback([&ctx, args] {
    ctx.action = [&ctx, args]() -> int {
      auto years = service::ParseYearRange(args->years);
      if (!years.ok()) return ReportError(ctx, years.status());
      service::SynthRequest request{args->persons, *years, args->seed, args->out};
      if (const Status status = service::Synthesize(request); !status.ok()) return ReportError(ctx, status);
      ctx.out << "Skrev " << args->persons << " personer pr. år for " << years->first << "-" << years->last
              << " til " << args->out << "\n";
      return kExitOk;
    };
  });
}

}  // namespace helhed::cli
