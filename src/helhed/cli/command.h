// SPDX-License-Identifier: Apache-2.0
// How a subcommand plugs into `helhed`: each *_command.cc defines one
// Register...Command() that adds a CLI11 subcommand and, when that subcommand
// is chosen, sets the action that cli::Run() calls after parsing.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

#include <CLI/CLI.hpp>

#include "helhed/base/status.h"

namespace helhed::cli {

// Output streams and the action chosen on the command line.
struct CommandContext {
  std::ostream& out;
  std::ostream& err;
  std::function<int()> action;
};

// Prints "fejl: <message>" to ctx.err and returns the exit status for it.
int ReportError(CommandContext& ctx, const Status& status);

// Who does a change from the command line: `flag` when given, else
// $HELHED_AUTHOR, $USER or $LOGNAME, else "ukendt".
std::string CommandAuthor(const std::string& flag);

// Subcommands; one file each. Keep alphabetical.
// (one line per command, added with the command)
void RegisterCheckCommand(CLI::App& app, CommandContext& ctx);
void RegisterComputeCommand(CLI::App& app, CommandContext& ctx);
void RegisterDbCommand(CLI::App& app, CommandContext& ctx);
void RegisterExportCommand(CLI::App& app, CommandContext& ctx);
void RegisterImportCommand(CLI::App& app, CommandContext& ctx);
void RegisterListsCommand(CLI::App& app, CommandContext& ctx);
void RegisterPlanCommand(CLI::App& app, CommandContext& ctx);
void RegisterRegisterCommand(CLI::App& app, CommandContext& ctx);
void RegisterReportCommand(CLI::App& app, CommandContext& ctx);
void RegisterServeCommand(CLI::App& app, CommandContext& ctx);
void RegisterSynthCommand(CLI::App& app, CommandContext& ctx);

}  // namespace helhed::cli
