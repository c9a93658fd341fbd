// SPDX-License-Identifier: Apache-2.0
// HELHED_RETURN_IF_ERROR and HELHED_ASSIGN_OR_RETURN, as in Abseil's
// status_macros.h (which Debian's Abseil does not ship).
#pragma once

#include "helhed/base/status.h"
#include "helhed/base/statusor.h"

#define HELHED_STATUS_CONCAT_INNER(a, b) a##b
#define HELHED_STATUS_CONCAT(a, b) HELHED_STATUS_CONCAT_INNER(a, b)

#define HELHED_RETURN_IF_ERROR(expr)                 \
  do {                                               \
    ::helhed::Status helhed_status_ = (expr);        \
    if (!helhed_status_.ok()) return helhed_status_; \
  } while (false)

#define HELHED_ASSIGN_OR_RETURN(lhs, expr) \
  HELHED_ASSIGN_OR_RETURN_IMPL(HELHED_STATUS_CONCAT(helhed_statusor_, __LINE__), lhs, expr)

#define HELHED_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                                 \
  if (!tmp.ok()) return std::move(tmp).status();     \
  lhs = std::move(tmp).value()
