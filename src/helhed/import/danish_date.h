// SPDX-License-Identifier: Apache-2.0
// The one date and period parser for imported plans (validation-rules.md
// R25): "1. januar 2023", "01/01/2023", "01.01.2023", "1.6.2022",
// "01.02 2017" and "1/2 2017" (both 1 February). A year range such as
// "2023-2026" is not a date: the period keeps it as written.
#pragma once

#include <optional>
#include <string_view>

#include "helhed/base/date.h"
#include "helhed/model/period.h"

namespace helhed::import {

// A date found in text, with the byte range it covered.
struct FoundDate {
  Date date;
  size_t begin = 0;
  size_t end = 0;
};

// Parses `text` when the whole of it (trimmed) is one date; nullopt otherwise
// (also for impossible dates such as "31/02/2023").
std::optional<Date> ParseDanishDate(std::string_view text);

// Finds the first date at or after `from` in `text`.
std::optional<FoundDate> FindDanishDate(std::string_view text, size_t from = 0);

// Parses a period value ("1. januar 2023 – 31. december 2026"). Both dates
// found: start and end. Otherwise whatever was found, plus `as_written`
// holding `as_written_prefix` (the label, for start-only forms) and the text,
// so the defect stays visible. Never invents a date.
model::Period ParsePeriod(std::string_view text, std::string_view as_written_prefix = {});

}  // namespace helhed::import
