// SPDX-License-Identifier: Apache-2.0
// 2015-18 local measures (see measures_parser.h).
#include "helhed/import/measures_parser.h"

#include <cctype>
#include <optional>

#include "helhed/import/baseline_parser.h"
#include "helhed/import/text_clean.h"
#include "helhed/model/enum_names.h"

namespace helhed::import {
namespace {

constexpr size_t kMaxMarkerWords = 8;
constexpr std::string_view kPendingPhrase = "baseline kan tidligst etableres";

struct Marker {
  size_t start = 0;
  size_t end = 0;  // after the ':'
};

bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// "Baseline:" or "Baseline for antal sager i SSP-regi:" at a word start; not
// the pending phrase "Baseline kan tidligst etableres …".
std::vector<Marker> FindMarkers(const std::string& text) {
  std::vector<Marker> markers;
  size_t pos = 0;
  while ((pos = text.find("Baseline", pos)) != std::string::npos) {
    const bool word_start = pos == 0 || text[pos - 1] == ' ';
    const size_t colon = text.find(':', pos);
    if (word_start && colon != std::string::npos) {
      const std::string between = FoldCase(text.substr(pos, colon - pos));
      size_t words = 1;
      for (char c : between) words += c == ' ' ? 1 : 0;
      if (words <= kMaxMarkerWords && between.find("tidligst") == std::string::npos) {
        markers.push_back({pos, colon + 1});
        pos = colon + 1;
        continue;
      }
    }
    pos += 8;
  }
  return markers;
}

size_t SkipSpaces(const std::string& text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  return pos;
}

// The scope word ("Boligområdet:") at `pos`, if any; `end` gets the
// position after its colon.
const WordClass* ScopeAt(const std::string& text, size_t pos, const LabelTable& labels, size_t* end) {
  const std::string folded = FoldCase(std::string_view(text).substr(pos, 40));
  for (const WordClass& scope : labels.measure_scopes()) {
    for (const std::string& word : scope.words) {
      if (StartsWith(folded, word + ":")) {
        *end = pos + word.size() + 1;
        return &scope;
      }
    }
  }
  return nullptr;
}

// The end of one value at `pos`: "4,2 % (24 personer)", "0,8 %", the pending
// phrase with its date ("… 1/2 2017"), or nothing.
size_t ValueEnd(const std::string& text, size_t pos) {
  if (StartsWith(FoldCase(std::string_view(text).substr(pos, kPendingPhrase.size())), kPendingPhrase)) {
    size_t p = pos + kPendingPhrase.size();
    // The date: up to two tokens made of digits and '/', '.', '-'.
    for (int token = 0; token < 2; ++token) {
      const size_t start = SkipSpaces(text, p);
      size_t q = start;
      while (q < text.size() && (IsDigit(text[q]) || text[q] == '/' || text[q] == '.' || text[q] == '-')) ++q;
      if (q == start) break;
      p = q;
    }
    return p;
  }
  size_t p = pos;
  while (p < text.size() && (IsDigit(text[p]) || text[p] == ',')) ++p;
  if (p == pos) return pos;
  size_t q = SkipSpaces(text, p);
  if (q < text.size() && text[q] == '%') p = q + 1;
  q = SkipSpaces(text, p);
  if (q < text.size() && text[q] == '(') {
    const size_t close = text.find(')', q);
    if (close != std::string::npos && close - q < 30) p = close + 1;
  }
  return p;
}

std::vector<std::string> Sentences(const std::string& text) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(". ", start);
    end = end == std::string::npos ? text.size() : end + 1;
    std::string sentence(Trim(std::string_view(text).substr(start, end - start)));
    if (!sentence.empty()) out.push_back(std::move(sentence));
    start = end;
  }
  return out;
}

// Name and target from "… i aldersklassen, er faldet med 25 % i 2020.".
model::Indicator FromStatement(const std::string& statement, const LabelTable& labels) {
  model::Indicator indicator;
  const std::string folded = FoldCase(statement);
  for (const WordClass& phrase : labels.target_phrases()) {
    for (const std::string& word : phrase.words) {
      const size_t pos = folded.find(" " + word + " ");
      if (pos == std::string::npos) continue;
      std::string name(Trim(std::string_view(statement).substr(0, pos)));
      while (!name.empty() && name.back() == ',') name.pop_back();
      indicator.name = name;
      model::Target target;
      target.text = std::string(Trim(std::string_view(statement).substr(pos)));
      if (auto direction = model::ParseEnum<model::TargetDirection>(phrase.name); direction.ok()) {
        target.direction = *direction;
      }
      indicator.target = target;
      return indicator;
    }
  }
  indicator.name = statement;
  return indicator;
}

