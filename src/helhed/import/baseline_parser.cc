// SPDX-License-Identifier: Apache-2.0
// Baseline cell parsing (see baseline_parser.h).
#include "helhed/import/baseline_parser.h"

#include <string>

#include "helhed/base/danish_number.h"
#include "helhed/import/danish_date.h"
#include "helhed/import/text_clean.h"
#include "helhed/model/enum_names.h"

namespace helhed::import {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// One thing found in an item: a value or a status, with the text range.
struct Token {
  size_t begin = 0;
  size_t end = 0;
  model::Value value;
  bool percent = false;
};

// The status phrases a cell may hold instead of a number (R6).
struct StatusPhrase {
  std::string_view folded;
  model::ValueStatus status;
};
constexpr StatusPhrase kStatusPhrases[] = {
    {"ingen data", model::ValueStatus::kNotAvailable},
    {"baseline kan tidligst etableres", model::ValueStatus::kPending},
};

// Words after which a number names an area ("Zone 1"), not a value.
constexpr std::string_view kNumberedNames[] = {"zone ", "afd. ", "afdeling ", "nr. "};

bool PrecededByName(const std::string& folded, size_t pos) {
  for (std::string_view word : kNumberedNames) {
    if (pos >= word.size() && folded.compare(pos - word.size(), word.size(), word) == 0) return true;
  }
  return false;
}

// Reads a Danish number token at `pos` ("4.158", "22,1"); returns its end.
size_t NumberEnd(const std::string& text, size_t pos) {
  size_t end = pos;
  while (end < text.size()) {
    if (IsDigit(text[end])) {
      ++end;
    } else if ((text[end] == ',' || text[end] == '.') && end + 1 < text.size() && IsDigit(text[end + 1])) {
      ++end;
    } else {
      break;
    }
  }
  return end;
}

std::vector<Token> Tokenise(const std::string& item, std::optional<Date>* date_out) {
  std::vector<Token> tokens;
  const std::string folded = FoldCase(item);
  size_t pos = 0;
  while (pos < item.size()) {
    bool matched_phrase = false;
    for (const auto& phrase : kStatusPhrases) {
      if (folded.compare(pos, phrase.folded.size(), phrase.folded) != 0) continue;
      Token token;
      token.begin = pos;
      token.end = pos + phrase.folded.size();
      token.value.status = phrase.status;
      if (phrase.status == model::ValueStatus::kPending) {
        if (auto found = FindDanishDate(item, token.end)) {
          token.value.until = found->date;
          token.end = found->end;
        }
      }
      token.value.note = item.substr(token.begin, token.end - token.begin);
      tokens.push_back(std::move(token));
      pos = tokens.back().end;
      matched_phrase = true;
      break;
    }
    if (matched_phrase) continue;
    // "Zone 2: -": a dash standing alone means no value (R6).
    if (item[pos] == '-' && (pos == 0 || item[pos - 1] == ' ') && (pos + 1 == item.size() || item[pos + 1] == ' ')) {
      Token token;
      token.begin = pos;
      token.end = pos + 1;
      token.value.status = model::ValueStatus::kNotAvailable;
      token.value.note = "-";
      tokens.push_back(std::move(token));
      ++pos;
      continue;
    }
    if (!IsDigit(item[pos]) || (pos > 0 && (IsDigit(item[pos - 1]) || IsAsciiLetter(item[pos - 1])))) {
      ++pos;
      continue;
    }
    if (auto found = FindDanishDate(item, pos); found && found->begin == pos) {
      *date_out = found->date;
      pos = found->end;
      continue;
    }
    const size_t end = NumberEnd(item, pos);
    const std::string_view number(item.data() + pos, end - pos);
    size_t after = end;
    while (after < item.size() && item[after] == ' ') ++after;
    // "2019/2020": a school year, not a value.
    if (end < item.size() && item[end] == '/' && end + 1 < item.size() && IsDigit(item[end + 1]) &&
        number.size() == 4) {
      pos = NumberEnd(item, end + 1);
      continue;
    }
    const bool names_area = PrecededByName(folded, pos) || (after < item.size() && item[after] == ':');
    const bool ordinal = end + 1 < item.size() && item[end] == '.' && item[end + 1] == ' ';
    const bool percent = after < item.size() && item[after] == '%';
    const bool year_like = number.size() == 4 && !percent && (StartsWith(number, "19") || StartsWith(number, "20"));
    auto parsed = ParseDanishNumber(number);
    if (names_area || ordinal || year_like || !parsed.ok()) {
      pos = end;
      continue;
    }
    Token token;
    token.begin = pos;
    token.value.value = *parsed;
    token.percent = percent;
    token.end = percent ? after + 1 : end;
    // "22,1 / 306": the count behind the share.
    size_t slash = token.end;
    while (slash < item.size() && item[slash] == ' ') ++slash;
    if (slash < item.size() && item[slash] == '/') {
      size_t next = slash + 1;
      while (next < item.size() && item[next] == ' ') ++next;
      if (next < item.size() && IsDigit(item[next])) {
        const size_t count_end = NumberEnd(item, next);
        if (auto count = ParseDanishNumber(std::string_view(item.data() + next, count_end - next)); count.ok()) {
          token.value.numerator = *count;
          token.end = count_end;
        }
      }
    }
    tokens.push_back(std::move(token));
    pos = tokens.back().end;
  }
  return tokens;
}

// The area name in the text between two values: its last ":"-separated
// part, without dates, brackets and list marks.
std::string AreaName(std::string_view between) {
  std::string text(Trim(between));
  while (!text.empty() && (text.back() == ':' || text.back() == ' ' || text.back() == '(')) text.pop_back();
  const size_t colon = text.rfind(':');
  if (colon != std::string::npos) text = text.substr(colon + 1);
  std::string_view view = Trim(text);
  while (!view.empty() && (view.front() == '(' || view.front() == '-' || view.front() == ')' ||
                           view.front() == '*' || view.front() == ',')) {
    view.remove_prefix(1);
    view = Trim(view);
  }
  return std::string(view);
}

// "i 2019/2020" or "(2020/2021)" right after a value: the year the value
// is from (Fredericia 845, 849, 850).
std::optional<std::string> YearAfter(std::string_view rest) {
  std::string_view text = Trim(rest);
  if (StartsWith(text, "i ")) {
    text.remove_prefix(2);
  } else if (StartsWith(text, "(")) {
    text.remove_prefix(1);
  } else {
    return std::nullopt;
  }
  text = Trim(text);
  size_t end = 0;
  while (end < text.size() && IsDigit(text[end])) ++end;
  if (end != 4) return std::nullopt;
  if (end + 5 <= text.size() && text[end] == '/' && IsDigit(text[end + 1]) && IsDigit(text[end + 4])) end += 5;
  return std::string(text.substr(0, end));
}

// Text after a value that is a remark, not the name of the next area.
bool IsRemark(std::string_view text) {
  const std::string folded = FoldCase(Trim(text));
  return folded.empty() || StartsWith(folded, "i ") || StartsWith(folded, "(") || StartsWith(folded, "af ") ||
         StartsWith(folded, "*") || StartsWith(folded, "pr.");
}

model::BaselineScope ScopeFor(const std::string& area, const BaselineCellOptions& options,
                              const LabelTable& labels) {
  if (area.empty()) return options.default_scope;
  const std::string folded = FoldCase(area);
  for (const auto& word_class : labels.baseline_scopes()) {
    for (const auto& word : word_class.words) {
      if (folded.find(word) == std::string::npos) continue;
      if (auto scope = model::ParseEnum<model::BaselineScope>(word_class.name); scope.ok()) return *scope;
    }
  }
  return options.named_scope;
}

}  // namespace

