// SPDX-License-Identifier: Apache-2.0
// The `helhed` command line. The only module that includes CLI11; commands
// parse arguments and call service/, which holds the use cases.
#pragma once

#include <iosfwd>

namespace helhed::cli {

// Runs the program; returns the process exit status (cli/exit_code.h).
int Run(int argc, char** argv);
int Run(int argc, char** argv, std::ostream& out, std::ostream& err);

}  // namespace helhed::cli
