// SPDX-License-Identifier: Apache-2.0
// libzip adapter (see zip_archive.h). libzip reports errors by codes; they
// become Danish kInvalidArgument statuses here.
#include "helhed/ooxml/zip_archive.h"

#include <zip.h>

#include <algorithm>

#include <fmt/format.h>

#include "helhed/base/status.h"

namespace helhed::ooxml {

struct ZipArchive::Impl {
  std::string bytes;
  zip_t* archive = nullptr;
  ZipLimits limits;
  std::uint64_t total_read = 0;
  ~Impl() {
    if (archive != nullptr) zip_discard(archive);
  }
};

ZipArchive::ZipArchive(std::unique_ptr<Impl> impl, std::vector<std::string> names)
    : impl_(std::move(impl)), names_(std::move(names)) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

StatusOr<ZipArchive> ZipArchive::Open(std::string_view bytes, const ZipLimits& limits) {
  auto impl = std::make_unique<Impl>();
  impl->bytes.assign(bytes.data(), bytes.size());
  impl->limits = limits;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(impl->bytes.data(), impl->bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return InvalidArgumentError("filen kan ikke læses som zip-arkiv");
  }
  impl->archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (impl->archive == nullptr) {
    zip_source_free(source);
    const std::string reason = zip_error_strerror(&error);
    zip_error_fini(&error);
    return InvalidArgumentError(
        fmt::format("filen er ikke et gyldigt Word-dokument (.docx): zip-arkivet er beskadiget ({})", reason));
  }
  zip_error_fini(&error);
  const zip_int64_t count = zip_get_num_entries(impl->archive, 0);
  if (count < 0 || static_cast<std::uint64_t>(count) > limits.max_entries) {
    return InvalidArgumentError(fmt::format(
        "zip-arkivet har {} filer; grænsen er {} (en .docx har normalt under 100)", count, limits.max_entries));
  }
  std::vector<std::string> names;
  names.reserve(static_cast<size_t>(count));
  for (zip_int64_t idx = 0; idx < count; ++idx) {
    const char* name = zip_get_name(impl->archive, static_cast<zip_uint64_t>(idx), 0);
    names.emplace_back(name != nullptr ? name : "");
  }
  return ZipArchive(std::move(impl), std::move(names));
}

bool ZipArchive::Contains(std::string_view name) const {
  return std::find(names_.begin(), names_.end(), name) != names_.end();
}

StatusOr<std::string> ZipArchive::Read(std::string_view name) {
  const std::string key(name);
  const zip_int64_t index = zip_name_locate(impl_->archive, key.c_str(), 0);
  if (index < 0) return NotFoundError(fmt::format("zip-arkivet mangler delen {}", key));
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(impl_->archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    return InvalidArgumentError(fmt::format("delen {} i zip-arkivet er beskadiget", key));
  }
  const ZipLimits& limits = impl_->limits;
  if ((stat.valid & ZIP_STAT_SIZE) && stat.size > limits.max_entry_bytes) {
    return InvalidArgumentError(fmt::format("delen {} er for stor udpakket ({} MB); grænsen er {} MB", key,
                                            stat.size / (1024 * 1024), limits.max_entry_bytes / (1024 * 1024)));
  }
  if ((stat.valid & ZIP_STAT_SIZE) && (stat.valid & ZIP_STAT_COMP_SIZE) && stat.size > 1024 * 1024 &&
      static_cast<double>(stat.size) > limits.max_ratio * static_cast<double>(std::max<zip_uint64_t>(stat.comp_size, 1))) {
    return InvalidArgumentError(
        fmt::format("delen {} pakker sig ud til mere end {} gange sin størrelse (zip-bombe?)", key, limits.max_ratio));
  }
  zip_file_t* file = zip_fopen_index(impl_->archive, static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) {
    return InvalidArgumentError(fmt::format("delen {} i zip-arkivet kan ikke åbnes (beskadiget eller krypteret)", key));
  }
  std::string out;
  char buffer[64 * 1024];
  while (true) {
    const zip_int64_t n = zip_fread(file, buffer, sizeof(buffer));
    if (n < 0) {
      zip_fclose(file);
      return InvalidArgumentError(fmt::format("delen {} i zip-arkivet er beskadiget (kan ikke pakkes ud)", key));
    }
    if (n == 0) break;
    out.append(buffer, static_cast<size_t>(n));
    impl_->total_read += static_cast<std::uint64_t>(n);
    // The declared size may lie; the limits hold for what is really read.
    if (out.size() > limits.max_entry_bytes || impl_->total_read > limits.max_total_bytes) {
      zip_fclose(file);
      return InvalidArgumentError(fmt::format("delen {} er for stor udpakket; grænsen er {} MB", key,
                                              limits.max_entry_bytes / (1024 * 1024)));
    }
  }
  zip_fclose(file);
  return out;
}

}  // namespace helhed::ooxml