std::optional<model::Unit> UnitFromIndicatorName(std::string_view name, const LabelTable& labels) {
  const std::string folded = FoldCase(CleanInline(name));
  for (const auto& word_class : labels.indicator_units()) {
    for (const auto& word : word_class.words) {
      // The first word decides: "Andel af ledige" is a share.
      if (!StartsWith(folded, word)) continue;
      if (auto unit = model::ParseEnum<model::Unit>(word_class.name); unit.ok()) return *unit;
    }
  }
  return std::nullopt;
}

std::vector<model::Baseline> ParseBaselineCell(std::string_view cell, const BaselineCellOptions& options,
                                               const LabelTable& labels) {
  std::vector<model::Baseline> baselines;
  const std::vector<std::string> items = SplitListItems(cell);
  const std::string whole = CleanInline(cell);
  if (whole == "-" || whole == "\xE2\x80\x93") {
    model::Baseline baseline;
    baseline.scope = options.default_scope;
    baseline.value.unit = options.unit.value_or(model::Unit::kNumber);
    baseline.value.status = model::ValueStatus::kNotAvailable;
    baseline.value.note = whole;
    baselines.push_back(std::move(baseline));
    return baselines;
  }
  std::optional<Date> date;
  for (const std::string& item : items) {
    const std::vector<Token> tokens = Tokenise(item, &date);
    if (tokens.empty()) continue;
    // A lone value followed by a name: "74,2% Korskærparken".
    const std::string before_first = AreaName(std::string_view(item).substr(0, tokens[0].begin));
    const std::string_view after_last = std::string_view(item).substr(tokens.back().end);
    const bool name_after = tokens.size() == 1 && before_first.empty() && !IsRemark(after_last);
    size_t prev_end = 0;
    for (const Token& token : tokens) {
      model::Baseline baseline;
      std::string area = name_after ? AreaName(after_last)
                                    : AreaName(std::string_view(item).substr(prev_end, token.begin - prev_end));
      prev_end = token.end;
      baseline.value = token.value;
      if (options.unit) {
        baseline.value.unit = *options.unit;
      } else {
        baseline.value.unit = token.percent ? model::Unit::kShare : model::Unit::kNumber;
      }
      baseline.scope = ScopeFor(area, options, labels);
      if (!area.empty()) baseline.area = area;
      if (!token.value.status) baseline.year = YearAfter(std::string_view(item).substr(token.end));
      if (date && !token.value.status) baseline.date = date;
      baselines.push_back(std::move(baseline));
    }
  }
  return baselines;
}

}  // namespace helhed::import
