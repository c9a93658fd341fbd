// SPDX-License-Identifier: Apache-2.0
// Writing (temporary directory + rename) and reading of the columnar
// register store: passes copy rows out with pread (ReadRows), lookups use
// a read-only mapping. The manifest is the last file written, and the
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
#include <functional>
#include <sstream>
#include <system_error>
#include <tuple>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "helhed/base/parallel.h"
#include "helhed/base/status_macros.h"

namespace helhed::register_ {
namespace {

struct ColumnSpec {
  const char* file;
  int width;
};
// Order matches ColumnStore::Column(index).
constexpr std::array<ColumnSpec, 4> kColumns = {
    {{"cell.u32", 4}, {"profile.u32", 4}, {"gross_income.i64", 8}, {"grade_9.i16", 2}}};

// Open() checks the cell column in pieces of this many rows.
constexpr uint64_t kCheckRows = uint64_t{1} << 16;

// The first i < n with ids[i] >= limit, or n. First whether there is one,
// four at a time: an OR of unsigned compares (made signed by flipping the
// top bit); only a damaged store pays for the search that finds it.
uint64_t FirstAtLeast(const uint32_t* ids, uint64_t n, uint64_t limit) {
  if (limit > UINT32_MAX) return n;  // every id is inside
  if (limit == 0) return 0;           // none is
  uint64_t i = 0;
  bool any = false;
#if defined(__SSE2__)
  const __m128i flip = _mm_set1_epi32(INT32_MIN);
  const __m128i last = _mm_set1_epi32(static_cast<int32_t>((static_cast<uint32_t>(limit) - 1) ^ 0x80000000u));
  __m128i outside = _mm_setzero_si128();
  for (; i + 4 <= n; i += 4) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(ids + i));
    outside = _mm_or_si128(outside, _mm_cmpgt_epi32(_mm_xor_si128(v, flip), last));
  }
  any = _mm_movemask_epi8(outside) != 0;
#endif
  for (uint64_t j = i; j < n; ++j) any |= ids[j] >= limit;
  if (!any) return n;
  return static_cast<uint64_t>(std::find_if(ids, ids + n, [&](uint32_t id) { return id >= limit; }) - ids);
}

// The profile dictionary: per profile age, sex, origin, education (one byte
// each) and flags (two bytes, little-endian).
constexpr const char* kProfilesFile = "profiles.bin";
constexpr size_t kProfileBytes = 6;

// One integer per profile: equal profiles, equal keys; ascending keys sort
// profiles by age, sex, origin, education, flags.
uint64_t PackProfile(const Profile& p) {
  return uint64_t{p.age} << 40 | uint64_t{p.sex} << 32 | uint64_t{p.origin} << 24 | uint64_t{p.education} << 16 |
         p.flags;
}

// Creates `path`, lets `write` fill it (false: a write failed), then flushes
// it to disk: the store is renamed into place only after all its files are.
template <typename Write>
Status WriteFile(const std::filesystem::path& path, const Write& write) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (file == nullptr) {
    return UnavailableError(fmt::format("kan ikke oprette {}: {}", path.string(), std::strerror(errno)));
  }
  const bool written = write(file);
  const bool flushed = std::fflush(file) == 0 && ::fsync(::fileno(file)) == 0;
  const bool closed = std::fclose(file) == 0;
  if (!written || !flushed || !closed) {
    return UnavailableError(fmt::format("kan ikke skrive {} (disken kan være fuld)", path.string()));
  }
  return OkStatus();
}

Status WriteBytes(const std::filesystem::path& path, const void* data, size_t bytes) {
  return WriteFile(path, [&](std::FILE* file) { return bytes == 0 || std::fwrite(data, 1, bytes, file) == bytes; });
}

// Writes one column in store order, value_of(order[i]) for every i, a chunk
// at a time: no second full-size copy of the column (whose fresh pages cost
// more to fault in than to fill).
template <typename T, typename Order, typename ValueOf>
Status WriteInOrder(const std::filesystem::path& path, const Order& order, const ValueOf& value_of) {
  constexpr size_t kChunkRows = size_t{1} << 16;
  std::vector<T> chunk(std::min(order.size(), kChunkRows));
  return WriteFile(path, [&](std::FILE* file) {
    for (size_t begin = 0; begin < order.size(); begin += chunk.size()) {
      const size_t rows = std::min(chunk.size(), order.size() - begin);
      for (size_t i = 0; i < rows; ++i) chunk[i] = value_of(order[begin + i]);
      if (std::fwrite(chunk.data(), sizeof(T), rows, file) != rows) return false;
    }
    return true;
  });
}

}  // namespace

