// SPDX-License-Identifier: Apache-2.0
// libzip adapter for writing (see zip_writer.h).
#include "helhed/ooxml/zip_writer.h"

#include <zip.h>

#include <fmt/format.h>

#include "helhed/base/atomic_file.h"

namespace helhed::ooxml {
namespace {

// A fixed modification time (2000-01-01) so the same document gives the same
// bytes: exports can be compared and cached.
constexpr time_t kFixedTime = 946684800;

Status WriteTo(const std::filesystem::path& tmp, const std::filesystem::path& shown,
               const std::vector<ZipEntry>& entries) {
  int error_code = 0;
  zip_t* archive = zip_open(tmp.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error_code);
  if (archive == nullptr) {
    return UnavailableError(fmt::format("kan ikke oprette {} (mappen findes ikke, eller der er ingen skriveadgang)",
                                        shown.string()));
  }
  for (const ZipEntry& entry : entries) {
    // libzip reads the buffer at zip_close(); `entries` outlives that call.
    zip_source_t* source = zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
    if (source == nullptr) {
      zip_discard(archive);
      return InternalError("zip: kan ikke tilføje " + entry.name);
    }
    const zip_int64_t index = zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(source);
      zip_discard(archive);
      return InternalError("zip: kan ikke tilføje " + entry.name);
    }
    zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 6);
    zip_file_set_mtime(archive, static_cast<zip_uint64_t>(index), kFixedTime, 0);
  }
  if (zip_close(archive) != 0) {
    zip_discard(archive);
    return UnavailableError(fmt::format("kan ikke skrive {} helt (disken kan være fuld)", shown.string()));
  }
  return OkStatus();
}

}  // namespace

Status WriteZipFile(const std::filesystem::path& path, const std::vector<ZipEntry>& entries) {
  return ReplaceFileAtomically(path, [&](const std::filesystem::path& tmp) { return WriteTo(tmp, path, entries); });
}

}  // namespace helhed::ooxml
