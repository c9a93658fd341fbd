// SPDX-License-Identifier: Apache-2.0
// `helhed check PLAN.json [--format text|json] [--data-dir DIR]`: checks a
// plan against the rules of its grant frame. Exit 0 without errors (warnings
// allowed), 1 with errors, 2 when the file cannot be used (docs/cli.md).
#include <memory>
#include <string>

#include "helhed/cli/command.h"
#include "helhed/cli/exit_code.h"
#include "helhed/service/check_service.h"

namespace helhed::cli {

void RegisterCheckCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("check", "Tjek en plan mod reglerne for dens støtteramme (fejl, advarsler, info)");
  struct Args {
    std::string plan;
    std::string format = "text";
    std::string data_dir;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("PLAN", args->plan, "Planfilen (helhed/plan@1, JSON)")->required();
  cmd->add_option("--format", args->format, "Uddata: text (læsbar, standard) eller json (til værktøjer)")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("--data-dir", args->data_dir,
                  "Mappen med støtterammernes datafiler (standard: HELHED_DATA_DIR eller den indbyggede data/)");
  cmd->callback([&ctx, args] {
    ctx.action = [&ctx, args]() -> int {
      service::CheckOptions options;
      options.data_dir = args->data_dir;
      StatusOr<service::CheckReport> report = service::CheckPlanFile(args->plan, options);
      if (!report.ok()) return ReportError(ctx, report.status());
      ctx.out << (args->format == "json" ? service::FormatCheckJson(*report) : service::FormatCheckText(*report));
      return report->errors > 0 ? kExitFindings : kExitOk;
    };
  });
}

}  // namespace helhed::cli