// ---- MappedFile ----

MappedFile::~MappedFile() {
  if (data_ != nullptr) ::munmap(data_, size_);
  if (fd_ >= 0) ::close(fd_);
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(other.data_), size_(other.size_), fd_(other.fd_), path_(std::move(other.path_)) {
  other.data_ = nullptr;
  other.size_ = 0;
  other.fd_ = -1;
}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
  if (this != &other) {
    if (data_ != nullptr) ::munmap(data_, size_);
    if (fd_ >= 0) ::close(fd_);
    data_ = other.data_;
    size_ = other.size_;
    fd_ = other.fd_;
    path_ = std::move(other.path_);
    other.data_ = nullptr;
    other.size_ = 0;
    other.fd_ = -1;
  }
  return *this;
}

Status MappedFile::Read(uint64_t offset, uint64_t bytes, void* out) const {
  if (offset > size_ || bytes > size_ - offset) {
    return UnavailableError(fmt::format("kan ikke læse {} (uden for filen)", path_));
  }
  char* to = static_cast<char*>(out);
  while (bytes > 0) {
    const ssize_t got = ::pread(fd_, to, bytes, static_cast<off_t>(offset));
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) {
      return UnavailableError(fmt::format("kan ikke læse {}: {}", path_,
                                          got < 0 ? std::strerror(errno) : "filen er blevet kortere"));
    }
    to += got;
    offset += static_cast<uint64_t>(got);
    bytes -= static_cast<uint64_t>(got);
  }
  return OkStatus();
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
  file.fd_ = fd;  // kept for Read(); closed with the file
  file.path_ = path.string();
  if (expected_bytes > 0) {
    void* data = ::mmap(nullptr, expected_bytes, PROT_READ, MAP_SHARED, fd, 0);
    if (data == MAP_FAILED) {
      return UnavailableError(fmt::format("kan ikke læse {}: {}", path.string(), std::strerror(errno)));
    }
    file.data_ = data;
  }
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
  uint64_t profile_count = 0;
  try {
    const nlohmann::json manifest = nlohmann::json::parse(in);
    if (manifest.at("format").get<std::string>() != kStoreFormat) {
      return FailedPreconditionError(fmt::format(
          "registerlageret {} har formatet {}, men denne version læser kun {} (rækkerne sorteret efter "
          "år og celle, alder, køn, herkomst, uddannelse og markeringer samlet i én profilkolonne); "
          "indlæs registeret igen med 'helhed register ingest'",
          dir.string(), manifest.at("format").get<std::string>(), kStoreFormat));
    }
    if (manifest.at("row_order").get<std::string>() != kRowOrder) throw std::runtime_error("unknown row_order");
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
    profile_count = manifest.at("profiles").get<uint64_t>();
    if (profile_count > (uint64_t{1} << 32)) throw std::runtime_error("too many profiles");
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
  {
    HELHED_ASSIGN_OR_RETURN(MappedFile file,
                            MappedFile::Open(dir / kProfilesFile, profile_count * kProfileBytes));
    store.profiles_.resize(profile_count);
    std::vector<uint8_t> bytes(profile_count * kProfileBytes);
    HELHED_RETURN_IF_ERROR(file.Read(0, bytes.size(), bytes.data()));
    for (size_t i = 0; i < store.profiles_.size(); ++i) {
      const uint8_t* b = bytes.data() + i * kProfileBytes;
      store.profiles_[i] = Profile{b[0], b[1], b[2], b[3], static_cast<uint16_t>(b[4] | b[5] << 8)};
    }
  }
  // A cell index outside the dictionary would read out of bounds later, and
  // readers rely on each year's rows being sorted by cell. Read in pieces
  // with pread, like ReadRows, so the check maps no pages.
  const uint32_t cell_count = static_cast<uint32_t>(store.cells_.size());
  std::vector<uint32_t> cells;
  for (const auto& slice : store.years_) {
    uint32_t previous = 0;
    for (uint64_t first = slice.first_row; first < slice.first_row + slice.row_count; first += cells.size()) {
      cells.resize(std::min<uint64_t>(kCheckRows, slice.first_row + slice.row_count - first));
      HELHED_RETURN_IF_ERROR(store.files_[0].Read(first * 4, cells.size() * 4, cells.data()));
      for (size_t i = 0; i < cells.size(); ++i) {
        if (cells[i] >= cell_count || cells[i] < previous) {
          return DataLossError(fmt::format("registerlageret {} er beskadiget (række {})", dir.string(), first + i));
        }
        previous = cells[i];
      }
    }
  }
  return store;
}

