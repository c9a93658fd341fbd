// SPDX-License-Identifier: Apache-2.0
// The columnar register store: a directory with one binary file per column of
// fixed-width little-endian integers, rows sorted by year and then by cell
// (afdeling-in-kommune), the categorical columns dictionary-encoded together
// as one profile per row, plus a manifest
// (manifest.json) with row counts, years, dictionaries and the checksum of the
// input. ColumnStoreBuilder writes one atomically; ColumnStore memory-maps it.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "helhed/base/status.h"
#include "helhed/base/huge_page_allocator.h"
#include "helhed/base/statusor.h"
#include "helhed/register/internal/flat_id_map.h"
#include "helhed/register/person_year.h"

namespace helhed::register_ {

// Version of the on-disk layout; Open() refuses other versions. @3: age, sex,
// origin, education and flags as one profile column (@2 had them as five
// columns; @1 also had rows by year only, not by cell).
inline constexpr std::string_view kStoreFormat = "helhed/register-store@3";
// The manifest's `row_order`: within a year, each cell's rows are one
// contiguous run, cells ascending. Open() verifies it.
inline constexpr std::string_view kRowOrder = "year, cell";

// The rows of one reference year: [first_row, first_row + row_count),
// sorted by cell index.
struct YearSlice {
  int year = 0;
  uint64_t first_row = 0;
  uint64_t row_count = 0;
};

// A cell is an afdeling within a kommune (afdeling 0 = outside social
// housing). The cell column dictionary-encodes afdeling, kommune and region at
// once, so the engine counts per cell and never looks at text.
struct Cell {
  uint32_t afdeling = 0;  // index into afdelinger(); 0 = none
  uint16_t kommune = 0;   // DST code
  uint16_t region = 0;    // DST code
};

// One distinct combination of a row's categorical values. The profile
// column holds an index into ColumnStore::profiles() per row, so the
// counting pass loads one value where it loaded five. Only register values
// go in, never indicator definitions (those are data that may change
// without a new ingest).
struct Profile {
  uint8_t age = 0;
  uint8_t sex = 0;        // register_::Sex
  uint8_t origin = 0;     // register_::Origin
  uint8_t education = 0;  // register_::Education
  uint16_t flags = 0;     // register_::Flag bits
  bool operator==(const Profile&) const = default;
};

// A read-only memory-mapped file; move-only.
class MappedFile {
 public:
  MappedFile() = default;
  ~MappedFile();
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  // kNotFound if missing, kDataLoss if its size is not `expected_bytes`.
  static StatusOr<MappedFile> Open(const std::filesystem::path& path, uint64_t expected_bytes);
  const void* data() const { return data_; }
  uint64_t size() const { return size_; }
  // Copies [offset, offset + bytes) into `out` with pread(2). kUnavailable
  // (Danish) on a read error or a short file.
  Status Read(uint64_t offset, uint64_t bytes, void* out) const;

 private:
  void* data_ = nullptr;
  uint64_t size_ = 0;
  int fd_ = -1;
  std::string path_;
};

// Rows [first_row, first_row + rows()) of every column, copied out of a
// store by ColumnStore::ReadRows into one buffer that is reused from one
// read to the next (on huge pages, see base/huge_page_allocator.h: its
// first-touch faults would otherwise cost more than the copies). Every cell
// and profile index in it is inside the store's dictionaries.
class RowBlock {
 public:
  uint64_t rows() const { return rows_; }
  const uint32_t* cell() const { return reinterpret_cast<const uint32_t*>(column(0)); }
  const uint32_t* profile() const { return reinterpret_cast<const uint32_t*>(column(1)); }
  const int64_t* gross_income() const { return reinterpret_cast<const int64_t*>(column(2)); }
  const int16_t* grade_hundredths() const { return reinterpret_cast<const int16_t*>(column(3)); }

 private:
  friend class ColumnStore;
  // Bytes per row of each column before column i's first byte, in the order
  // of ColumnStore::Column(index): the widest first, so each is aligned.
  static constexpr uint64_t kOffsets[4] = {8, 12, 0, 16};
  static constexpr uint64_t kRowBytes = 18;

  void Resize(uint64_t rows);  // room for `rows` rows; keeps the buffer if it is large enough
  const char* column(int i) const { return bytes_.data() + kOffsets[i] * capacity_; }
  char* column(int i) { return bytes_.data() + kOffsets[i] * capacity_; }

