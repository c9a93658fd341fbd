// SPDX-License-Identifier: Apache-2.0
// `helhed import FILE [--out plan.json] [--report report.json] [--data-dir
// DIR]`: reads a plan document (.docx, .txt, .md) into helhed/plan@1.
// Without --out the plan goes to standard output and a Danish summary to
// standard error. Exit 0 on success, 2 for input that cannot be used.
#include <filesystem>
#include <fstream>
#include <memory>
#include <system_error>
#include <string>

#include "helhed/cli/command.h"
#include "helhed/cli/exit_code.h"
#include "helhed/planfile/plan_json.h"
#include "helhed/service/import_service.h"

namespace helhed::cli {
namespace {

// Writes through a temporary file and a rename: never half a file.
Status WriteTextFile(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return UnavailableError("filen kan ikke skrives: " + path);
    out << text;
    if (!out.flush()) return UnavailableError("filen kan ikke skrives: " + path);
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) return UnavailableError("filen kan ikke skrives: " + path);
  return OkStatus();
}

}  // namespace

void RegisterImportCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand("import", "Læs en eksisterende plan (.docx, .txt, .md) ind som helhed/plan@1");
  struct Args {
    std::string file;
    std::string out;
    std::string report;
    std::string data_dir;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("FILE", args->file, "Plandokumentet (.docx, .txt eller .md, højst 50 MB)")->required();
  cmd->add_option("--out", args->out, "Skriv planen (JSON) hertil i stedet for til standard-output");
  cmd->add_option("--report", args->report, "Skriv importrapporten (JSON) hertil");
  cmd->add_option("--data-dir", args->data_dir,
                  "Mappen med etikettabellerne (standard: HELHED_DATA_DIR eller den indbyggede data/)");
  cmd->callback([&ctx, args] {
    ctx.action = [&ctx, args]() -> int {
      service::ImportOptions options;
      options.data_dir = args->data_dir;
      StatusOr<service::ImportOutcome> outcome = service::ImportPlanFile(args->file, options);
      if (!outcome.ok()) return ReportError(ctx, outcome.status());
      // Both files or neither: the report is written first, the plan last.
      if (!args->report.empty()) {
        if (Status s = WriteTextFile(args->report, outcome->report_json); !s.ok()) return ReportError(ctx, s);
      }
      if (!args->out.empty()) {
        if (Status s = WriteTextFile(args->out, outcome->plan_json); !s.ok()) return ReportError(ctx, s);
      } else {
        ctx.out << outcome->plan_json;
      }
      ctx.err << service::ImportSummary(*outcome);
      return kExitOk;
    };
  });
}

}  // namespace helhed::cli
