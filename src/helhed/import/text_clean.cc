// SPDX-License-Identifier: Apache-2.0
// Text normalisation helpers for the importer (see text_clean.h).
#include "helhed/import/text_clean.h"

#include <cctype>

namespace helhed::import {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Appends `text` with runs of whitespace collapsed into one space.
void AppendCollapsed(std::string& out, std::string_view text) {
  for (char c : text) {
    if (IsSpace(c)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
}

// Replaces the HTML entities that Word-to-HTML converters leave behind.
std::string_view EntityText(std::string_view entity) {
  if (entity == "&amp;") return "&";
  if (entity == "&lt;") return "<";
  if (entity == "&gt;") return ">";
  if (entity == "&nbsp;") return " ";
  if (entity == "&quot;") return "\"";
  if (entity == "&#39;") return "'";
  return {};
}

// An HTML tag starts with "<" followed by a letter or "/" and ends at ">".
bool LooksLikeTag(std::string_view text, size_t pos, size_t* end) {
  if (pos + 1 >= text.size()) return false;
  const char next = text[pos + 1];
  if (!(std::isalpha(static_cast<unsigned char>(next)) || next == '/')) return false;
  const size_t close = text.find('>', pos);
  if (close == std::string_view::npos || close - pos > 200) return false;
  *end = close + 1;
  return true;
}

}  // namespace

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
  return text;
}

bool StartsWith(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && text.substr(0, prefix.size()) == prefix;
}

std::string CleanInline(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t pos = 0;
  while (pos < text.size()) {
    const char c = text[pos];
    size_t end = 0;
    if (c == '<' && LooksLikeTag(text, pos, &end)) {
      // A block tag separates words; an inline tag (<i>) does not.
      const std::string_view tag = text.substr(pos, end - pos);
      if (StartsWith(tag, "<p") || StartsWith(tag, "</p") || StartsWith(tag, "<li") ||
          StartsWith(tag, "<br") || StartsWith(tag, "<ul") || StartsWith(tag, "</ul")) {
        if (!out.empty() && out.back() != ' ') out.push_back(' ');
      }
      pos = end;
      continue;
    }
    if (c == '&') {
      const size_t semi = text.find(';', pos);
      if (semi != std::string_view::npos && semi - pos <= 6) {
        const std::string_view replacement = EntityText(text.substr(pos, semi - pos + 1));
        if (!replacement.empty()) {
          AppendCollapsed(out, replacement);
          pos = semi + 1;
          continue;
        }
      }
    }
    if (c == '*') {
      ++pos;
      continue;
    }
    // U+00A0 no-break space (C2 A0).
    if (static_cast<unsigned char>(c) == 0xC2 && pos + 1 < text.size() &&
        static_cast<unsigned char>(text[pos + 1]) == 0xA0) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      pos += 2;
      continue;
    }
    if (IsSpace(c)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
      ++pos;
      continue;
    }
    // A run of ordinary characters is copied at once (this function runs
    // over every paragraph several times; per-character appends dominated
    // the import's profile).
    size_t run = pos + 1;
    while (run < text.size()) {
      const char r = text[run];
      if (r == '<' || r == '&' || r == '*' || static_cast<unsigned char>(r) == 0xC2 || IsSpace(r)) break;
      ++run;
    }
    out.append(text.substr(pos, run - pos));
    pos = run;
  }
  return std::string(Trim(out));
}

std::string FoldCase(std::string_view text) {
  std::string out(text);
  for (size_t i = 0; i < out.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c - 'A' + 'a');
    } else if (c == 0xC3 && i + 1 < out.size()) {
      // Æ (C3 86), Ø (C3 98), Å (C3 85), É (C3 89): lower case is +0x20.
      const unsigned char n = static_cast<unsigned char>(out[i + 1]);
      if (n == 0x86 || n == 0x98 || n == 0x85 || n == 0x89) out[i + 1] = static_cast<char>(n + 0x20);
      ++i;
    }
  }
  return out;
}

std::string MatchKey(std::string_view text) {
  std::string key = FoldCase(CleanInline(text));
  while (!key.empty() && (key.back() == ':' || key.back() == ' ')) key.pop_back();
  return key;
}

