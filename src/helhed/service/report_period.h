// SPDX-License-Identifier: Apache-2.0
// ReportPeriod: the period a board report covers, "2025H1", "2025H2" or a
// whole year "2025".
#pragma once

#include <string>
#include <string_view>

#include "helhed/base/date.h"
#include "helhed/base/statusor.h"

namespace helhed::service {

struct ReportPeriod {
  Date first{1970, 1, 1};
  Date last{1970, 1, 1};
  std::string words;  // "1. halvår 2025", "2. halvår 2025", "2025"
};

// kInvalidArgument (Danish) for anything but YYYYH1, YYYYH2 or YYYY.
StatusOr<ReportPeriod> ParseReportPeriod(std::string_view text);

}  // namespace helhed::service
