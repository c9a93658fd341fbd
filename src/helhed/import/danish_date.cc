// SPDX-License-Identifier: Apache-2.0
// Danish date and period parsing for the importer (see danish_date.h).
#include "helhed/import/danish_date.h"

#include <array>
#include <string>

#include "helhed/import/text_clean.h"

namespace helhed::import {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "januar", "februar", "marts",     "april",   "maj",      "juni",
    "juli",   "august",  "september", "oktober", "november", "december"};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..max_len digits at `pos`; returns the count read (0 = none).
size_t ReadNumber(std::string_view text, size_t pos, size_t max_len, int* value) {
  size_t n = 0;
  int v = 0;
  while (pos + n < text.size() && IsDigit(text[pos + n]) && n < max_len) {
    v = v * 10 + (text[pos + n] - '0');
    ++n;
  }
  if (n == 0) return 0;
  // A longer digit run is some other number, not this date part.
  if (pos + n < text.size() && IsDigit(text[pos + n])) return 0;
  *value = v;
  return n;
}

// Tries the date forms at exactly `pos`; on success sets *end.
std::optional<Date> DateAt(std::string_view text, size_t pos, size_t* end) {
  if (pos > 0 && (IsDigit(text[pos - 1]) || text[pos - 1] == '.' || text[pos - 1] == '/')) {
    return std::nullopt;
  }
  int day = 0;
  size_t p = pos;
  size_t n = ReadNumber(text, p, 2, &day);
  if (n == 0) return std::nullopt;
  p += n;
  if (p >= text.size()) return std::nullopt;
  const char sep = text[p];
  if (sep != '.' && sep != '/') return std::nullopt;
  ++p;
  int month = 0;
  int year = 0;
  // "1. januar 2023": a month name after "D. ".
  size_t q = p;
  while (q < text.size() && text[q] == ' ') ++q;
  if (sep == '.' && q > p) {
    const std::string folded = FoldCase(text.substr(q, 12));
    for (size_t m = 0; m < kMonths.size(); ++m) {
      if (StartsWith(folded, kMonths[m])) {
        size_t r = q + kMonths[m].size();
        if (r < text.size() && text[r] != ' ') return std::nullopt;
        while (r < text.size() && text[r] == ' ') ++r;
        const size_t yn = ReadNumber(text, r, 4, &year);
        if (yn != 4) return std::nullopt;
        month = static_cast<int>(m) + 1;
        if (!Date::IsValid(year, month, day)) return std::nullopt;
        *end = r + yn;
        return Date(year, month, day);
      }
    }
    return std::nullopt;
  }
  n = ReadNumber(text, p, 2, &month);
  if (n == 0) return std::nullopt;
  p += n;
  if (p >= text.size()) return std::nullopt;
  // "01.01.2023", "01/01/2023", "1.6.2022"; or "01.02 2017", "1/2 2017".
  if (text[p] == sep || text[p] == ' ') {
    ++p;
    const size_t yn = ReadNumber(text, p, 4, &year);
    if (yn != 4) return std::nullopt;
    if (!Date::IsValid(year, month, day)) return std::nullopt;
    *end = p + yn;
    return Date(year, month, day);
  }
  return std::nullopt;
}

}  // namespace

std::optional<FoundDate> FindDanishDate(std::string_view text, size_t from) {
  for (size_t pos = from; pos < text.size(); ++pos) {
    if (!IsDigit(text[pos])) continue;
    size_t end = 0;
    if (auto date = DateAt(text, pos, &end)) return FoundDate{*date, pos, end};
  }
  return std::nullopt;
}

std::optional<Date> ParseDanishDate(std::string_view text) {
  text = Trim(text);
  auto found = FindDanishDate(text);
  if (!found || found->begin != 0 || found->end != text.size()) return std::nullopt;
  return found->date;
}

model::Period ParsePeriod(std::string_view text, std::string_view as_written_prefix) {
  const std::string cleaned = CleanInline(text);
  model::Period period;
  auto first = FindDanishDate(cleaned);
  if (first) {
    period.start = first->date;
    if (auto second = FindDanishDate(cleaned, first->end)) period.end = second->date;
  }
  if (!period.start || !period.end) {
    std::string written(as_written_prefix);
    if (!written.empty() && !cleaned.empty()) written += " ";
    written += cleaned;
    if (!written.empty()) period.as_written = written;
  }
  return period;
}

}  // namespace helhed::import
