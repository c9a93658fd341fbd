// SPDX-License-Identifier: Apache-2.0
// Runs the built `helhed` program as a user would, capturing its output and
// exit status, for end-to-end CLI tests.
#pragma once

#include <string>
#include <vector>

namespace helhed::testing {

struct ProgramResult {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs BinaryDir()/helhed with `args` (no shell involved), optional stdin.
ProgramResult RunHelhed(const std::vector<std::string>& args, const std::string& stdin_text = "");

}  // namespace helhed::testing
