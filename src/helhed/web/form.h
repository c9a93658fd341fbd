// SPDX-License-Identifier: Apache-2.0
// Form: a parsed application/x-www-form-urlencoded body. Parsing is strict,
// so a malformed form is refused (400) instead of half read: bad %-escapes,
// text that is not UTF-8, a field given twice or too many fields.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "helhed/base/statusor.h"

namespace helhed::web {

class Form {
 public:
  // kInvalidArgument with a Danish message naming the problem.
  static StatusOr<Form> Parse(std::string_view body);

  // The field's value, or nullopt when the form does not have it.
  std::optional<std::string> Get(std::string_view name) const;
  // The field's value; kInvalidArgument ("feltet »<label>« mangler") when absent.
  StatusOr<std::string> Require(std::string_view name, std::string_view label) const;
  // A whole number >= 0; kInvalidArgument when absent or not a number.
  StatusOr<long long> RequireNumber(std::string_view name, std::string_view label) const;

 private:
  std::map<std::string, std::string, std::less<>> fields_;
};

// Decodes %XX escapes and '+' (as a space). nullopt for a bad escape.
std::optional<std::string> UrlDecode(std::string_view text);

// True when `text` is valid UTF-8.
bool IsValidUtf8(std::string_view text);

}  // namespace helhed::web
