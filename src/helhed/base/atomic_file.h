// SPDX-License-Identifier: Apache-2.0
// Writing a file so that readers see either the old file or the whole new
// one, never a half-written one: a temporary sibling, then a rename.
#pragma once

#include <filesystem>
#include <functional>
#include <string_view>

#include "helhed/base/status.h"

namespace helhed {

// A hidden sibling of `path` in the same directory (so the rename stays on
// one file system), unique per process: ".<stem>.tmp-<pid><ext>".
std::filesystem::path TemporarySibling(const std::filesystem::path& path);

// Writes `bytes` to `path` via TemporarySibling + rename. kUnavailable with
// a Danish message naming the file when it cannot be written; the temporary
// file is removed and `path` is untouched then.
Status WriteFileAtomically(const std::filesystem::path& path, std::string_view bytes);

// For writers that produce the file themselves (libzip, libxlsxwriter):
// calls `write` with the temporary path, then renames it over `path`. A
// failed `write` or rename removes the temporary file.
Status ReplaceFileAtomically(const std::filesystem::path& path,
                             const std::function<Status(const std::filesystem::path&)>& write);

}  // namespace helhed
