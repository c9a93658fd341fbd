// SPDX-License-Identifier: Apache-2.0
#include "helhed/web/content_disposition.h"

#include <gtest/gtest.h>

namespace helhed::web {
namespace {

TEST(AttachmentDispositionTest, DanishNameKeepsItsLettersInTheEncodedForm) {
  EXPECT_EQ(AttachmentDisposition("Helhedsplan Ø-byen.docx"),
            "attachment; filename=\"Helhedsplan __-byen.docx\"; filename*=UTF-8''Helhedsplan%20%C3%98-byen.docx");
}

TEST(AttachmentDispositionTest, QuotesSeparatorsAndLineBreaksCannotEscapeTheHeader) {
  const std::string header = AttachmentDisposition("a\"; x=\"y/..\\b\r\nSet-Cookie: z.csv");
  EXPECT_EQ(header,
            "attachment; filename=\"a__ x=_y_.._b__Set-Cookie: z.csv\"; "
            "filename*=UTF-8''a%22%3B%20x%3D%22y_.._b__Set-Cookie%3A%20z.csv");
  EXPECT_EQ(header.find('\r'), std::string::npos);
  EXPECT_EQ(header.find('\n'), std::string::npos);
}

TEST(AttachmentDispositionTest, InvalidUtf8IsDropped) {
  EXPECT_EQ(AttachmentDisposition("plan\xff.md"), "attachment; filename=\"plan.md\"; filename*=UTF-8''plan.md");
}

}  // namespace
}  // namespace helhed::web
