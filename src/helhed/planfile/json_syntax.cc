// SPDX-License-Identifier: Apache-2.0
// A SAX handler that builds the json tree itself, so that every nlohmann
// error (including number overflow, which the DOM parser reports without a
// position) arrives with its byte offset, and so that duplicate keys and
// runaway nesting are caught where they occur.
#include "helhed/planfile/json_syntax.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "helhed/base/danish_number.h"

namespace helhed::planfile::internal {
namespace {

using nlohmann::json;

// Danish text for nlohmann's English parse error. nlohmann's messages have the
// form "... - <what went wrong>; last read: '...'; expected <what was wanted>"
// (the parts after the dash in varying order), so the two halves are matched
// separately: "unexpected end of input" must not read as "expected end of input".
std::string DanishSyntaxMessage(int id, std::string_view what) {
  if (id == 406) return "tallet er for stort";
  std::string_view problem_part = what;
  std::string_view expected_part;
  const std::size_t expected_at = what.find("; expected ");
  if (expected_at != std::string_view::npos) {
    problem_part = what.substr(0, expected_at);
    expected_part = what.substr(expected_at + 11);
  }
  auto has = [](std::string_view text, std::string_view needle) {
    return text.find(needle) != std::string_view::npos;
  };

  std::string problem;
  if (has(problem_part, "unexpected end of input")) {
    problem = "teksten slutter, før JSON-dokumentet er færdigt";
  } else if (has(problem_part, "ill-formed UTF-8")) {
    problem = "ugyldig UTF-8 i en tekst; gem filen som UTF-8";
  } else if (has(problem_part, "control character")) {
    problem = "en tekst i anførselstegn må ikke indeholde linjeskift eller andre kontroltegn "
              "(skriv \\n for linjeskift)";
  } else if (has(problem_part, "missing closing quote")) {
    problem = "en tekst mangler sit afsluttende anførselstegn";
  } else if (has(problem_part, "invalid string")) {
    problem = "ugyldig escape-sekvens i en tekst";
  } else if (has(problem_part, "invalid number")) {
    problem = "ugyldigt tal (tal skrives som 22.1, uden foranstillede nuller)";
  } else if (has(problem_part, "invalid literal")) {
    problem = "ugyldig værdi (tekst skal stå i anførselstegn; ellers true, false, null "
              "eller et tal)";
  } else if (has(problem_part, "unexpected '")) {
    const std::size_t start = problem_part.find("unexpected '") + 12;
    const std::size_t end = problem_part.find('\'', start);
    problem = "uventet '" + std::string(problem_part.substr(start, end - start)) + "'";
  } else if (has(problem_part, "unexpected number literal")) {
    problem = "uventet tal";
  } else if (has(problem_part, "unexpected string literal")) {
    problem = "uventet tekst i anførselstegn";
  } else if (has(problem_part, "unexpected")) {
    problem = "uventet værdi";
  } else {
    problem = "ugyldig JSON";
  }

  std::string expected;
  if (expected_part.starts_with("string literal")) {
    expected = "forventede en nøgle i anførselstegn";
  } else if (expected_part.starts_with("':'")) {
    expected = "forventede ':' efter nøglen";
  } else if (expected_part.starts_with("'}'")) {
    expected = "forventede ',' eller '}'";
  } else if (expected_part.starts_with("']'")) {
    expected = "forventede ',' eller ']'";
  } else if (expected_part.starts_with("end of input")) {
    expected = "forventede ikke mere tekst efter JSON-dokumentet";
  } else if (expected_part.starts_with("'[', '{', or a literal")) {
    expected = "forventede en værdi";
  }
  return expected.empty() ? problem : problem + "; " + expected;
}

// True when nlohmann stopped after a whole token (a parser error, or a number
// too large), so the error should point at the token's first character.
bool ErrorIsAboutWholeToken(int id, std::string_view what) {
  if (id == 406) return true;
  return what.find(" - unexpected ") != std::string_view::npos &&
         what.find(" - unexpected end of input") == std::string_view::npos;
}

// The number of bytes read (as nlohmann counts) up to the first byte of the
// token that ends at byte `chars_read - 1`. nlohmann's own "last read" text
// can span several tokens, so the token is found in the text instead.
std::size_t TokenStart(std::string_view text, std::size_t chars_read) {
  if (chars_read == 0 || chars_read > text.size()) return chars_read;
  std::size_t last = chars_read - 1;
  if (text[last] == '"') {
    // Back to the opening quote, skipping quotes escaped by an odd number of
    // backslashes.
    std::size_t idx = last;
    while (idx > 0) {
      --idx;
      if (text[idx] != '"') continue;
      std::size_t backslashes = 0;
      while (idx >= backslashes + 1 && text[idx - backslashes - 1] == '\\') ++backslashes;
      if (backslashes % 2 == 0) return idx + 1;
    }
    return chars_read;
  }
  auto in_literal = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           c == '+' || c == '-' || c == '.';
  };
  if (!in_literal(text[last])) return chars_read;  // a one-character token
  while (last > 0 && in_literal(text[last - 1])) --last;
  return last + 1;
}

}  // namespace

std::pair<int, int> LineAndColumnAt(std::string_view text, std::size_t offset) {
  const std::size_t stop = std::min(offset, text.size());
  int line = 1;
  int column = 1;
  for (std::size_t idx = 0; idx < stop; ++idx) {
    const auto byte = static_cast<unsigned char>(text[idx]);
    if (byte == '\n') {
      ++line;
      column = 1;
    } else if ((byte & 0xC0) != 0x80) {  // not a UTF-8 continuation byte
      ++column;
    }
  }
  return {line, column};
}

