// SPDX-License-Identifier: Apache-2.0
#include "helhed/web/html.h"

#include <gtest/gtest.h>

namespace helhed::web {
namespace {

TEST(HtmlTest, TextEscapesMarkupCharacters) {
  EXPECT_EQ(Text("<script>alert('x & \"y\"')</script>").str(),
            "&lt;script&gt;alert(&#39;x &amp; &quot;y&quot;&#39;)&lt;/script&gt;");
}

TEST(HtmlTest, TextKeepsDanishLetters) { EXPECT_EQ(Text("Sammenhængskraft og Ørsted").str(), "Sammenhængskraft og Ørsted"); }

TEST(HtmlTest, TextReplacesInvalidUtf8AndControlCharacters) {
  EXPECT_EQ(Text(std::string("a\xC3(b\x01")).str(), "a\xEF\xBF\xBD(b\xEF\xBF\xBD");
}

TEST(HtmlTest, FormatFillsHolesWithEscapedArguments) {
  const Html html = Format("<a href=\"/planer/{}\">{}</a>", {Text(7), Text("<b>")});
  EXPECT_EQ(html.str(), "<a href=\"/planer/7\">&lt;b&gt;</a>");
}

TEST(HtmlTest, LiteralsAndConcatenationKeepMarkup) {
  Html html = Html("<p>");
  html += Text("1 < 2");
  html = html + Html("</p>");
  EXPECT_EQ(html.str(), "<p>1 &lt; 2</p>");
}

}  // namespace
}  // namespace helhed::web
