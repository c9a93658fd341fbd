// SPDX-License-Identifier: Apache-2.0
// The HTML and Markdown writers: escaping of every value, suppressed cells,
// the A4 print stylesheet, and free text split into paragraphs and lists.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/document/base64.h"
#include "helhed/document/html_writer.h"
#include "helhed/document/markdown_writer.h"

namespace helhed::document {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

Document Hostile() {
  Document doc;
  doc.title = "Plan <script>alert(1)</script>";
  doc.AddHeading(1, "<script>alert(1)</script> & \"Co\"");
  doc.AddFields({{"Områdets navn:", "<img src=x onerror=alert(1)>"}});
  doc.AddBullets({"<b>fed</b>"});
  Table table;
  table.caption = "Tabel <1>";
  table.header = {"Indikator", "Værdi"};
  table.rows.push_back({TableCell::Text("a|b <i>"), TableCell::Suppressed()});
  doc.AddTable(table);
  doc.AddFigure(Figure{"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>", "alt \"x\" <y>",
                       "Figur <1>", std::nullopt});
  return doc;
}

TEST(HtmlWriterTest, EscapesEveryValue) {
  const std::string html = WriteHtml(Hostile());
  EXPECT_THAT(html, Not(HasSubstr("<script>")));
  EXPECT_THAT(html, Not(HasSubstr("<img src=x")));
  EXPECT_THAT(html, Not(HasSubstr("<b>fed")));
  EXPECT_THAT(html, HasSubstr("<title>Plan &lt;script&gt;alert(1)&lt;/script&gt;</title>"));
  EXPECT_THAT(html, HasSubstr("<h1>&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;</h1>"));
  EXPECT_THAT(html, HasSubstr("alt=\"alt &quot;x&quot; &lt;y&gt;\""));
  EXPECT_THAT(html, HasSubstr("<caption>Tabel &lt;1&gt;</caption>"));
}

TEST(HtmlWriterTest, PrintsOnA4WithoutScript) {
  const std::string html = WriteHtml(Hostile());
  EXPECT_THAT(html, HasSubstr("@page { size: A4;"));
  EXPECT_THAT(html, HasSubstr("<html lang=\"da\">"));
  EXPECT_THAT(html, Not(HasSubstr("<script")));
}

TEST(HtmlWriterTest, SuppressedCellShowsMarkOnly) {
  Document doc;
  Table table;
  table.header = {"Område", "Andel"};
  table.rows.push_back({TableCell::Text("Zone 1"), TableCell::Suppressed()});
  doc.AddTable(table);
  const std::string html = WriteHtml(doc);
  EXPECT_THAT(html, HasSubstr("<td class=\"suppressed\""));
  EXPECT_THAT(html, HasSubstr(">diskr.</td>"));
}

TEST(HtmlWriterTest, FigureIsAnImageNotInlineSvg) {
  const std::string html = WriteHtml(Hostile());
  EXPECT_THAT(html, HasSubstr("<img src=\"data:image/svg+xml;base64,"));
  EXPECT_THAT(html, Not(HasSubstr("<svg")));
}

TEST(MarkdownWriterTest, EscapesMarkupAndTables) {
  const std::string md = WriteMarkdown(Hostile());
  EXPECT_THAT(md, HasSubstr("# \\<script\\>alert(1)\\</script\\> &amp; \"Co\""));
  EXPECT_THAT(md, HasSubstr("| a\\|b \\<i\\> | diskr. |"));
  EXPECT_THAT(md, HasSubstr("**Områdets navn:** \\<img src=x onerror=alert(1)\\>"));
  EXPECT_THAT(md, Not(HasSubstr("<script>")));
}

TEST(MarkdownWriterTest, EmphasisTouchesItsText) {
  Document doc;
  doc.AddRuns({document::Run{"Godkendelse: ", true}, document::Run{"Afventer.", false, true}});
  EXPECT_EQ(WriteMarkdown(doc), "**Godkendelse:** *Afventer.*\n");
}

TEST(MarkdownWriterTest, NumberedHeadingIsNotAList) {
  EXPECT_EQ(EscapeMarkdown("1. Kort om boligområdet"), "1\\. Kort om boligområdet");
  EXPECT_EQ(EscapeMarkdown("- ikke en liste"), "\\- ikke en liste");
}

TEST(DocumentTest, AddTextSplitsParagraphsAndBullets) {
  Document doc;
  doc.AddText("Første afsnit\nfortsat.\n\nAndet afsnit.\n- punkt 1\n- punkt 2\n\n\nTredje.");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(std::get<Paragraph>(doc.blocks[0]).runs[0].text, "Første afsnit\nfortsat.");
  EXPECT_EQ(std::get<Paragraph>(doc.blocks[1]).runs[0].text, "Andet afsnit.");
  EXPECT_EQ(std::get<BulletList>(doc.blocks[2]).items, (std::vector<std::string>{"punkt 1", "punkt 2"}));
  EXPECT_EQ(std::get<Paragraph>(doc.blocks[3]).runs[0].text, "Tredje.");
}

TEST(Base64Test, Rfc4648Vectors) {
  EXPECT_EQ(Base64(""), "");
  EXPECT_EQ(Base64("f"), "Zg==");
  EXPECT_EQ(Base64("fo"), "Zm8=");
  EXPECT_EQ(Base64("foo"), "Zm9v");
  EXPECT_EQ(Base64("foobar"), "Zm9vYmFy");
}

}  // namespace
}  // namespace helhed::document
