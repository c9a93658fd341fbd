// SPDX-License-Identifier: Apache-2.0
// Temporary sibling + rename.
#include "helhed/base/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <string>
#include <fstream>

#include <fmt/format.h>

namespace helhed {
namespace {

// errno in Danish words, for the cases a user can act on.
std::string DanishReason(int error) {
  switch (error) {
    case ENOENT: return "mappen findes ikke";
    case EACCES:
    case EPERM: return "ingen skriveadgang";
    case ENOSPC: return "disken er fuld";
    case EROFS: return "filsystemet er skrivebeskyttet";
    case EISDIR: return "det er en mappe";
    default: return fmt::format("systemfejl {}", error);
  }
}

}  // namespace

std::filesystem::path TemporarySibling(const std::filesystem::path& path) {
  const auto parent = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  return parent / fmt::format(".{}.tmp-{}{}", path.stem().string(), ::getpid(), path.extension().string());
}

Status ReplaceFileAtomically(const std::filesystem::path& path,
                             const std::function<Status(const std::filesystem::path&)>& write) {
  const std::filesystem::path tmp = TemporarySibling(path);
  std::error_code ignored;
  Status status = write(tmp);
  if (!status.ok()) {
    std::filesystem::remove(tmp, ignored);
    return status;
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::filesystem::remove(tmp, ignored);
    return UnavailableError(fmt::format("kan ikke skrive {}: {}", path.string(), DanishReason(ec.value())));
  }
  return OkStatus();
}

Status WriteFileAtomically(const std::filesystem::path& path, std::string_view bytes) {
  return ReplaceFileAtomically(path, [&](const std::filesystem::path& tmp) -> Status {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      return UnavailableError(fmt::format("kan ikke oprette {}: {}", path.string(), DanishReason(errno)));
    }
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) return UnavailableError(fmt::format("kan ikke skrive {} helt (disken kan være fuld)", path.string()));
    return OkStatus();
  });
}

}  // namespace helhed
