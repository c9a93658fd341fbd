// SPDX-License-Identifier: Apache-2.0
// A small scanner over text that nlohmann has already accepted: it walks the
// pointer's segments, skipping sibling values without building anything.
#include "helhed/planfile/locate.h"

#include <string>

#include <nlohmann/json.hpp>

namespace helhed::planfile::internal {
namespace {

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  std::size_t pos() const { return pos_; }
  bool AtEnd() const { return pos_ >= text_.size(); }
  char Peek() const { return AtEnd() ? '\0' : text_[pos_]; }
  void Advance() { if (!AtEnd()) ++pos_; }

  void SkipWhitespace() {
    while (!AtEnd() && (Peek() == ' ' || Peek() == '\t' || Peek() == '\n' || Peek() == '\r')) {
      ++pos_;
    }
  }

  // At an opening quote: moves past the closing one and returns the raw
  // text between them.
  std::string_view SkipString() {
    const std::size_t start = ++pos_;
    while (!AtEnd() && Peek() != '"') pos_ += Peek() == '\\' ? 2 : 1;
    pos_ = std::min(pos_, text_.size());
    const std::string_view raw = text_.substr(start, pos_ - start);
    Advance();
    return raw;
  }

  // Skips one value of any kind; containers by counting brackets, so deep
  // nesting costs no stack.
  void SkipValue() {
    if (Peek() == '"') {
      SkipString();
      return;
    }
    if (Peek() != '{' && Peek() != '[') {
      while (!AtEnd() && Peek() != ',' && Peek() != '}' && Peek() != ']' && Peek() != ' ' &&
             Peek() != '\n' && Peek() != '\r' && Peek() != '\t') {
        ++pos_;
      }
      return;
    }
    int depth = 0;
    while (!AtEnd()) {
      const char c = Peek();
      if (c == '"') {
        SkipString();
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') --depth;
      ++pos_;
      if (depth == 0) return;
    }
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

// The key as the pointer spells it: JSON escapes in the raw text decoded.
std::string DecodeKey(std::string_view raw) {
  if (raw.find('\\') == std::string_view::npos) return std::string(raw);
  try {
    return nlohmann::json::parse("\"" + std::string(raw) + "\"").get<std::string>();
  } catch (const nlohmann::json::exception&) {
    return std::string(raw);
  }
}

// RFC 6901: "~1" is "/", "~0" is "~".
std::string UnescapeSegment(std::string_view segment) {
  std::string out;
  for (std::size_t idx = 0; idx < segment.size(); ++idx) {
    if (segment[idx] == '~' && idx + 1 < segment.size()) {
      out += segment[idx + 1] == '1' ? '/' : '~';
      ++idx;
    } else {
      out += segment[idx];
    }
  }
  return out;
}

// Moves `scanner` from a container's opening bracket to the value named by
// `segment`; false (scanner unchanged) when there is none.
bool EnterSegment(Scanner& scanner, const std::string& segment) {
  Scanner probe = scanner;
  const char open = probe.Peek();
  if (open != '{' && open != '[') return false;
  std::size_t wanted_index = 0;
  if (open == '[') {
    if (segment.empty() || segment.find_first_not_of("0123456789") != std::string::npos) {
      return false;
    }
    wanted_index = std::stoul(segment);
  }
  probe.Advance();
  for (std::size_t index = 0;; ++index) {
    probe.SkipWhitespace();
    if (probe.AtEnd() || probe.Peek() == '}' || probe.Peek() == ']') return false;
    bool match = false;
    if (open == '{') {
      if (probe.Peek() != '"') return false;
      match = DecodeKey(probe.SkipString()) == segment;
      probe.SkipWhitespace();
      if (probe.Peek() != ':') return false;
      probe.Advance();
      probe.SkipWhitespace();
    } else {
      match = index == wanted_index;
    }
    if (match) {
      scanner = probe;
      return true;
    }
    probe.SkipValue();
    probe.SkipWhitespace();
    if (probe.Peek() != ',') return false;
    probe.Advance();
  }
}

}  // namespace

std::size_t LocatePointer(std::string_view text, std::string_view pointer) {
  Scanner scanner(text);
  // nlohmann skips a UTF-8 byte order mark.
  if (text.starts_with("\xEF\xBB\xBF")) {
    for (int idx = 0; idx < 3; ++idx) scanner.Advance();
  }
  scanner.SkipWhitespace();
  std::size_t start = 1;  // past the leading "/"
  while (start <= pointer.size() && !pointer.empty()) {
    std::size_t end = pointer.find('/', start);
    if (end == std::string_view::npos) end = pointer.size();
    if (!EnterSegment(scanner, UnescapeSegment(pointer.substr(start, end - start)))) break;
    start = end + 1;
  }
  return std::min(scanner.pos(), text.empty() ? 0 : text.size() - 1);
}

}  // namespace helhed::planfile::internal