void RowBlock::Resize(uint64_t rows) {
  if (rows > capacity_) {
    bytes_.resize(rows * kRowBytes);
    capacity_ = rows;
  }
  rows_ = rows;
}

Status ColumnStore::ReadRows(uint64_t first_row, uint64_t rows, RowBlock& out) const {
  static_assert(RowBlock::kRowBytes == kColumns[0].width + kColumns[1].width + kColumns[2].width + kColumns[3].width);
  out.Resize(rows);
  for (size_t i = 0; i < files_.size(); ++i) {
    const auto width = static_cast<uint64_t>(kColumns[i].width);
    HELHED_RETURN_IF_ERROR(files_[i].Read(first_row * width, rows * width, out.column(static_cast<int>(i))));
  }
  // An index outside its dictionary would make a reader count into or look
  // up garbage; checked while the bytes are in cache.
  if (const uint64_t bad = FirstAtLeast(out.cell(), rows, cells_.size()); bad < rows) {
    return DataLossError(fmt::format("registerlageret er beskadiget (cellenummer {} i række {}); "
                                     "indlæs registeret igen",
                                     out.cell()[bad], first_row + bad));
  }
  if (const uint64_t bad = FirstAtLeast(out.profile(), rows, profiles_.size()); bad < rows) {
    return DataLossError(fmt::format("registerlageret er beskadiget (profilnummer {} i række {}); "
                                     "indlæs registeret igen",
                                     out.profile()[bad], first_row + bad));
  }
  return OkStatus();
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

namespace {

uint64_t CellHash(const PersonYear& row) {
  return std::hash<std::string_view>()(row.afdeling) ^
         internal::MixKey(static_cast<uint64_t>(row.kommune) << 16 | static_cast<uint64_t>(row.region));
}

Profile ProfileOf(const PersonYear& row) {
  return Profile{static_cast<uint8_t>(row.age), static_cast<uint8_t>(row.sex), static_cast<uint8_t>(row.origin),
                 static_cast<uint8_t>(row.education), row.flags};
}

}  // namespace

uint32_t ColumnStoreBuilder::CellIndex(const PersonYear& row, uint64_t hash) {
  const auto kommune = static_cast<uint16_t>(row.kommune);
  const auto region = static_cast<uint16_t>(row.region);
  const auto [id, added] = cell_index_.FindOrAdd(hash, static_cast<uint32_t>(cells_.size()), [&](uint32_t candidate) {
    const Cell& cell = cells_[candidate];
    return cell.kommune == kommune && cell.region == region && afdelinger_[cell.afdeling] == row.afdeling;
  });
  if (added) {
    auto [afd_it, afd_new] = afdeling_index_.try_emplace(row.afdeling, static_cast<uint32_t>(afdelinger_.size()));
    if (afd_new) afdelinger_.push_back(row.afdeling);
    cells_.push_back(Cell{afd_it->second, kommune, region});
  }
  return id;
}

uint32_t ColumnStoreBuilder::ProfileIndex(const Profile& profile, uint64_t hash) {
  // MixKey is bijective: equal hashes are equal profiles.
  const auto [id, added] =
      profile_index_.FindOrAdd(hash, static_cast<uint32_t>(profiles_.size()), [](uint32_t) { return true; });
  if (added) {
    profiles_.push_back(profile);
    profile_rows_.push_back(0);
  }
  ++profile_rows_[id];
  return id;
}

void ColumnStoreBuilder::Reserve(uint64_t rows) {
  year_.reserve(rows);
  cell_.reserve(rows);
  profile_.reserve(rows);
  gross_income_.reserve(rows);
  grade_.reserve(rows);
}

void ColumnStoreBuilder::Add(std::span<const PersonYear> rows) {
  // The dictionaries outgrow the caches, so a lookup is a wait for memory;
  // the slots of the row kAhead rows on are requested while this one is
  // looked up, so the waits overlap.
  constexpr size_t kAhead = 8;
  struct Hashes {
    uint64_t cell = 0, profile = 0;
  };
  std::array<Hashes, kAhead> ahead;
  auto start = [&](size_t i) {
    Hashes& h = ahead[i % kAhead];
    h = Hashes{CellHash(rows[i]), internal::MixKey(PackProfile(ProfileOf(rows[i])))};
    cell_index_.Prefetch(h.cell);
    profile_index_.Prefetch(h.profile);
  };
  for (size_t i = 0; i < std::min(kAhead, rows.size()); ++i) start(i);
  for (size_t i = 0; i < rows.size(); ++i) {
    const PersonYear& row = rows[i];
    const Hashes h = ahead[i % kAhead];
    if (i + kAhead < rows.size()) start(i + kAhead);
    year_.push_back(static_cast<uint16_t>(row.year));
    cell_.push_back(CellIndex(row, h.cell));
    profile_.push_back(ProfileIndex(ProfileOf(row), h.profile));
    gross_income_.push_back(row.gross_income);
    grade_.push_back(row.grade_hundredths);
  }
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

  // Stable counting sort by (year, cell): the rows of a year become one
  // contiguous range, and within it the rows of each cell one contiguous run
  // (cells ascending), so a counting pass sums runs instead of scattering
  // into per-cell counters.
  std::array<uint64_t, 65536> per_year{};
  for (uint16_t year : year_) ++per_year[year];
  std::vector<YearSlice> slices;
  std::array<uint32_t, 65536> year_index{};
  uint64_t next = 0;
  for (int year = 0; year < 65536; ++year) {
    if (per_year[year] == 0) continue;
    year_index[year] = static_cast<uint32_t>(slices.size());
    slices.push_back(YearSlice{year, next, per_year[year]});
    next += per_year[year];
  }
  // Canonical dictionaries (afdelinger by id, cells by region, kommune,
  // afdeling), so the store depends on the input's row order only within a
  // cell, and a kommune's cells are neighbours.
  std::vector<uint32_t> by_id(afdelinger_.size());
  for (uint32_t i = 0; i < by_id.size(); ++i) by_id[i] = i;
  std::sort(by_id.begin(), by_id.end(), [&](uint32_t a, uint32_t b) { return afdelinger_[a] < afdelinger_[b]; });
  std::vector<uint32_t> afdeling_rank(afdelinger_.size());
  std::vector<std::string> afdelinger(afdelinger_.size());
  for (uint32_t r = 0; r < by_id.size(); ++r) {
    afdeling_rank[by_id[r]] = r;
    afdelinger[r] = afdelinger_[by_id[r]];
  }
  const uint64_t cell_count = cells_.size();
  std::vector<uint32_t> cell_order(cell_count);
  for (uint32_t i = 0; i < cell_count; ++i) cell_order[i] = i;
  auto cell_key = [&](uint32_t i) {
    return std::tuple(cells_[i].region, cells_[i].kommune, afdeling_rank[cells_[i].afdeling]);
  };
  std::sort(cell_order.begin(), cell_order.end(), [&](uint32_t a, uint32_t b) { return cell_key(a) < cell_key(b); });
  std::vector<uint32_t> cell_rank(cell_count);
  std::vector<Cell> cells(cell_count);
  for (uint32_t r = 0; r < cell_count; ++r) {
    cell_rank[cell_order[r]] = r;
    const Cell& c = cells_[cell_order[r]];
    cells[r] = Cell{afdeling_rank[c.afdeling], c.kommune, c.region};
  }

  // Profiles by descending frequency (ties by value): canonical, and the
  // entries most rows use share cache lines in a reader's tables.
  std::vector<uint32_t> profile_order(profiles_.size());
  for (uint32_t i = 0; i < profile_order.size(); ++i) profile_order[i] = i;
  std::sort(profile_order.begin(), profile_order.end(), [&](uint32_t a, uint32_t b) {
    return std::pair(~profile_rows_[a], PackProfile(profiles_[a])) < std::pair(~profile_rows_[b], PackProfile(profiles_[b]));
  });
  std::vector<uint32_t> profile_rank(profiles_.size());
  std::vector<uint8_t> profile_bytes(profiles_.size() * kProfileBytes);
  for (uint32_t r = 0; r < profile_order.size(); ++r) {
    profile_rank[profile_order[r]] = r;
    const Profile& p = profiles_[profile_order[r]];
    uint8_t* b = profile_bytes.data() + r * kProfileBytes;
    b[0] = p.age;
    b[1] = p.sex;
    b[2] = p.origin;
    b[3] = p.education;
    b[4] = static_cast<uint8_t>(p.flags & 0xFF);
    b[5] = static_cast<uint8_t>(p.flags >> 8);
  }

  std::vector<uint64_t> start(slices.size() * cell_count + 1);
  auto key = [&](size_t i) { return year_index[year_[i]] * cell_count + cell_rank[cell_[i]]; };
  for (size_t i = 0; i < year_.size(); ++i) ++start[key(i) + 1];
  for (size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
  Column<uint32_t> order(year_.size());
  for (size_t i = 0; i < year_.size(); ++i) order[start[key(i)]++] = static_cast<uint32_t>(i);
  std::vector<uint64_t>().swap(start);

  // The files are independent: written on every core, largest first.
  const std::array<std::function<Status()>, 5> writers = {
      [&] { return WriteInOrder<int64_t>(tmp / kColumns[2].file, order, [&](uint32_t i) { return gross_income_[i]; }); },
      [&] { return WriteInOrder<uint32_t>(tmp / kColumns[0].file, order, [&](uint32_t i) { return cell_rank[cell_[i]]; }); },
      [&] {
        return WriteInOrder<uint32_t>(tmp / kColumns[1].file, order, [&](uint32_t i) { return profile_rank[profile_[i]]; });
      },
      [&] { return WriteInOrder<int16_t>(tmp / kColumns[3].file, order, [&](uint32_t i) { return grade_[i]; }); },
      [&] { return WriteBytes(tmp / kProfilesFile, profile_bytes.data(), profile_bytes.size()); },
  };
  std::array<Status, writers.size()> written;
  ParallelFor(writers.size(), [&](size_t w) { written[w] = writers[w](); });
  for (const Status& status : written) {
    if (!status.ok()) return fail(status);
  }
  Status status;

  nlohmann::json manifest;
  manifest["format"] = kStoreFormat;
  manifest["rows"] = year_.size();
  manifest["row_order"] = kRowOrder;
  manifest["input_checksum"] = input_checksum;
  manifest["years"] = nlohmann::json::array();
  for (const auto& slice : slices) {
    manifest["years"].push_back({{"year", slice.year}, {"first_row", slice.first_row}, {"rows", slice.row_count}});
  }
  nlohmann::json columns = nlohmann::json::array();
  for (const auto& spec : kColumns) columns.push_back({{"file", spec.file}, {"bytes_per_row", spec.width}});
  manifest["columns"] = columns;
  manifest["profiles"] = profiles_.size();
  manifest["profile_file"] = kProfilesFile;
  manifest["afdelinger"] = afdelinger;
  nlohmann::json cell_list = nlohmann::json::array();
  for (const auto& cell : cells) cell_list.push_back({cell.afdeling, cell.kommune, cell.region});
  manifest["cells"] = cell_list;
  const std::string text = manifest.dump(1) + "\n";
  status = WriteBytes(tmp / "manifest.json", text.data(), text.size());
  if (!status.ok()) return fail(status);

  std::filesystem::rename(tmp, dir, ec);
  if (ec) return fail(UnavailableError(fmt::format("kan ikke flytte lageret på plads i {}: {}", dir.string(), ec.message())));
  return OkStatus();
}

}  // namespace helhed::register_
