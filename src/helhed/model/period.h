// SPDX-License-Identifier: Apache-2.0
// Period: the from-to dates of an agreement or a delaftale. When the source
// has no full date, `as_written` keeps its words so that a rule can report it.
#pragma once

#include <optional>
#include <string>

#include "helhed/base/date.h"

namespace helhed::model {

// Period (periode, "gælder fra - til").
struct Period {
  std::optional<Date> start;
  std::optional<Date> end;
  // The period as the source writes it, e.g. "2023-2026" or
  // "Delaftalen gælder fra: 01.02 2017".
  std::optional<std::string> as_written;

  friend bool operator==(const Period&, const Period&) = default;
};

}  // namespace helhed::model
