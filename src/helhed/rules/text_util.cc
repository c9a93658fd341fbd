// SPDX-License-Identifier: Apache-2.0
#include "helhed/rules/text_util.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "helhed/base/danish_number.h"

namespace helhed::rules::internal {
namespace {

// Decodes UTF-8 leniently: a broken byte stands for itself, so odd input
// cannot make a comparison throw or loop.
std::vector<char32_t> Decode(std::string_view text) {
  std::vector<char32_t> out;
  for (size_t idx = 0; idx < text.size();) {
    const auto byte = static_cast<unsigned char>(text[idx]);
    int extra = byte >= 0xF0 ? 3 : byte >= 0xE0 ? 2 : byte >= 0xC0 ? 1 : 0;
    if (idx + extra >= text.size()) extra = 0;
    char32_t cp = extra == 0 ? byte : byte & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) cp = (cp << 6) | (static_cast<unsigned char>(text[idx + k]) & 0x3F);
    out.push_back(cp);
    idx += 1 + extra;
  }
  return out;
}

void Encode(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

char32_t Lower(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 32;
  // Latin-1 capitals (Æ, Ø, Å, É, ...), except the multiplication sign.
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 32;
  return cp;
}

bool IsWordChar(char32_t cp) {
  return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) ||
         cp > 0x24F;
}

}  // namespace

std::string Normalise(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char32_t cp : Decode(text)) {
    cp = Lower(cp);
    if (IsWordChar(cp) && !(cp >= 0x2000 && cp <= 0x206F)) {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      Encode(cp, out);
    } else {
      pending_space = true;
    }
  }
  return out;
}

std::string NormaliseName(std::string_view text) {
  std::string_view trimmed = text;
  while (!trimmed.empty() && (trimmed.back() == ' ' || trimmed.back() == '.')) trimmed.remove_suffix(1);
  if (!trimmed.empty() && trimmed.back() == ')') {
    const size_t open = trimmed.rfind('(');
    if (open != std::string_view::npos && open > 0) trimmed = trimmed.substr(0, open);
  }
  return Normalise(trimmed);
}

int EditDistance(std::string_view a, std::string_view b) {
  const std::vector<char32_t> left = Decode(a);
  const std::vector<char32_t> right = Decode(b);
  std::vector<int> row(right.size() + 1);
  for (size_t col = 0; col <= right.size(); ++col) row[col] = static_cast<int>(col);
  for (size_t left_idx = 1; left_idx <= left.size(); ++left_idx) {
    int diagonal = row[0];
    row[0] = static_cast<int>(left_idx);
    for (size_t right_idx = 1; right_idx <= right.size(); ++right_idx) {
      const int above = row[right_idx];
      const int substitution = diagonal + (left[left_idx - 1] == right[right_idx - 1] ? 0 : 1);
      row[right_idx] = std::min({above + 1, row[right_idx - 1] + 1, substitution});
      diagonal = above;
    }
  }
  return row[right.size()];
}

bool IsBlank(std::string_view text) { return Normalise(text).empty(); }

bool IsBlank(const std::string& text) { return Normalise(text).empty(); }

bool IsBlank(const std::optional<std::string>& text) { return !text.has_value() || IsBlank(*text); }

std::optional<FocusAreaMatch> FindFocusArea(const GrantFramePack& pack, std::string_view name) {
  const std::string wanted = Normalise(name);
  for (const FocusAreaDef& area : pack.focus_areas) {
    if (Normalise(area.name) == wanted) return FocusAreaMatch{&area, false};
  }
  for (const FocusAreaDef& area : pack.focus_areas) {
    for (const std::string& alias : area.aliases) {
      if (Normalise(alias) == wanted) return FocusAreaMatch{&area, true};
    }
  }
  return std::nullopt;
}

std::string Num(double value, int max_decimals) {
  for (int decimals = 0; decimals < max_decimals; ++decimals) {
    const double scale = std::pow(10.0, decimals);
    if (std::abs(std::round(value * scale) - value * scale) < 1e-9) return FormatDanish(value, decimals);
  }
  return FormatDanish(value, max_decimals);
}

std::string_view UnitDanish(model::Unit unit) {
  switch (unit) {
    case model::Unit::kShare:
      return "andel (%)";
    case model::Unit::kGrade:
      return "karaktergennemsnit (7-trinsskala)";
    case model::Unit::kCount:
      return "antal personer";
    case model::Unit::kCaseCount:
      return "antal sager";
    case model::Unit::kRatePer100:
      return "pr. 100";
    case model::Unit::kRatePer1000:
      return "pr. 1.000";
    case model::Unit::kAmountDkk:
      return "kr.";
    case model::Unit::kHoursPerWeek:
      return "timer pr. uge";
    case model::Unit::kPercentOfPosition:
      return "% af en stilling";
    case model::Unit::kFte:
      return "årsværk";
    case model::Unit::kNumber:
      return "tal";
  }
  return "tal";
}

std::string ValueText(const model::Value& value) {
  if (!value.value.has_value()) return value.note.value_or("ingen værdi");
  const std::string number = Num(*value.value);
  switch (value.unit) {
    case model::Unit::kShare:
    case model::Unit::kPercentOfPosition:
      return number + " %";
    case model::Unit::kAmountDkk:
      return number + " kr.";
    case model::Unit::kHoursPerWeek:
      return number + " timer/uge";
    case model::Unit::kFte:
      return number + " årsværk";
    default:
      return number;
  }
}

std::string DateText(const Date& date) { return date.ToDanishNumeric(); }

std::string Quote(std::string_view text) { return "\"" + std::string(text) + "\""; }

}  // namespace helhed::rules::internal
