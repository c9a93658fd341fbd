// SPDX-License-Identifier: Apache-2.0
// FocusArea: the section-6 block of the strategic agreement for one chosen
// indsatsområde.
#pragma once

#include <optional>
#include <string>

namespace helhed::model {

// FocusArea (indsatsområde): `name` as the grant frame's pack spells it
// ("Beskæftigelse"), with its problemkompleks and a summary.
struct FocusArea {
  std::string name;
  std::optional<std::string> problem_statement;
  std::optional<std::string> summary;

  friend bool operator==(const FocusArea&, const FocusArea&) = default;
};

}  // namespace helhed::model
