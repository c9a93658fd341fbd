// SPDX-License-Identifier: Apache-2.0
// gmock matchers for Status and StatusOr: EXPECT_THAT(s, StatusIs(kNotFound)),
// EXPECT_THAT(s, IsOk()), ASSERT_OK_AND_ASSIGN(auto v, Expr()).
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/base/status.h"
#include "helhed/base/statusor.h"

namespace helhed::testing {

inline const Status& GetStatus(const Status& s) { return s; }
template <typename T>
const Status& GetStatus(const StatusOr<T>& s) { return s.status(); }

MATCHER_P(StatusIs, code, "has status code " + std::string(::helhed::StatusCodeName(code))) {
  const ::helhed::Status& s = ::helhed::testing::GetStatus(arg);
  *result_listener << "status is " << s.ToString();
  return s.code() == code;
}

MATCHER_P2(StatusIs, code, message_matcher, "") {
  const ::helhed::Status& s = ::helhed::testing::GetStatus(arg);
  *result_listener << "status is " << s.ToString();
  return s.code() == code &&
         ::testing::ExplainMatchResult(message_matcher, s.message(), result_listener);
}

MATCHER(IsOk, "is OK") {
  const ::helhed::Status& s = ::helhed::testing::GetStatus(arg);
  *result_listener << "status is " << s.ToString();
  return s.ok();
}

}  // namespace helhed::testing

#define HELHED_TESTING_CONCAT_INNER(a, b) a##b
#define HELHED_TESTING_CONCAT(a, b) HELHED_TESTING_CONCAT_INNER(a, b)
#define ASSERT_OK_AND_ASSIGN(lhs, expr) \
  ASSERT_OK_AND_ASSIGN_IMPL(HELHED_TESTING_CONCAT(statusor_, __LINE__), lhs, expr)
#define ASSERT_OK_AND_ASSIGN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                              \
  ASSERT_TRUE(tmp.ok()) << tmp.status();          \
  lhs = std::move(tmp).value()
#define ASSERT_OK(expr) ASSERT_THAT((expr), ::helhed::testing::IsOk())
#define EXPECT_OK(expr) EXPECT_THAT((expr), ::helhed::testing::IsOk())
