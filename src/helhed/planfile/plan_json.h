// SPDX-License-Identifier: Apache-2.0
// The codec for plan files in the format helhed/plan@1 (docs/plan-format.md):
// JSON text to model::Plan and back. Every error is a Danish message with its
// position (line and column for malformed JSON, a JSON pointer otherwise).
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/base/status.h"
#include "helhed/base/statusor.h"
#include "helhed/model/plan.h"

namespace helhed::planfile {

// Plan texts above this size (20 MB = 20 * 1024 * 1024 bytes) are refused
// before parsing; the largest real plan is far below 1 MB.
inline constexpr std::size_t kMaxPlanJsonBytes = 20u * 1024u * 1024u;

// ParsePlanJsonDetailed stops collecting after this many errors.
inline constexpr std::size_t kMaxReportedErrors = 100;

// One problem in a plan text.
struct PlanJsonError {
  // RFC 6901 pointer to the value the error is about ("/parties/0/kind");
  // empty for the document as a whole and for malformed JSON.
  std::string pointer;
  // 1-based position in the text: where malformed JSON stopped, or where the
  // pointer's value starts (for a missing key: the enclosing object). Unset
  // only for errors about the whole text (too large). The column counts
  // characters (UTF-8 code points), not bytes.
  std::optional<int> line;
  std::optional<int> column;
  // Danish, without the position.
  std::string message;

  // "linje 12, kolonne 5: /parties/0/kind: <message>", leaving out the parts
  // that are not set.
  std::string ToString() const;

  friend bool operator==(const PlanJsonError&, const PlanJsonError&) = default;
};

struct PlanJsonResult {
  // Set exactly when `errors` is empty.
  std::optional<model::Plan> plan;
  // Malformed JSON gives one error (parsing cannot go on); a well-formed
  // document gives every structural error up to kMaxReportedErrors. Within
  // one object, unknown keys come first, then the known keys' errors in the
  // order of the format. A missing or wrong `format` id gives only that error.
  std::vector<PlanJsonError> errors;
};

// Parses a plan and reports every error it finds (for `helhed check`).
PlanJsonResult ParsePlanJsonDetailed(std::string_view text);

// Parses a plan. On failure kInvalidArgument whose message is the first
// error's ToString(), followed by " (og N fejl mere)" when there are more.
StatusOr<model::Plan> ParsePlanJson(std::string_view text);

// The 1-based line and column (in characters) where the value `pointer`
// names starts in `text`; for a pointer to a missing key, where the deepest
// existing enclosing value starts. Used to give rule findings, which only
// know their pointer, a line in the file the user edits.
struct TextPosition {
  int line = 1;
  int column = 1;
};
TextPosition PositionOfPointer(std::string_view text, std::string_view pointer);

// Reads a file's bytes for parsing. kNotFound when it does not exist,
// kInvalidArgument when it is a directory or larger than kMaxPlanJsonBytes,
// kPermissionDenied or kUnavailable when it cannot be read. Messages name
// the path.
StatusOr<std::string> ReadPlanText(const std::filesystem::path& path);

// ReadPlanText + ParsePlanJson; parse errors are prefixed with the path.
StatusOr<model::Plan> ReadPlanFile(const std::filesystem::path& path);

// The canonical text of a plan: keys in the order of docs/plan-format.md,
// optional members written only when set, two-space indentation, UTF-8
// unescaped, a final newline. A double with an integral value below 2^53 is
// written as an integer (306, not 306.0); others as the shortest text that
// reads back to the same double (22.1). Strings that are not valid UTF-8 are
// written with U+FFFD in place of the bad bytes.
// REQUIRES: every double in `plan` is finite.
// Guarantees: ParsePlanJson(WritePlanJson(p)) == p, and for a canonical text
// t (one this function wrote), WritePlanJson(ParsePlanJson(t)) == t.
std::string WritePlanJson(const model::Plan& plan);

// Writes WritePlanJson(plan) to `path` through a temporary file in the same
// directory and a rename, so the file is either old or new, never half
// written. kUnavailable with a Danish message naming the path on failure.
Status WritePlanFile(const std::filesystem::path& path, const model::Plan& plan);

}  // namespace helhed::planfile
