// SPDX-License-Identifier: Apache-2.0
// Parsing "2025H1" (see report_period.h).
#include "helhed/service/report_period.h"

#include <fmt/format.h>

namespace helhed::service {

StatusOr<ReportPeriod> ParseReportPeriod(std::string_view text) {
  const Status bad = InvalidArgumentError(
      fmt::format("\"{}\" er ikke en periode; skriv fx 2025H1 (1. halvår), 2025H2 eller 2025", text));
  if (text.size() != 4 && text.size() != 6) return bad;
  int year = 0;
  for (std::size_t idx = 0; idx < 4; ++idx) {
    if (text[idx] < '0' || text[idx] > '9') return bad;
    year = year * 10 + (text[idx] - '0');
  }
  if (year < 2000 || year > 2100) return bad;
  if (text.size() == 4) return ReportPeriod{Date{year, 1, 1}, Date{year, 12, 31}, std::to_string(year)};
  if (text[4] != 'H' && text[4] != 'h') return bad;
  if (text[5] == '1') return ReportPeriod{Date{year, 1, 1}, Date{year, 6, 30}, fmt::format("1. halvår {}", year)};
  if (text[5] == '2') return ReportPeriod{Date{year, 7, 1}, Date{year, 12, 31}, fmt::format("2. halvår {}", year)};
  return bad;
}

}  // namespace helhed::service
