// SPDX-License-Identifier: Apache-2.0
#include "helhed/web/http_status.h"

#include <gtest/gtest.h>

namespace helhed::web {
namespace {

TEST(HttpStatusTest, MapsEveryCodeAsStyleGuideSays) {
  EXPECT_EQ(HttpStatusFor(StatusCode::kInvalidArgument), 400);
  EXPECT_EQ(HttpStatusFor(StatusCode::kUnauthenticated), 401);
  EXPECT_EQ(HttpStatusFor(StatusCode::kPermissionDenied), 403);
  EXPECT_EQ(HttpStatusFor(StatusCode::kNotFound), 404);
  EXPECT_EQ(HttpStatusFor(StatusCode::kAlreadyExists), 409);
  EXPECT_EQ(HttpStatusFor(StatusCode::kFailedPrecondition), 409);
  EXPECT_EQ(HttpStatusFor(StatusCode::kAborted), 409);
  EXPECT_EQ(HttpStatusFor(StatusCode::kResourceExhausted), 429);
  EXPECT_EQ(HttpStatusFor(StatusCode::kUnavailable), 503);
  EXPECT_EQ(HttpStatusFor(StatusCode::kDataLoss), 500);
  EXPECT_EQ(HttpStatusFor(StatusCode::kInternal), 500);
}

TEST(HttpStatusTest, DanishTitles) {
  EXPECT_EQ(DanishStatusTitle(413), "Forespørgslen er for stor");
  EXPECT_EQ(DanishStatusTitle(404), "Siden findes ikke");
}

}  // namespace
}  // namespace helhed::web
