// SPDX-License-Identifier: Apache-2.0
// ZipArchive: a read-only view of a zip file held in memory, with limits
// against zip bombs (entry count, uncompressed size per entry and in total,
// compression ratio). The only place in helhed that includes <zip.h>.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/base/statusor.h"

namespace helhed::ooxml {

struct ZipLimits {
  // More entries than any real Office file has (a large DOCX has ~50).
  std::size_t max_entries = 5000;
  // Uncompressed bytes of one entry that may be read.
  std::uint64_t max_entry_bytes = 64u * 1024u * 1024u;
  // Uncompressed bytes read from the archive in total.
  std::uint64_t max_total_bytes = 256u * 1024u * 1024u;
  // Uncompressed/compressed above this, for entries over 1 MB, is a bomb.
  double max_ratio = 200.0;
};

class ZipArchive {
 public:
  // Opens `bytes` (copied). kInvalidArgument with a Danish message when the
  // bytes are not a readable zip archive or have too many entries.
  static StatusOr<ZipArchive> Open(std::string_view bytes, const ZipLimits& limits = {});

  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  // Names of all entries, in archive order.
  const std::vector<std::string>& entry_names() const { return names_; }
  bool Contains(std::string_view name) const;

  // The uncompressed bytes of entry `name`. kNotFound when absent;
  // kInvalidArgument (Danish) when it is corrupt or breaks a limit. The
  // limits are checked while reading, not only against the declared sizes.
  StatusOr<std::string> Read(std::string_view name);

 private:
  struct Impl;
  explicit ZipArchive(std::unique_ptr<Impl> impl, std::vector<std::string> names);
  std::unique_ptr<Impl> impl_;
  std::vector<std::string> names_;
};

}  // namespace helhed::ooxml