void AddBaselines(model::Indicator& indicator, const std::string& text, size_t* pos, const LabelTable& labels) {
  size_t p = SkipSpaces(text, *pos);
  // "Baseline: 2015 Boligområdet: …": the year first.
  if (p + 4 <= text.size() && IsDigit(text[p]) && IsDigit(text[p + 1]) && IsDigit(text[p + 2]) &&
      IsDigit(text[p + 3]) && (p + 4 == text.size() || text[p + 4] == ' ')) {
    indicator.baseline_year = text.substr(p, 4);
    p = SkipSpaces(text, p + 4);
  }
  indicator.unit = UnitFromIndicatorName(indicator.name, labels);
  size_t after_scope = 0;
  while (const WordClass* scope = ScopeAt(text, p, labels, &after_scope)) {
    const size_t value_start = SkipSpaces(text, after_scope);
    const size_t value_end = ValueEnd(text, value_start);
    p = SkipSpaces(text, value_end);
    if (value_end == value_start) continue;
    // "4,2 % (24 personer)": the count behind the share.
    std::string value_text = text.substr(value_start, value_end - value_start);
    std::optional<double> persons;
    if (const size_t open = value_text.find(" ("); open != std::string::npos && value_text.back() == ')') {
      const std::string inner = value_text.substr(open + 2, value_text.size() - open - 3);
      const size_t space = inner.find(' ');
      if (space != std::string::npos && FoldCase(inner.substr(space + 1)) == "personer" &&
          inner.substr(0, space).find_first_not_of("0123456789") == std::string::npos) {
        persons = std::stod(inner.substr(0, space));
        value_text.resize(open);
      }
    }
    auto parsed_scope = model::ParseEnum<model::BaselineScope>(scope->name);
    if (!parsed_scope.ok()) continue;
    BaselineCellOptions options;
    options.unit = indicator.unit;
    options.default_scope = *parsed_scope;
    options.named_scope = *parsed_scope;
    auto values = ParseBaselineCell(value_text, options, labels);
    if (persons && values.size() == 1) values.front().value.numerator = persons;
    auto& target = *parsed_scope == model::BaselineScope::kKommune ? indicator.other_baselines : indicator.baselines;
    for (auto& value : values) {
      if (!target) target.emplace();
      target->push_back(std::move(value));
    }
  }
  *pos = p;
}

}  // namespace

std::vector<model::Indicator> ParseLocalMeasures(const std::vector<std::string>& paragraphs, const LabelTable& labels) {
  std::vector<model::Indicator> out;
  for (const std::string& raw : paragraphs) {
    std::string text = CleanInline(raw);
    if (StartsWith(FoldCase(text), "datakilde:")) text = std::string(Trim(std::string_view(text).substr(10)));
    if (text.empty()) continue;
    const std::vector<Marker> markers = FindMarkers(text);
    if (markers.empty()) {
      std::vector<std::string> sentences = Sentences(text);
      std::optional<std::string> source;
      if (sentences.size() >= 2) {
        source = sentences.back();
        sentences.pop_back();
      }
      std::string statement;
      for (const std::string& sentence : sentences) statement += (statement.empty() ? "" : " ") + sentence;
      model::Indicator indicator = FromStatement(statement, labels);
      indicator.unit = UnitFromIndicatorName(indicator.name, labels);
      indicator.source = source;
      out.push_back(std::move(indicator));
      continue;
    }
    const size_t first = out.size();
    size_t pos = 0;
    for (const Marker& marker : markers) {
      if (marker.start < pos) continue;
      model::Indicator indicator =
          FromStatement(std::string(Trim(std::string_view(text).substr(pos, marker.start - pos))), labels);
      pos = marker.end;
      AddBaselines(indicator, text, &pos, labels);
      out.push_back(std::move(indicator));
    }
    // The sources column, in the measures' order, up to a footnote ("7 …").
    std::vector<std::string> sources;
    for (const std::string& sentence : Sentences(text.substr(std::min(pos, text.size())))) {
      if (IsDigit(sentence[0])) break;
      sources.push_back(sentence);
    }
    if (sources.size() >= out.size() - first) {
      for (size_t idx = first; idx < out.size(); ++idx) out[idx].source = sources[idx - first];
    }
  }
  return out;
}

}  // namespace helhed::import
