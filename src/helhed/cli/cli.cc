// SPDX-License-Identifier: Apache-2.0
#include "helhed/cli/cli.h"

#include <cstdlib>

#include <iostream>
#include <string>

#include "helhed/cli/command.h"
#include "helhed/cli/exit_code.h"

namespace helhed::cli {
namespace {

// CLI11's own messages are English; users get a Danish sentence first.
std::string DanishParseError(const CLI::ParseError& e) {
  const std::string what = e.what();
  if (dynamic_cast<const CLI::RequiredError*>(&e)) return "et påkrævet argument mangler (" + what + ")";
  if (dynamic_cast<const CLI::ExtrasError*>(&e)) return "ukendte argumenter (" + what + ")";
  if (dynamic_cast<const CLI::ConversionError*>(&e)) return "en værdi har forkert type (" + what + ")";
  if (dynamic_cast<const CLI::ValidationError*>(&e)) return "en værdi er ugyldig (" + what + ")";
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) return "forkert antal værdier (" + what + ")";
  return "kommandolinjen kan ikke bruges (" + what + ")";
}

}  // namespace

int ReportError(CommandContext& ctx, const Status& status) {
  ctx.err << "fejl: " << status.message() << "\n";
  return ExitCodeFor(status);
}

std::string CommandAuthor(const std::string& flag) {
  if (!flag.empty()) return flag;
  for (const char* name : {"HELHED_AUTHOR", "USER", "LOGNAME"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') return value;
  }
  return "ukendt";
}

int Run(int argc, char** argv) { return Run(argc, argv, std::cout, std::cerr); }

int Run(int argc, char** argv, std::ostream& out, std::ostream& err) {
  CLI::App app{"helhed: boligsociale helhedsplaner som strukturerede data", "helhed"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "helhed 0.1.0");
  CommandContext ctx{out, err, {}};
  // Subcommands, alphabetical; each Register...Command is in its own file.
  RegisterCheckCommand(app, ctx);
  RegisterComputeCommand(app, ctx);
  RegisterDbCommand(app, ctx);
  RegisterExportCommand(app, ctx);
  RegisterImportCommand(app, ctx);
  RegisterListsCommand(app, ctx);
  RegisterPlanCommand(app, ctx);
  RegisterRegisterCommand(app, ctx);
  RegisterReportCommand(app, ctx);
  RegisterServeCommand(app, ctx);
  RegisterSynthCommand(app, ctx);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    out << app.help();
    return kExitOk;
  } catch (const CLI::CallForAllHelp& e) {
    out << app.help("", CLI::AppFormatMode::All);
    return kExitOk;
  } catch (const CLI::CallForVersion& e) {
    out << e.what() << "\n";
    return kExitOk;
  } catch (const CLI::ParseError& e) {
    err << "fejl: " << DanishParseError(e) << "\nSe 'helhed --help'.\n";
    return kExitBadInput;
  }
  if (!ctx.action) {
    err << "fejl: ingen kommando valgt. Se 'helhed --help'.\n";
    return kExitBadInput;
  }
  try {
    return ctx.action();
  } catch (const std::exception& e) {
    // Last resort: adapters should have turned exceptions into a Status.
    err << "intern fejl: " << e.what() << "\n";
    return kExitEnvironment;
  }
}

}  // namespace helhed::cli
