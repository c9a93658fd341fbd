// SPDX-License-Identifier: Apache-2.0
// WriteZipFile: writes a zip archive (deflate, entries in the given order)
// to a file through a temporary sibling and a rename. zip_writer.cc and
// zip_archive.cc are the only files that include <zip.h>.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "helhed/base/status.h"

namespace helhed::ooxml {

struct ZipEntry {
  std::string name;   // path inside the archive, "word/document.xml"
  std::string bytes;  // uncompressed content
};

// kUnavailable (Danish, naming `path`) when the file cannot be written; the
// file at `path` is then unchanged.
Status WriteZipFile(const std::filesystem::path& path, const std::vector<ZipEntry>& entries);

}  // namespace helhed::ooxml
