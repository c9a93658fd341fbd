// SPDX-License-Identifier: Apache-2.0
// Writing (temporary directory + rename) and memory-mapped reading of the
// columnar register store. The manifest is the last file written, and the
// rename is what makes a store appear, so readers never see a partial one.
#include "helhed/register/column_store.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "helhed/base/status_macros.h"

namespace helhed::register_ {
namespace {

struct ColumnSpec {
  const char* file;
  int width;
};
// Order matches ColumnStore::Column(index).
constexpr std::array<ColumnSpec, 8> kColumns = {{{"cell.u32", 4},
                                                 {"age.u8", 1},
                                                 {"sex.u8", 1},
                                                 {"origin.u8", 1},
                                                 {"education.u8", 1},
                                                 {"flags.u16", 2},
                                                 {"gross_income.i64", 8},
                                                 {"grade_9.i16", 2}}};

Status WriteBytes(const std::filesystem::path& path, const void* data, size_t bytes) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) {
    return UnavailableError(fmt::format("kan ikke oprette {}: {}", path.string(), std::strerror(errno)));
  }
  const size_t written = bytes == 0 ? 0 : std::fwrite(data, 1, bytes, file);
  const bool flushed = std::fflush(file) == 0 && ::fsync(::fileno(file)) == 0;
  const bool closed = std::fclose(file) == 0;
  if (written != bytes || !flushed || !closed) {
    return UnavailableError(fmt::format("kan ikke skrive {} (disken kan være fuld)", path.string()));
  }
  return OkStatus();
}

// Gathers one column in year order through `order`.
template <typename T>
Status WritePermuted(const std::filesystem::path& path, const std::vector<T>& values,
                     const std::vector<uint32_t>& order) {
  std::vector<T> sorted(order.size());
  for (size_t i = 0; i < order.size(); ++i) sorted[i] = values[order[i]];
  return WriteBytes(path, sorted.data(), sorted.size() * sizeof(T));
}

}  // namespace

// ---- MappedFile ----

MappedFile::~MappedFile() {
  if (data_ != nullptr) ::munmap(data_, size_);
}

MappedFile::MappedFile(MappedFile&& other) noexcept : data_(other.data_), size_(other.size_) {
  other.data_ = nullptr;
  other.size_ = 0;
}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
  if (this != &other) {
    if (data_ != nullptr) ::munmap(data_, size_);
    data_ = other.data_;
    size_ = other.size_;
    other.data_ = nullptr;
    other.size_ = 0;
  }
  return *this;
}

StatusOr<MappedFile> MappedFile::Open(const std::filesystem::path& path, uint64_t expected_bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return NotFoundError(fmt::format("kolonnefilen {} mangler", path.string()));
  struct stat info {};
  if (::fstat(fd, &info) != 0 || static_cast<uint64_t>(info.st_size) != expected_bytes) {
    ::close(fd);
    return DataLossError(fmt::format("kolonnefilen {} har forkert størrelse (forventet {} byte); "
                                     "lageret er beskadiget, indlæs registeret igen",
                                     path.string(), expected_bytes));
  }
  MappedFile file;
  file.size_ = expected_bytes;
  if (expected_bytes > 0) {
    void* data = ::mmap(nullptr, expected_bytes, PROT_READ, MAP_SHARED, fd, 0);
    if (data == MAP_FAILED) {
      ::close(fd);
      return UnavailableError(fmt::format("kan ikke læse {}: {}", path.string(), std::strerror(errno)));
    }
    // One sequential pass per year: tell the kernel to read ahead.
    ::madvise(data, expected_bytes, MADV_SEQUENTIAL);
    file.data_ = data;
  }
  ::close(fd);
  return file;
}

// ---- ColumnStore ----

