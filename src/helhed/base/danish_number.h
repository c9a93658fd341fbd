// SPDX-License-Identifier: Apache-2.0
// Danish number text: decimal comma, dot as thousands separator ("4.158",
// "41,5 %"). One parser and one formatter for every module that reads or
// writes numbers people typed or will read.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "helhed/base/statusor.h"

namespace helhed {

// Formats with `decimals` digits after a decimal comma and dots between
// thousands: FormatDanish(4158, 0) == "4.158", FormatDanish(41.55, 1) == "41,6".
std::string FormatDanish(double value, int decimals);

// "41,6 %" (a space before the percent sign, as Danish style guides ask).
std::string FormatDanishPercent(double percent, int decimals);

// Parses a number as Danish users write it: "41,5", "4.158", "-3", "41,5 %",
// "1.234,5". A lone "." with three digits after it is a thousands separator.
// kInvalidArgument with a Danish message for anything else, including "-"
// (which means missing and must be handled by the caller).
StatusOr<double> ParseDanishNumber(std::string_view text);

}  // namespace helhed