namespace {

// Where nlohmann stopped; `chars_read` counts bytes including that one.
std::pair<int, int> LineAndColumn(std::string_view text, std::size_t chars_read) {
  return LineAndColumnAt(text, chars_read == 0 ? 0 : chars_read - 1);
}

class TreeBuilder : public nlohmann::json_sax<json> {
 public:
  explicit TreeBuilder(std::string_view text) : text_(text) {}

  bool null() override { return AddScalar(json(nullptr)); }
  bool boolean(bool value) override { return AddScalar(json(value)); }
  bool number_integer(number_integer_t value) override { return AddScalar(json(value)); }
  bool number_unsigned(number_unsigned_t value) override { return AddScalar(json(value)); }
  bool number_float(number_float_t value, const string_t& /*text*/) override {
    return AddScalar(json(value));
  }
  bool string(string_t& value) override { return AddScalar(json(std::move(value))); }
  bool binary(binary_t& /*value*/) override { return AddScalar(json(nullptr)); }

  bool start_object(std::size_t /*size*/) override { return Open(json::object()); }
  bool end_object() override { return Close(); }
  bool start_array(std::size_t /*size*/) override { return Open(json::array()); }
  bool end_array() override { return Close(); }

  bool key(string_t& key) override {
    Frame& frame = frames_.back();
    if (!frame.keys.insert(key).second) {
      error_ = PlanJsonError{AppendPointer(PointerOfOpenFrames(), key), std::nullopt,
                             std::nullopt,
                             "nøglen \"" + key + "\" står mere end én gang i samme objekt"};
      return false;
    }
    frame.key = std::move(key);
    return true;
  }

  bool parse_error(std::size_t position, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& ex) override {
    std::string message = DanishSyntaxMessage(ex.id, ex.what());
    if (ErrorIsAboutWholeToken(ex.id, ex.what())) {
      position = TokenStart(text_, position);
      // nlohmann reads "01" as the number 0 followed by an unexpected 1.
      const std::string_view token = text_.substr(position == 0 ? 0 : position - 1);
      const std::string_view digits = token.starts_with('-') ? token.substr(1) : token;
      if (digits.size() > 1 && digits[0] == '0' && digits[1] >= '0' && digits[1] <= '9') {
        message = "ugyldigt tal (tal skrives som 22.1, uden foranstillede nuller)";
      }
    }
    const auto [line, column] = LineAndColumn(text_, position);
    error_ = PlanJsonError{"", line, column, std::move(message)};
    return false;
  }

  std::variant<json, PlanJsonError> Result(bool parsed_ok) && {
    if (error_.has_value()) return *std::move(error_);
    if (!parsed_ok) {
      return PlanJsonError{"", std::nullopt, std::nullopt, "ugyldig JSON"};
    }
    return std::move(root_);
  }

 private:
  struct Frame {
    json* container;
    std::string key;            // the current key, in an object
    std::set<std::string> keys;  // keys seen, in an object
  };

  // Places `value` where the parser is now and returns where it went, or
  // nullptr (with error_ set) when the document has too many values.
  json* Place(json&& value) {
    if (++values_ > kMaxJsonValues) {
      error_ = PlanJsonError{PointerOfOpenFrames(), std::nullopt, std::nullopt,
                             "JSON-dokumentet har mere end " +
                                 FormatDanish(static_cast<double>(kMaxJsonValues), 0) +
                                 " værdier; så stor kan en plan ikke være"};
      return nullptr;
    }
    if (frames_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    Frame& frame = frames_.back();
    if (frame.container->is_array()) {
      frame.container->push_back(std::move(value));
      return &frame.container->back();
    }
    json& slot = (*frame.container)[frame.key];
    slot = std::move(value);
    return &slot;
  }

  bool AddScalar(json&& value) { return Place(std::move(value)) != nullptr; }

  bool Open(json&& container) {
    if (frames_.size() >= static_cast<std::size_t>(kMaxJsonDepth)) {
      error_ = PlanJsonError{PointerOfOpenFrames(), std::nullopt, std::nullopt,
                             "JSON-dokumentet er indlejret mere end " +
                                 std::to_string(kMaxJsonDepth) + " niveauer"};
      return false;
    }
    json* placed = Place(std::move(container));
    if (placed == nullptr) return false;
    frames_.push_back(Frame{placed, "", {}});
    return true;
  }

  bool Close() {
    frames_.pop_back();
    return true;
  }

  // The pointer of the value being read, from the open containers.
  std::string PointerOfOpenFrames() const {
    std::string pointer;
    for (std::size_t idx = 0; idx + 1 < frames_.size(); ++idx) {
      const Frame& frame = frames_[idx];
      if (frame.container->is_array()) {
        pointer += "/" + std::to_string(frame.container->size() - 1);
      } else {
        pointer = AppendPointer(pointer, frame.key);
      }
    }
    return pointer;
  }

  std::string_view text_;
  json root_;
  std::vector<Frame> frames_;
  std::size_t values_ = 0;
  std::optional<PlanJsonError> error_;
};

}  // namespace

std::string AppendPointer(std::string_view pointer, std::string_view key) {
  std::string out(pointer);
  out += '/';
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

std::variant<nlohmann::json, PlanJsonError> ParseJsonText(std::string_view text) {
  TreeBuilder builder(text);
  bool parsed_ok = false;
  try {
    parsed_ok = json::sax_parse(text, &builder);
  } catch (const std::exception& ex) {
    // The SAX path reports through parse_error(); this is only for
    // allocation failures and the like.
    return PlanJsonError{"", std::nullopt, std::nullopt,
                         std::string("JSON-dokumentet kunne ikke læses: ") + ex.what()};
  }
  return std::move(builder).Result(parsed_ok);
}

}  // namespace helhed::planfile::internal
