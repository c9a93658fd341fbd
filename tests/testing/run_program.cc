// SPDX-License-Identifier: Apache-2.0
#include "testing/run_program.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <stdexcept>

#include "testing/test_paths.h"

extern char** environ;

namespace helhed::testing {

ProgramResult RunHelhed(const std::vector<std::string>& args, const std::string& stdin_text) {
  ScratchDir scratch;
  const auto in_path = scratch.path() / "stdin";
  const auto out_path = scratch.path() / "stdout";
  const auto err_path = scratch.path() / "stderr";
  WriteFileOrDie(in_path, stdin_text);

  const std::string program = (BinaryDir() / "helhed").string();
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(program.c_str()));
  for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);

  // Files rather than pipes: no deadlock however much the program prints.
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, in_path.c_str(), O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, program.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) throw std::runtime_error("kunne ikke starte " + program);
  int wstatus = 0;
  waitpid(pid, &wstatus, 0);

  ProgramResult result;
  result.exit_code = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 128 + WTERMSIG(wstatus);
  result.out = ReadFileOrDie(out_path);
  result.err = ReadFileOrDie(err_path);
  return result;
}

}  // namespace helhed::testing
