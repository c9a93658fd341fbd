// SPDX-License-Identifier: Apache-2.0
// The exit statuses of every `helhed` command, in one place. docs/cli.md
// documents them for users and scripts.
#pragma once

#include "helhed/base/status.h"

namespace helhed::cli {

enum ExitCode : int {
  kExitOk = 0,           // done; for `check`: no errors found
  kExitFindings = 1,     // the command ran and found errors in the plan/data
  kExitBadInput = 2,     // input or arguments cannot be used (nothing was changed)
  kExitEnvironment = 3,  // database, disk or system failure (nothing half-written)
  kExitConflict = 4,     // someone else saved first; reload and try again
};

// Maps a failed Status to the exit status above.
int ExitCodeFor(const Status& status);

}  // namespace helhed::cli
