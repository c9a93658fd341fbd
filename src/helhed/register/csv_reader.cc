// SPDX-License-Identifier: Apache-2.0
// The register CSV reader: a chunked line splitter and a per-field parser
// that reports the first problem of each row in Danish. Chunks of whole lines
// are parsed on several threads; rows reach the sink in file order.
#include "helhed/register/csv_reader.h"

#include <algorithm>
#include <array>
#include <bit>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <deque>
#include <future>
#include <memory>
#include <optional>
#include <string_view>
#include <thread>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>

#include "helhed/base/checksum.h"
#include "helhed/base/parallel.h"
#include "helhed/base/status_macros.h"
#include "helhed/register/person_id.h"

namespace helhed::register_ {
namespace {

constexpr size_t kChunkBytes = 4 << 20;

enum ColumnId {
  kYear, kPersonId, kAfdeling, kKommune, kRegion, kAge, kSex, kOrigin, kEducation,
  kInEducationCol, kEmployedCol, kGrossIncome, kTaxableCol, kChargedCol, kConvictedCol,
  kInDaycareCol, kGrade9, kVotedCol, kColumnCount
};
static_assert(kColumnCount == kColumnNames.size());

// Splits a line without quotes into `fields`; false (fields then partly
// filled) at the first quote. Register rows rarely quote anything and their
// fields are a few bytes long, so the separators are found 16 bytes at a
// time, one bit each, where a byte loop took a branch per byte and a library
// search per field cost more still.
bool SplitUnquoted(std::string_view line, char sep, std::vector<std::string_view>& fields) {
  const char* const begin = line.data();
  const size_t size = line.size();
  const char* start = begin;
  size_t i = 0;
#if defined(__SSE2__)
  const __m128i seps = _mm_set1_epi8(sep);
  const __m128i quotes = _mm_set1_epi8('"');
  for (; i + 16 <= size; i += 16) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(begin + i));
    if (_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, quotes)) != 0) return false;
    for (auto bits = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, seps))); bits != 0;
         bits &= bits - 1) {
      const char* at = begin + i + std::countr_zero(bits);
      fields.emplace_back(start, static_cast<size_t>(at - start));
      start = at + 1;
    }
  }
#endif
  for (; i < size; ++i) {
    if (begin[i] == '"') return false;
    if (begin[i] == sep) {
      fields.emplace_back(start, static_cast<size_t>(begin + i - start));
      start = begin + i + 1;
    }
  }
  fields.emplace_back(start, static_cast<size_t>(begin + size - start));
  return true;
}

// Splits one line into fields; handles "quoted" fields with "" escapes.
// Returns false on an unterminated quote.
bool SplitFields(std::string_view line, char sep, std::vector<std::string_view>& fields,
                 std::vector<std::string>& unquoted) {
  fields.clear();
  unquoted.clear();
  if (SplitUnquoted(line, sep, fields)) return true;
  fields.clear();
  std::vector<size_t> quoted_at;
  size_t pos = 0;
  while (true) {
    if (pos < line.size() && line[pos] == '"') {
      std::string value;
      size_t i = pos + 1;
      bool closed = false;
      while (i < line.size()) {
        if (line[i] == '"') {
          if (i + 1 < line.size() && line[i + 1] == '"') {
            value.push_back('"');
            i += 2;
            continue;
          }
          closed = true;
          ++i;
          break;
        }
        value.push_back(line[i++]);
      }
      if (!closed || (i < line.size() && line[i] != sep)) return false;
      unquoted.push_back(std::move(value));
      quoted_at.push_back(fields.size());
      fields.push_back({});  // points into `unquoted` once it stops growing
      if (i >= line.size()) break;
      pos = i + 1;
      continue;
    }
    const size_t end = line.find(sep, pos);
    if (end == std::string_view::npos) {
      fields.push_back(line.substr(pos));
      break;
    }
    fields.push_back(line.substr(pos, end - pos));
    pos = end + 1;
  }
  for (size_t k = 0; k < quoted_at.size(); ++k) fields[quoted_at[k]] = unquoted[k];
  return true;
}

