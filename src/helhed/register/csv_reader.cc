// SPDX-License-Identifier: Apache-2.0
// The register CSV reader: a chunked line splitter and a per-field parser
// that reports the first problem of each row in Danish.
#include "helhed/register/csv_reader.h"

#include <sodium.h>

#include <array>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string_view>

#include <fmt/format.h>

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

// Splits one line into fields; handles "quoted" fields with "" escapes.
// Returns false on an unterminated quote.
bool SplitFields(std::string_view line, char sep, std::vector<std::string_view>& fields,
                 std::vector<std::string>& unquoted) {
  fields.clear();
  unquoted.clear();
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
             std::string& reason, bool& cpr_like) {
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

std::string HexDigest(crypto_generichash_state& state) {
  unsigned char digest[32];
  crypto_generichash_final(&state, digest, sizeof digest);
  std::string hex = "blake2b-256:";
  for (unsigned char byte : digest) hex += fmt::format("{:02x}", byte);
  return hex;
}

}  // namespace

StatusOr<ReadReport> ReadRegisterCsv(const std::vector<std::filesystem::path>& files,
                                     const std::function<void(const PersonYear&)>& sink) {
  if (sodium_init() < 0) return InternalError("libsodium kunne ikke startes");
  crypto_generichash_state hash;
  crypto_generichash_init(&hash, nullptr, 0, 32);
  ReadReport report;
  std::vector<std::string_view> fields;
  std::vector<std::string> unquoted;
  std::vector<char> buffer(kChunkBytes);
  for (const auto& path : files) {
    const std::string file = path.string();
    std::FILE* in = std::fopen(path.c_str(), "rb");
    if (in == nullptr) return NotFoundError(fmt::format("registerfilen {} findes ikke eller kan ikke læses", file));
    std::string carry;  // incomplete last line of the previous chunk
    uint64_t line_no = 0;
    char sep = 0;
    std::optional<RowParser> parser;
    size_t header_fields = 0;
    PersonYear row;
    Status failure;
    auto handle_line = [&](std::string_view line) -> bool {
      ++line_no;
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (line_no == 1) {
        if (line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
        sep = line.find(';') != std::string_view::npos ? ';' : ',';
        if (!SplitFields(line, sep, fields, unquoted)) {
          failure = InvalidArgumentError(fmt::format("{} linje 1: overskriften kan ikke læses", file));
          return false;
        }
        std::array<int, kColumnCount> position{};
        failure = MapHeader(fields, file, position);
        if (!failure.ok()) return false;
        header_fields = fields.size();
        parser.emplace(position);
        return true;
      }
      if (line.empty()) return true;  // blank lines (e.g. at the end) carry no row
      ++report.rows_read;
      std::string column, reason;
      bool ok = SplitFields(line, sep, fields, unquoted);
      if (!ok) {
        reason = "et citationstegn (\") er ikke afsluttet";
      } else if (fields.size() != header_fields) {
        ok = false;
        reason = fmt::format("har {} felter, men overskriften har {}", fields.size(), header_fields);
      } else {
        bool cpr_like = false;
        ok = parser->Parse(fields, row, column, reason, cpr_like);
        if (cpr_like) {
          failure = InvalidArgumentError(fmt::format(
              "{} linje {}: person_id ligner et CPR-nummer; registerudtrækket skal have pseudonymiserede id'er, "
              "og filen afvises",
              file, line_no));
          return false;
        }
      }
      if (ok) {
        ++report.rows_ok;
        sink(row);
      } else {
        ++report.rows_bad;
        report.errors.push_back(RowError{file, line_no, std::move(column), std::move(reason)});
      }
      return true;
    };
    bool stopped = false;
    while (!stopped) {
      const size_t got = std::fread(buffer.data(), 1, buffer.size(), in);
      if (got == 0) break;
      crypto_generichash_update(&hash, reinterpret_cast<const unsigned char*>(buffer.data()), got);
      std::string_view chunk(buffer.data(), got);
      size_t start = 0;
      while (true) {
        const size_t nl = chunk.find('\n', start);
        if (nl == std::string_view::npos) break;
        std::string_view line = chunk.substr(start, nl - start);
        if (!carry.empty()) {
          carry.append(line);
          const bool go_on = handle_line(carry);
          carry.clear();
          if (!go_on) { stopped = true; break; }
        } else if (!handle_line(line)) {
          stopped = true;
          break;
        }
        start = nl + 1;
      }
      if (!stopped) carry.append(chunk.substr(start));
    }
    const bool read_error = std::ferror(in) != 0;
    std::fclose(in);
    if (read_error) return UnavailableError(fmt::format("fejl under læsning af {}", file));
    if (!stopped && !carry.empty()) handle_line(carry);
    if (!failure.ok()) return failure;
    if (line_no == 0) return InvalidArgumentError(fmt::format("{} er tom; overskriften mangler", file));
  }
  report.checksum = HexDigest(hash);
  return report;
}

}  // namespace helhed::register_
