// SPDX-License-Identifier: Apache-2.0
// Staff line parsing (see staff_parser.h).
#include "helhed/import/staff_parser.h"

#include <string>
#include <vector>

#include "helhed/base/danish_number.h"
#include "helhed/import/text_clean.h"

namespace helhed::import {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// An amount found in a line: the number, its unit and the text range.
struct Amount {
  double value = 0;
  model::Unit unit = model::Unit::kHoursPerWeek;
  size_t begin = 0;
  size_t end = 0;
};

// Units after the number; the longest phrase first. Hours are weekly in
// every template (the form asks for hours per week), so "timer" alone is too.
struct UnitPhrase {
  std::string_view folded;
  model::Unit unit;
};
constexpr UnitPhrase kUnitPhrases[] = {
    {"timer ugentligt", model::Unit::kHoursPerWeek}, {"timer pr. uge", model::Unit::kHoursPerWeek},
    {"timer om ugen", model::Unit::kHoursPerWeek},   {"timers", model::Unit::kHoursPerWeek},
    {"timer", model::Unit::kHoursPerWeek},           {"%", model::Unit::kPercentOfPosition},
    {"procent", model::Unit::kPercentOfPosition},
};

std::optional<Amount> FindAmount(const std::string& text, size_t from) {
  const std::string folded = FoldCase(text);
  for (size_t pos = from; pos < text.size(); ++pos) {
    if (!IsDigit(text[pos]) || (pos > 0 && (IsDigit(text[pos - 1]) || text[pos - 1] == ','))) continue;
    size_t end = pos;
    while (end < text.size() && (IsDigit(text[end]) || (text[end] == ',' && end + 1 < text.size() && IsDigit(text[end + 1])))) ++end;
    size_t unit_pos = end;
    while (unit_pos < text.size() && text[unit_pos] == ' ') ++unit_pos;
    for (const auto& phrase : kUnitPhrases) {
      if (folded.compare(unit_pos, phrase.folded.size(), phrase.folded) != 0) continue;
      auto value = ParseDanishNumber(std::string_view(text).substr(pos, end - pos));
      if (!value.ok()) break;
      return Amount{*value, phrase.unit, pos, unit_pos + phrase.folded.size()};
    }
  }
  return std::nullopt;
}

std::string TrimPunct(std::string_view text) {
  text = Trim(text);
  while (!text.empty() && (text.back() == ':' || text.back() == ',' || text.back() == '-')) {
    text.remove_suffix(1);
    text = Trim(text);
  }
  while (!text.empty() && (text.front() == ':' || text.front() == ',' || text.front() == '-')) {
    text.remove_prefix(1);
    text = Trim(text);
  }
  return std::string(text);
}

}  // namespace

std::optional<model::Staff> ParseStaffLine(std::string_view item) {
  const std::string text = CleanInline(item);
  auto amount = FindAmount(text, 0);
  if (!amount) return std::nullopt;
  model::Staff staff;
  std::string before = TrimPunct(std::string_view(text).substr(0, amount->begin));
  std::string after = TrimPunct(std::string_view(text).substr(amount->end));
  // "En 50 % boligsocial medarbejder": the article carries nothing.
  const std::string before_folded = FoldCase(before);
  if (before_folded == "en" || before_folded == "et") before.clear();
  std::string function = before.empty() ? after : before;
  std::string rest = before.empty() ? std::string() : after;
  // "… medarbejder fra Fredericia Bibliotek": the employer after "fra".
  for (std::string* part : {&function, &rest}) {
    const std::string folded = FoldCase(*part);
    const size_t fra = StartsWith(folded, "fra ") ? 0 : folded.find(" fra ");
    if (fra == std::string::npos) continue;
    const size_t org_start = fra == 0 ? 4 : fra + 5;
    staff.organisation = TrimPunct(std::string_view(*part).substr(org_start));
    *part = TrimPunct(std::string_view(*part).substr(0, fra));
  }
  if (function.empty()) return std::nullopt;
  staff.function = function;
  model::Value value;
  value.unit = amount->unit;
  value.value = amount->value;
  staff.amount = value;
  return staff;
}

std::vector<std::string> SplitFlattenedStaff(std::string_view text) {
  const std::string cleaned = CleanInline(text);
  std::vector<std::string> parts;
  size_t start = 0;
  size_t from = 0;
  while (auto amount = FindAmount(cleaned, from)) {
    // The unit phrase may go on ("timer pr. uge"); cut after it.
    parts.push_back(std::string(Trim(std::string_view(cleaned).substr(start, amount->end - start))));
    start = amount->end;
    from = amount->end;
  }
  const std::string tail(Trim(std::string_view(cleaned).substr(start)));
  if (!tail.empty()) parts.push_back(tail);
  return parts;
}

}  // namespace helhed::import