std::vector<std::string> SplitListItems(std::string_view text) {
  // Block tags and bullets become item breaks; then each piece is cleaned.
  std::string marked;
  marked.reserve(text.size());
  size_t pos = 0;
  // Inside <ul> without <li>, the export may glue items together at their
  // dash: "… bestyrelsesmøder- Præsentation af …" (Fredericia 2210).
  bool in_list = false;
  while (pos < text.size()) {
    size_t end = 0;
    // So is a dash item of its own ("- Forberedelse …- Præsentation …").
    if ((marked.empty() || marked.back() == '\n') && text.compare(pos, 2, "- ") == 0) in_list = true;
    if (in_list && text[pos] == '-' && pos > 0 && pos + 2 < text.size() && text[pos + 1] == ' ' &&
        ((text[pos - 1] >= 'a' && text[pos - 1] <= 'z') || static_cast<unsigned char>(text[pos - 1]) >= 0x80) &&
        ((text[pos + 2] >= 'A' && text[pos + 2] <= 'Z') || static_cast<unsigned char>(text[pos + 2]) == 0xC3)) {
      marked.push_back('\n');
      pos += 2;
      continue;
    }
    if (text[pos] == '<' && LooksLikeTag(text, pos, &end)) {
      const std::string_view tag = text.substr(pos, end - pos);
      if (StartsWith(tag, "<ul")) in_list = true;
      if (StartsWith(tag, "</ul") || StartsWith(tag, "<p")) in_list = false;
      if (StartsWith(tag, "<p") || StartsWith(tag, "<li") || StartsWith(tag, "<br") ||
          StartsWith(tag, "</p") || StartsWith(tag, "<ul") || StartsWith(tag, "</li")) {
        marked.push_back('\n');
      }
      pos = end;
      continue;
    }
    // "•" is E2 80 A2.
    if (text.compare(pos, 3, "\xE2\x80\xA2") == 0) {
      marked.push_back('\n');
      pos += 3;
      continue;
    }
    marked.push_back(text[pos]);
    ++pos;
  }
  std::vector<std::string> items;
  size_t start = 0;
  while (start <= marked.size()) {
    size_t nl = marked.find('\n', start);
    if (nl == std::string::npos) nl = marked.size();
    std::string item = CleanInline(std::string_view(marked).substr(start, nl - start));
    if (StartsWith(item, "- ")) item.erase(0, 2);
    if (item == "-") item.clear();
    if (!item.empty()) items.push_back(std::move(item));
    start = nl + 1;
  }
  return items;
}

bool IsSeparatorRow(std::string_view line) {
  bool has_dash = false;
  for (char c : line) {
    if (c == '-') {
      has_dash = true;
    } else if (!IsSpace(c) && c != '|' && c != ':') {
      return false;
    }
  }
  return has_dash && line.find("--") != std::string_view::npos;
}

bool StartsLikeContinuation(std::string_view text) {
  text = Trim(text);
  if (text.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(text[0]);
  if (c == '(') return true;
  if (c >= 'a' && c <= 'z') return true;
  // æ (C3 A6), ø (C3 B8), å (C3 A5).
  if (c == 0xC3 && text.size() > 1) {
    const unsigned char n = static_cast<unsigned char>(text[1]);
    return n == 0xA6 || n == 0xB8 || n == 0xA5;
  }
  return false;
}

std::string NormaliseForCompare(std::string_view text) {
  std::string cleaned = FoldCase(CleanInline(text));
  // Bullets and list dashes are layout, not content.
  std::string out;
  out.reserve(cleaned.size());
  size_t pos = 0;
  while (pos < cleaned.size()) {
    if (cleaned.compare(pos, 3, "\xE2\x80\xA2") == 0) {
      out.push_back(' ');
      pos += 3;
      continue;
    }
    if (cleaned[pos] == '-' && (pos == 0 || cleaned[pos - 1] == ' ') &&
        (pos + 1 == cleaned.size() || cleaned[pos + 1] == ' ')) {
      ++pos;
      continue;
    }
    out.push_back(cleaned[pos]);
    ++pos;
  }
  std::string collapsed;
  AppendCollapsed(collapsed, out);
  return std::string(Trim(collapsed));
}

}  // namespace helhed::import