  std::vector<char, HugePageAllocator<char>> bytes_;
  uint64_t rows_ = 0, capacity_ = 0;
};

// An opened store. Thread-compatible: concurrent reads are safe.
class ColumnStore {
 public:
  // Errors: kNotFound (no store at dir), kDataLoss (damaged or wrong sizes),
  // kFailedPrecondition (another format version). Messages are Danish.
  static StatusOr<ColumnStore> Open(const std::filesystem::path& dir);

  uint64_t row_count() const { return row_count_; }
  const std::vector<YearSlice>& years() const { return years_; }
  const std::vector<std::string>& afdelinger() const { return afdelinger_; }  // [0] == ""
  const std::vector<Cell>& cells() const { return cells_; }
  // The profile dictionary, most frequent first (ties by value), so the
  // entries most rows use are neighbours in memory.
  const std::vector<Profile>& profiles() const { return profiles_; }
  // "sha256:<hex>" over the input files' bytes, in the order given (stores
  // written before 2026-12-03 say "blake2b-256:<hex>").
  const std::string& input_checksum() const { return input_checksum_; }
  // Bytes of all column files together.
  uint64_t column_bytes() const;

  // Copies rows [first_row, first_row + rows) of every column into `out`
  // with pread(2): a pass over the whole store reads it in pieces that stay
  // in cache, and maps none of its pages (mapping and releasing page-cache
  // pages costs several times the copy on virtual machines, and a mapped
  // file that shrinks kills its reader with SIGBUS; docs/benchmarks.md).
  // kDataLoss (Danish) if a cell or profile index is outside its
  // dictionary, kUnavailable if the file cannot be read.
  Status ReadRows(uint64_t first_row, uint64_t rows, RowBlock& out) const;

  // Columns over all rows, through the mapping; index with YearSlice ranges.
  // For lookups and tests: a pass over many rows uses ReadRows, whose
  // indexes are checked. Open() checks the cell column.
  std::span<const uint32_t> cell() const { return Column<uint32_t>(0); }
  std::span<const uint32_t> profile() const { return Column<uint32_t>(1); }
  std::span<const int64_t> gross_income() const { return Column<int64_t>(2); }
  std::span<const int16_t> grade_hundredths() const { return Column<int16_t>(3); }

 private:
  template <typename T>
  std::span<const T> Column(int index) const {
    return {static_cast<const T*>(files_[index].data()), row_count_};
  }

  uint64_t row_count_ = 0;
  std::vector<YearSlice> years_;
  std::vector<std::string> afdelinger_;
  std::vector<Cell> cells_;
  std::vector<Profile> profiles_;
  std::string input_checksum_;
  std::vector<MappedFile> files_;
};

// Collects parsed rows and writes a store. Not thread-safe.
class ColumnStoreBuilder {
 public:
  ColumnStoreBuilder();
  void Add(const PersonYear& row) { Add(std::span<const PersonYear>(&row, 1)); }
  // Rows in order; a block at a time lets the dictionary lookups of later
  // rows start early (their table slots are prefetched).
  void Add(std::span<const PersonYear> rows);
  uint64_t row_count() const { return year_.size(); }
  // Room for `rows` rows without moving the columns as they grow (only
  // address space: pages are touched when rows arrive).
  void Reserve(uint64_t rows);

  // Writes the store to a temporary sibling of `dir` and renames it into
  // place, so an interrupted write leaves no store and no half-written files
  // under `dir`. Errors: kAlreadyExists if `dir` exists, kUnavailable on I/O
  // failure (the temporary directory is removed).
  Status Write(const std::filesystem::path& dir, const std::string& input_checksum) const;

 private:
  uint32_t CellIndex(const PersonYear& row, uint64_t hash);
  uint32_t ProfileIndex(const Profile& profile, uint64_t hash);

  // Columns on huge pages: at 10 M rows, 4 KB first-touch faults of the
  // growing columns cost ~0.5 s of the reading thread.
  template <typename T>
  using Column = std::vector<T, HugePageAllocator<T>>;

  std::unordered_map<std::string, uint32_t> afdeling_index_;  // only when a new cell is seen
  std::vector<std::string> afdelinger_;
  internal::FlatIdMap cell_index_;  // hash of afdeling, kommune, region -> cells_ index
  std::vector<Cell> cells_;
  internal::FlatIdMap profile_index_;  // MixKey(PackProfile) -> profiles_ index
  std::vector<Profile> profiles_;      // in order of first use
  std::vector<uint64_t> profile_rows_;  // rows per profile
  Column<uint16_t> year_;
  Column<uint32_t> cell_;
  Column<uint32_t> profile_;
  Column<int64_t> gross_income_;
  Column<int16_t> grade_;
};

}  // namespace helhed::register_