template <typename T>
bool ParseInt(std::string_view text, T& out) {
  if (text.empty()) return false;
  const char* begin = text.data();
  if (*begin == '+') return false;
  auto [ptr, ec] = std::from_chars(begin, text.data() + text.size(), out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

// grade_9: decimal point, at most two decimals, −3…12.
bool ParseGrade(std::string_view text, int16_t& hundredths) {
  bool negative = false;
  if (!text.empty() && text[0] == '-') {
    negative = true;
    text.remove_prefix(1);
  }
  const size_t dot = text.find('.');
  std::string_view whole = text.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? std::string_view() : text.substr(dot + 1);
  int whole_value = 0;
  if (!ParseInt(whole, whole_value) || whole_value < 0) return false;
  if (dot != std::string_view::npos && (frac.empty() || frac.size() > 2)) return false;
  int frac_value = 0;
  if (!frac.empty()) {
    if (!ParseInt(frac, frac_value) || frac_value < 0) return false;
    if (frac.size() == 1) frac_value *= 10;
  }
  int value = whole_value * 100 + frac_value;
  if (negative) value = -value;
  if (value < -300 || value > 1200) return false;
  hundredths = static_cast<int16_t>(value);
  return true;
}

class RowParser {
 public:
  explicit RowParser(const std::array<int, kColumnCount>& position) : position_(position) {}

  // Fills `row`; on failure sets column/reason and returns false.
  bool Parse(const std::vector<std::string_view>& f, PersonYear& row, std::string& column,
             std::string& reason, bool& cpr_like) const {
    auto field = [&](ColumnId id) { return f[position_[id]]; };
    auto bad = [&](ColumnId id, std::string why) {
      column = std::string(kColumnNames[id]);
      reason = std::move(why);
      return false;
    };
    auto flag = [&](ColumnId id, uint16_t bit) {
      const auto v = field(id);
      if (v == "1") {
        row.flags |= bit;
        return true;
      }
      return v == "0";
    };
    row.flags = 0;
    if (!ParseInt(field(kYear), row.year) || row.year < 1900 || row.year > 2200) {
      return bad(kYear, "skal være et årstal (fx 2023)");
    }
    const auto id = field(kPersonId);
    if (id.empty()) return bad(kPersonId, "mangler");
    if (LooksLikeCpr(id)) {
      cpr_like = true;
      return bad(kPersonId, "ligner et CPR-nummer");
    }
    row.afdeling.assign(field(kAfdeling));
    if (row.afdeling.size() > 64) return bad(kAfdeling, "er længere end 64 tegn");
    const auto kommune = field(kKommune);
    if (kommune.size() != 3 || !ParseInt(kommune, row.kommune) || row.kommune < 100) {
      return bad(kKommune, "skal være en 3-cifret kommunekode fra Danmarks Statistik (fx 607)");
    }
    if (!ParseInt(field(kRegion), row.region) || row.region < 1081 || row.region > 1085) {
      return bad(kRegion, "skal være en regionskode fra 1081 til 1085");
    }
    if (!ParseInt(field(kAge), row.age) || row.age < 0 || row.age > 125) {
      return bad(kAge, "skal være et helt tal fra 0 til 125");
    }
    const auto sex = ParseSex(field(kSex));
    if (!sex) return bad(kSex, "skal være M eller K");
    row.sex = *sex;
    const auto origin = ParseOrigin(field(kOrigin));
    if (!origin) {
      return bad(kOrigin, "skal være dansk, indvandrer_vestlig, indvandrer_ikke_vestlig, "
                          "efterkommer_vestlig eller efterkommer_ikke_vestlig");
    }
    row.origin = *origin;
    const auto education = ParseEducation(field(kEducation));
    if (!education) {
      return bad(kEducation, "skal være grundskole, gymnasial, erhvervsfaglig, kvu, mvu, lvu eller ukendt");
    }
    row.education = *education;
    if (!flag(kInEducationCol, kInEducation)) return bad(kInEducationCol, "skal være 0 eller 1");
    if (!flag(kEmployedCol, kEmployed)) return bad(kEmployedCol, "skal være 0 eller 1");
    if (!ParseInt(field(kGrossIncome), row.gross_income)) {
      return bad(kGrossIncome, "skal være et helt antal kroner uden tusindtalsseparator (fx 245000)");
    }
    if (!flag(kTaxableCol, kTaxable)) return bad(kTaxableCol, "skal være 0 eller 1");
    if (!flag(kChargedCol, kCharged)) return bad(kChargedCol, "skal være 0 eller 1");
    if (!flag(kConvictedCol, kConvicted)) return bad(kConvictedCol, "skal være 0 eller 1");
    const auto daycare = field(kInDaycareCol);
    const bool daycare_age = row.age >= 1 && row.age <= 5;
    if (daycare_age) {
      if (!flag(kInDaycareCol, kInDaycare)) return bad(kInDaycareCol, "skal være 0 eller 1 for 1-5-årige");
      row.flags |= kDaycarePresent;
    } else if (!daycare.empty()) {
      return bad(kInDaycareCol, "skal være tom for andre end 1-5-årige");
    }
    const auto grade = field(kGrade9);
    row.grade_hundredths = kNoGrade;
    if (!grade.empty()) {
      if (!ParseGrade(grade, row.grade_hundredths)) {
        return bad(kGrade9, "skal være et karaktergennemsnit fra -3 til 12 med punktum og højst to decimaler (fx 7.25)");
      }
      row.flags |= kGradePresent;
    }
    const auto voted = field(kVotedCol);
    if (!voted.empty()) {
      if (!flag(kVotedCol, kVoted)) return bad(kVotedCol, "skal være 0, 1 eller tom (ikke stemmeberettiget)");
      row.flags |= kVotedPresent;
    }
    return true;
  }

 private:
  std::array<int, kColumnCount> position_;
};

// Reads header fields into column positions.
Status MapHeader(const std::vector<std::string_view>& header, const std::string& file,
                 std::array<int, kColumnCount>& position) {
  position.fill(-1);
  for (size_t i = 0; i < header.size(); ++i) {
    int found = -1;
    for (int c = 0; c < kColumnCount; ++c) {
      if (kColumnNames[c] == header[i]) found = c;
    }
    if (found < 0) {
      return InvalidArgumentError(fmt::format("{} linje 1: ukendt kolonne '{}'; kolonnerne skal være {}",
                                              file, header[i], fmt::join(kColumnNames, ", ")));
    }
    if (position[found] >= 0) {
      return InvalidArgumentError(fmt::format("{} linje 1: kolonnen '{}' står to gange", file, header[i]));
    }
    position[found] = static_cast<int>(i);
  }
  for (int c = 0; c < kColumnCount; ++c) {
    if (position[c] < 0) {
      return InvalidArgumentError(fmt::format("{} linje 1: kolonnen '{}' mangler i overskriften", file, kColumnNames[c]));
    }
  }
  return OkStatus();
}


// A run of whole data lines and what parsing them gave. Blocks are parsed on
// worker threads and handed to the sink in file order, so the rows reach it
// in the order of the file and only the parsing runs in parallel. Blocks are
// reused with their memory: on the VMs we measured on, first touches of
// fresh pages cost more than parsing them.
struct Block {
  std::unique_ptr<char[]> bytes;  // not zeroed: it is read into
  size_t capacity = 0;
  size_t size = 0;
  std::vector<PersonYear> rows;
  std::vector<RowError> errors;  // lines counted from the block's first line (1)
  uint64_t lines = 0;
  uint64_t rows_read = 0;
  std::optional<uint64_t> cpr_line;  // parsing stopped here: a CPR-like person_id

  std::string_view text() const { return {bytes.get(), size}; }
  // Room for `size + more` bytes, keeping the first `size`.
  void Reserve(size_t more) {
    if (size + more <= capacity) return;
    const size_t grown = std::max(size + more, 2 * capacity);
    auto bigger = std::make_unique_for_overwrite<char[]>(grown);
    if (size > 0) std::memcpy(bigger.get(), bytes.get(), size);
    bytes = std::move(bigger);
    capacity = grown;
  }
  void Clear() {
    size = 0;
    rows.clear();
    errors.clear();
    lines = rows_read = 0;
    cpr_line.reset();
  }
};

// What every block of one file is parsed with, fixed by its header.
struct FileFormat {
  std::string file;
  char sep = ',';
  size_t header_fields = 0;
  std::optional<RowParser> parser;
};

void ParseBlock(const FileFormat& format, Block& block) {
  std::vector<std::string_view> fields;
  std::vector<std::string> unquoted;
  PersonYear row;
  std::string_view rest = block.text();
  block.rows.reserve(rest.size() / 48);  // a register row is ~70 bytes
  while (!rest.empty()) {
    const size_t nl = rest.find('\n');
    std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    const uint64_t line_no = ++block.lines;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;  // blank lines (e.g. at the end) carry no row
    ++block.rows_read;
    std::string column, reason;
    bool ok = SplitFields(line, format.sep, fields, unquoted);
    if (!ok) {
      reason = "et citationstegn (\") er ikke afsluttet";
    } else if (fields.size() != format.header_fields) {
      ok = false;
      reason = fmt::format("har {} felter, men overskriften har {}", fields.size(), format.header_fields);
    } else {
      bool cpr_like = false;
      ok = format.parser->Parse(fields, row, column, reason, cpr_like);
      if (cpr_like) {
        block.cpr_line = line_no;
        return;
      }
    }
    if (ok) {
      block.rows.push_back(row);
    } else {
      block.errors.push_back(RowError{format.file, line_no, std::move(column), std::move(reason)});
    }
  }
}

// Reads the header line `line` of `format.file`.
Status ReadHeader(std::string_view line, FileFormat& format) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
  format.sep = line.find(';') != std::string_view::npos ? ';' : ',';
  std::vector<std::string_view> fields;
  std::vector<std::string> unquoted;
  if (!SplitFields(line, format.sep, fields, unquoted)) {
    return InvalidArgumentError(fmt::format("{} linje 1: overskriften kan ikke læses", format.file));
  }
  std::array<int, kColumnCount> position{};
  HELHED_RETURN_IF_ERROR(MapHeader(fields, format.file, position));
  format.header_fields = fields.size();
  format.parser.emplace(position);
  return OkStatus();
}

// Blocks parsed at once: enough to keep every core busy while the reading
// thread hashes the input and feeds the sink.
size_t BlocksInFlight() { return 2 * WorkerThreads(); }

}  // namespace

