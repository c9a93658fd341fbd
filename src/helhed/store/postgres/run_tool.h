// SPDX-License-Identifier: Apache-2.0
// Runs a PostgreSQL client program (pg_dump, pg_restore) without a shell and
// captures its output; used for backup and restore.
#pragma once

#include <string>
#include <vector>

#include "helhed/base/statusor.h"

namespace helhed::store::postgres {

struct ToolResult {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs `args[0]` found on PATH. kUnavailable (naming the Debian package) if it
// cannot be started.
StatusOr<ToolResult> RunTool(const std::vector<std::string>& args);

}  // namespace helhed::store::postgres
