// SPDX-License-Identifier: Apache-2.0
#include "helhed/rules/finding.h"

namespace helhed::rules {

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "info";
  }
  return "error";
}

std::string_view SeverityDanish(Severity severity) {
  switch (severity) {
    case Severity::kError:
      return "fejl";
    case Severity::kWarning:
      return "advarsel";
    case Severity::kInfo:
      return "info";
  }
  return "fejl";
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  if (name == "error") return Severity::kError;
  if (name == "warning") return Severity::kWarning;
  if (name == "info") return Severity::kInfo;
  return std::nullopt;
}

}  // namespace helhed::rules