StatusOr<ReadReport> ReadRegisterCsv(const std::vector<std::filesystem::path>& files,
                                     const RowBlockSink& sink) {
  Sha256 hash;
  ReadReport report;
  std::vector<std::unique_ptr<Block>> spare;  // delivered blocks, memory kept
  auto take_block = [&spare]() {
    if (spare.empty()) return std::make_unique<Block>();
    std::unique_ptr<Block> block = std::move(spare.back());
    spare.pop_back();
    block->Clear();
    return block;
  };
  for (const auto& path : files) {
    FileFormat format;
    format.file = path.string();
    std::FILE* in = std::fopen(path.c_str(), "rb");
    if (in == nullptr) {
      return NotFoundError(fmt::format("registerfilen {} findes ikke eller kan ikke læses", format.file));
    }
    std::deque<std::pair<std::unique_ptr<Block>, std::future<void>>> pending;
    Status failure;
    uint64_t lines_before = 1;  // the header; lines of blocks delivered so far are added
    // Hands the oldest block's rows to the sink; false once the file is refused.
    auto deliver = [&]() {
      auto [block, parsed] = std::move(pending.front());
      pending.pop_front();
      parsed.get();
      report.rows_read += block->rows_read;
      report.rows_ok += block->rows.size();
      report.rows_bad += block->errors.size();
      if (!block->rows.empty()) sink(block->rows);
      for (RowError& error : block->errors) {
        error.line += lines_before;
        report.errors.push_back(std::move(error));
      }
      if (block->cpr_line && failure.ok()) {
        failure = InvalidArgumentError(fmt::format(
            "{} linje {}: person_id ligner et CPR-nummer; registerudtrækket skal have pseudonymiserede id'er, "
            "og filen afvises",
            format.file, lines_before + *block->cpr_line));
      }
      lines_before += block->lines;
      spare.push_back(std::move(block));
      return failure.ok();
    };
    auto submit = [&](std::unique_ptr<Block> block) {
      Block* raw = block.get();
      pending.emplace_back(std::move(block),
                           std::async(std::launch::async, [&format, raw]() { ParseBlock(format, *raw); }));
      while (failure.ok() && pending.size() >= BlocksInFlight() && deliver()) {
      }
    };
    // Each block is read into directly: the incomplete last line of the
    // block before (`carry`), then a chunk of the file, cut after its last
    // line break; what follows goes to the next block.
    std::string carry;
    bool header_read = false;
    bool read_error = false;
    while (failure.ok()) {
      std::unique_ptr<Block> block = take_block();
      block->Reserve(carry.size() + kChunkBytes);
      std::memcpy(block->bytes.get(), carry.data(), carry.size());
      block->size = carry.size();
      carry.clear();
      const size_t got = std::fread(block->bytes.get() + block->size, 1, kChunkBytes, in);
      hash.Update(block->bytes.get() + block->size, got);
      block->size += got;
      const bool at_end = got == 0;
      if (at_end) read_error = std::ferror(in) != 0;
      std::string_view text = block->text();
      if (!header_read) {
        const size_t nl = text.find('\n');
        if (nl == std::string_view::npos && !at_end) {
          carry.assign(text);
          spare.push_back(std::move(block));
          continue;
        }
        if (text.empty()) break;
        failure = ReadHeader(text.substr(0, nl), format);
        header_read = true;
        if (!failure.ok() || nl == std::string_view::npos) break;
        text.remove_prefix(nl + 1);
      }
      const size_t cut = at_end ? text.size() : text.rfind('\n') + 1;  // npos + 1 = 0: no line break yet
      carry.assign(text.substr(cut));
      std::memmove(block->bytes.get(), text.data(), cut);
      block->size = cut;
      if (cut > 0) {
        submit(std::move(block));
      } else {
        spare.push_back(std::move(block));
      }
      if (at_end) break;
    }
    std::fclose(in);
    while (!pending.empty()) {
      if (failure.ok()) {
        deliver();
      } else {
        pending.front().second.wait();  // the workers read `format`; never leave one running
        pending.pop_front();
      }
    }
    if (read_error) return UnavailableError(fmt::format("fejl under læsning af {}", format.file));
    if (!failure.ok()) return failure;
    if (!header_read) return InvalidArgumentError(fmt::format("{} er tom; overskriften mangler", format.file));
  }
  report.checksum = hash.Finish();
  return report;
}

}  // namespace helhed::register_