StatusOr<ColumnStore> ColumnStore::Open(const std::filesystem::path& dir) {
  const auto manifest_path = dir / "manifest.json";
  std::ifstream in(manifest_path);
  if (!in) {
    return NotFoundError(fmt::format("{} er ikke et registerlager (manifest.json mangler); "
                                     "lav det med 'helhed register ingest'",
                                     dir.string()));
  }
  ColumnStore store;
  try {
    const nlohmann::json manifest = nlohmann::json::parse(in);
    if (manifest.at("format").get<std::string>() != kStoreFormat) {
      return FailedPreconditionError(fmt::format(
          "registerlageret {} har formatet {}, men denne version læser {}; indlæs registeret igen",
          dir.string(), manifest.at("format").get<std::string>(), kStoreFormat));
    }
    store.row_count_ = manifest.at("rows").get<uint64_t>();
    store.input_checksum_ = manifest.at("input_checksum").get<std::string>();
    uint64_t next_row = 0;
    for (const auto& year : manifest.at("years")) {
      YearSlice slice{year.at("year").get<int>(), year.at("first_row").get<uint64_t>(),
                      year.at("rows").get<uint64_t>()};
      if (slice.first_row != next_row) throw std::runtime_error("years out of order");
      next_row += slice.row_count;
      store.years_.push_back(slice);
    }
    if (next_row != store.row_count_) throw std::runtime_error("row counts disagree");
    store.afdelinger_ = manifest.at("afdelinger").get<std::vector<std::string>>();
    if (store.afdelinger_.empty() || !store.afdelinger_[0].empty()) {
      throw std::runtime_error("afdeling dictionary must start with the empty id");
    }
    for (const auto& cell : manifest.at("cells")) {
      Cell c{cell.at(0).get<uint32_t>(), cell.at(1).get<uint16_t>(), cell.at(2).get<uint16_t>()};
      if (c.afdeling >= store.afdelinger_.size()) throw std::runtime_error("bad cell");
      store.cells_.push_back(c);
    }
  } catch (const std::exception& e) {
    return DataLossError(fmt::format("manifest.json i {} kan ikke læses ({}); indlæs registeret igen",
                                     dir.string(), e.what()));
  }
  for (const auto& spec : kColumns) {
    HELHED_ASSIGN_OR_RETURN(MappedFile file,
                            MappedFile::Open(dir / spec.file, store.row_count_ * spec.width));
    store.files_.push_back(std::move(file));
  }
  // A cell index outside the dictionary would read out of bounds later.
  const auto cells = store.cell();
  const uint32_t cell_count = static_cast<uint32_t>(store.cells_.size());
  for (uint64_t row = 0; row < store.row_count_; ++row) {
    if (cells[row] >= cell_count) {
      return DataLossError(fmt::format("registerlageret {} er beskadiget (række {})", dir.string(), row));
    }
  }
  return store;
}

void MappedFile::Release(uint64_t offset, uint64_t bytes) const {
  if (data_ == nullptr) return;
  static const uint64_t page = static_cast<uint64_t>(::sysconf(_SC_PAGESIZE));
  const uint64_t end = std::min(offset + bytes, size_);
  const uint64_t first = (offset + page - 1) / page * page;
  const uint64_t last = end == size_ ? end : end / page * page;  // the file's last page may be partial
  if (first >= last) return;
  // Advice only: a failure leaves the pages mapped, which is still correct.
  ::madvise(static_cast<char*>(data_) + first, last - first, MADV_DONTNEED);
}

void ColumnStore::ReleaseRows(uint64_t first_row, uint64_t rows) const {
  for (size_t i = 0; i < files_.size(); ++i) {
    const auto width = static_cast<uint64_t>(kColumns[i].width);
    files_[i].Release(first_row * width, rows * width);
  }
}

uint64_t ColumnStore::column_bytes() const {
  uint64_t total = 0;
  for (const auto& file : files_) total += file.size();
  return total;
}

// ---- ColumnStoreBuilder ----

ColumnStoreBuilder::ColumnStoreBuilder() {
  afdelinger_.push_back("");
  afdeling_index_.emplace("", 0);
}

uint32_t ColumnStoreBuilder::CellIndex(const PersonYear& row) {
  auto [afd_it, afd_new] = afdeling_index_.try_emplace(row.afdeling, static_cast<uint32_t>(afdelinger_.size()));
  if (afd_new) afdelinger_.push_back(row.afdeling);
  const uint64_t key = (static_cast<uint64_t>(afd_it->second) << 32) |
                       (static_cast<uint64_t>(row.kommune) << 16) | static_cast<uint64_t>(row.region);
  auto [cell_it, cell_new] = cell_index_.try_emplace(key, static_cast<uint32_t>(cells_.size()));
  if (cell_new) {
    cells_.push_back(Cell{afd_it->second, static_cast<uint16_t>(row.kommune), static_cast<uint16_t>(row.region)});
  }
  return cell_it->second;
}

