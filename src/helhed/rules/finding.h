// SPDX-License-Identifier: Apache-2.0
// Finding: one result of a plan rule (code, severity, Danish message, JSON
// pointer into the plan file). docs/rules.md lists every code.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace helhed::rules {

// Severity (alvorlighed): kError blocks approval or submission, kWarning must
// be acknowledged, kInfo is shown only (validation-rules.md, "Severity").
enum class Severity {
  kError,
  kWarning,
  kInfo,
};

// "error", "warning", "info": the names in packs and in `--format json`.
std::string_view SeverityName(Severity severity);
// "fejl", "advarsel", "info": the Danish word in text output.
std::string_view SeverityDanish(Severity severity);
// Parses "error", "warning" or "info"; nullopt for anything else.
std::optional<Severity> ParseSeverity(std::string_view name);

struct Finding {
  // Stable rule code, e.g. "R1.sub_period_differs".
  std::string code;
  Severity severity = Severity::kError;
  // Danish; names the field by its Danish label and quotes the values.
  std::string message;
  // JSON pointer into the plan file, e.g. "/sub_agreements/0/period/end";
  // "" is the whole plan.
  std::string pointer;
  // 1-based line of `pointer` in the plan file, when the finding was made
  // from a file's text (service::CheckPlanFile sets it; rules do not know
  // the text).
  std::optional<int> line;

  friend bool operator==(const Finding&, const Finding&) = default;
};

}  // namespace helhed::rules
