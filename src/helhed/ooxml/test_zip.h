// SPDX-License-Identifier: Apache-2.0
// Test helper: builds a zip archive in a scratch file with libzip and returns
// its bytes, so the reader is tested on real archives.
#pragma once

#include <zip.h>

#include <string>
#include <utility>
#include <vector>

#include "testing/test_paths.h"

namespace helhed::ooxml {

inline std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& entries) {
  helhed::testing::ScratchDir dir;
  const std::string path = (dir.path() / "t.zip").string();
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  if (archive == nullptr) std::abort();
  for (const auto& [name, content] : entries) {
    zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
    if (zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE) < 0) std::abort();
  }
  if (zip_close(archive) != 0) std::abort();
  return helhed::testing::ReadFileOrDie(path);
}

}  // namespace helhed::ooxml