void ColumnStoreBuilder::Add(const PersonYear& row) {
  year_.push_back(static_cast<uint16_t>(row.year));
  cell_.push_back(CellIndex(row));
  age_.push_back(static_cast<uint8_t>(row.age));
  sex_.push_back(static_cast<uint8_t>(row.sex));
  origin_.push_back(static_cast<uint8_t>(row.origin));
  education_.push_back(static_cast<uint8_t>(row.education));
  flags_.push_back(row.flags);
  gross_income_.push_back(row.gross_income);
  grade_.push_back(row.grade_hundredths);
}

Status ColumnStoreBuilder::Write(const std::filesystem::path& dir, const std::string& input_checksum) const {
  std::error_code ec;
  if (std::filesystem::exists(dir, ec)) {
    return AlreadyExistsError(fmt::format("{} findes allerede; vælg en ny mappe eller slet den først", dir.string()));
  }
  const auto parent = dir.has_parent_path() ? dir.parent_path() : std::filesystem::path(".");
  const std::string prefix = fmt::format(".{}.tmp-", dir.filename().string());
  // Leftovers of an ingest that was killed: remove those whose process is gone.
  for (const auto& entry : std::filesystem::directory_iterator(parent, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    const int pid = std::atoi(name.c_str() + prefix.size());
    if (pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH) {
      std::error_code ignored;
      std::filesystem::remove_all(entry.path(), ignored);
    }
  }
  const auto tmp = parent / fmt::format("{}{}", prefix, ::getpid());
  std::filesystem::remove_all(tmp, ec);
  if (!std::filesystem::create_directories(tmp, ec)) {
    return UnavailableError(fmt::format("kan ikke oprette {}: {}", tmp.string(), ec.message()));
  }
  auto fail = [&](Status status) {
    std::error_code ignored;
    std::filesystem::remove_all(tmp, ignored);
    return status;
  };

  // Stable counting sort by year: rows of a year become one contiguous range.
  std::array<uint64_t, 65536> per_year{};
  for (uint16_t year : year_) ++per_year[year];
  std::vector<YearSlice> slices;
  std::array<uint64_t, 65536> start{};
  uint64_t next = 0;
  for (int year = 0; year < 65536; ++year) {
    if (per_year[year] == 0) continue;
    slices.push_back(YearSlice{year, next, per_year[year]});
    start[year] = next;
    next += per_year[year];
  }
  std::vector<uint32_t> order(year_.size());
  for (size_t i = 0; i < year_.size(); ++i) order[start[year_[i]]++] = static_cast<uint32_t>(i);

  Status status = WritePermuted(tmp / kColumns[0].file, cell_, order);
  if (status.ok()) status = WritePermuted(tmp / kColumns[1].file, age_, order);
  if (status.ok()) status = WritePermuted(tmp / kColumns[2].file, sex_, order);
  if (status.ok()) status = WritePermuted(tmp / kColumns[3].file, origin_, order);
  if (status.ok()) status = WritePermuted(tmp / kColumns[4].file, education_, order);
  if (status.ok()) status = WritePermuted(tmp / kColumns[5].file, flags_, order);
  if (status.ok()) status = WritePermuted(tmp / kColumns[6].file, gross_income_, order);
  if (status.ok()) status = WritePermuted(tmp / kColumns[7].file, grade_, order);
  if (!status.ok()) return fail(status);

  nlohmann::json manifest;
  manifest["format"] = kStoreFormat;
  manifest["rows"] = year_.size();
  manifest["input_checksum"] = input_checksum;
  manifest["years"] = nlohmann::json::array();
  for (const auto& slice : slices) {
    manifest["years"].push_back({{"year", slice.year}, {"first_row", slice.first_row}, {"rows", slice.row_count}});
  }
  nlohmann::json columns = nlohmann::json::array();
  for (const auto& spec : kColumns) columns.push_back({{"file", spec.file}, {"bytes_per_row", spec.width}});
  manifest["columns"] = columns;
  manifest["afdelinger"] = afdelinger_;
  nlohmann::json cells = nlohmann::json::array();
  for (const auto& cell : cells_) cells.push_back({cell.afdeling, cell.kommune, cell.region});
  manifest["cells"] = cells;
  const std::string text = manifest.dump(1) + "\n";
  status = WriteBytes(tmp / "manifest.json", text.data(), text.size());
  if (!status.ok()) return fail(status);

  std::filesystem::rename(tmp, dir, ec);
  if (ec) return fail(UnavailableError(fmt::format("kan ikke flytte lageret på plads i {}: {}", dir.string(), ec.message())));
  return OkStatus();
}

}  // namespace helhed::register_
