// SPDX-License-Identifier: Apache-2.0
// The `helhed` program: every subcommand lives in src/helhed/cli/.
#include "helhed/cli/cli.h"

int main(int argc, char** argv) { return helhed::cli::Run(argc, argv); }
