// SPDX-License-Identifier: Apache-2.0
#include "helhed/base/status.h"

#include <gtest/gtest.h>

#include "helhed/base/status_macros.h"
#include "testing/status_matchers.h"

namespace helhed {
namespace {

using ::helhed::testing::StatusIs;

StatusOr<int> Half(int n) {
  if (n % 2 != 0) return InvalidArgumentError("ulige tal");
  return n / 2;
}

StatusOr<int> Quarter(int n) {
  HELHED_ASSIGN_OR_RETURN(int half, Half(n));
  HELHED_ASSIGN_OR_RETURN(int quarter, Half(half));
  return quarter;
}

TEST(StatusTest, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.ToString(), "OK");
}

TEST(StatusTest, CarriesCodeAndMessage) {
  Status s = NotFoundError("plan 7 findes ikke");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.ToString(), "NOT_FOUND: plan 7 findes ikke");
  EXPECT_EQ(s.WithContext("plan.json").message(), "plan.json: plan 7 findes ikke");
}

TEST(StatusTest, AssignOrReturnPropagatesFirstError) {
  EXPECT_EQ(*Quarter(8), 2);
  EXPECT_THAT(Quarter(6), StatusIs(StatusCode::kInvalidArgument));
  EXPECT_THAT(Quarter(5), StatusIs(StatusCode::kInvalidArgument, "ulige tal"));
}

TEST(StatusTest, OkStatusWithoutValueBecomesInternal) {
  StatusOr<int> s = OkStatus();
  EXPECT_THAT(s, StatusIs(StatusCode::kInternal));
}

}  // namespace
}  // namespace helhed
