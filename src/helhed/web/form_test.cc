// SPDX-License-Identifier: Apache-2.0
#include "helhed/web/form.h"

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace helhed::web {
namespace {

using ::helhed::testing::StatusIs;

TEST(FormTest, DecodesPercentEscapesAndPlus) {
  ASSERT_OK_AND_ASSIGN(Form form, Form::Parse("tekst=Flere+b%C3%B8rn+i+dagtilbud&revision=3"));
  EXPECT_EQ(form.Get("tekst"), "Flere børn i dagtilbud");
  ASSERT_OK_AND_ASSIGN(long long revision, form.RequireNumber("revision", "Revision"));
  EXPECT_EQ(revision, 3);
  EXPECT_EQ(form.Get("mangler"), std::nullopt);
}

TEST(FormTest, RefusesBadEscape) {
  EXPECT_THAT(Form::Parse("tekst=%G1").status(), StatusIs(StatusCode::kInvalidArgument));
  EXPECT_THAT(Form::Parse("tekst=abc%4").status(), StatusIs(StatusCode::kInvalidArgument));
}

TEST(FormTest, RefusesInvalidUtf8) {
  EXPECT_THAT(Form::Parse("tekst=%C3%28").status(), StatusIs(StatusCode::kInvalidArgument));
}

TEST(FormTest, RefusesRepeatedField) {
  EXPECT_THAT(Form::Parse("csrf=a&csrf=b").status(), StatusIs(StatusCode::kInvalidArgument));
}

TEST(FormTest, RequireNumberRefusesText) {
  ASSERT_OK_AND_ASSIGN(Form form, Form::Parse("revision=tre"));
  const Status status = form.RequireNumber("revision", "Revision").status();
  EXPECT_THAT(status, StatusIs(StatusCode::kInvalidArgument));
  EXPECT_EQ(status.message(), "feltet »Revision« skal være et helt tal");
}

}  // namespace
}  // namespace helhed::web
