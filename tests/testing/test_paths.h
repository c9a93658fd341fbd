// SPDX-License-Identifier: Apache-2.0
// Where tests find the repository's files and the built program, and a
// scratch directory that is removed when the test ends.
#pragma once

#include <filesystem>
#include <string>

namespace helhed::testing {

// The source tree (for data/, examples/, tests/golden/).
std::filesystem::path SourceDir();
// The build tree (for the built `helhed` program).
std::filesystem::path BinaryDir();

// A fresh directory under the system temp dir, deleted by the destructor.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

std::string ReadFileOrDie(const std::filesystem::path& path);
void WriteFileOrDie(const std::filesystem::path& path, const std::string& content);

}  // namespace helhed::testing
