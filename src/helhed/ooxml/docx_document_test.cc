// SPDX-License-Identifier: Apache-2.0
// WordprocessingML reading: paragraphs, headings, lists, tabs and breaks,
// tables with horizontally and vertically merged cells.
#include "helhed/ooxml/docx_document.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/ooxml/test_zip.h"
#include "testing/status_matchers.h"

namespace helhed::ooxml {
namespace {

using ::helhed::testing::StatusIs;
using ::testing::HasSubstr;

constexpr const char* kNs = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

std::string Doc(const std::string& body) { return std::string("<w:document ") + kNs + "><w:body>" + body + "</w:body></w:document>"; }

TEST(DocxDocumentTest, ParagraphsHeadingsListsTabsAndBreaks) {
  const std::string xml = Doc(
      "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>Formål</w:t></w:r></w:p>"
      "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"3\"/></w:numPr></w:pPr>"
      "<w:r><w:t xml:space=\"preserve\">Punkt </w:t></w:r><w:r><w:t>et</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r>"
      "<w:del><w:r><w:delText>slettet</w:delText></w:r></w:del></w:p>");
  ASSERT_OK_AND_ASSIGN(Document doc, ParseDocumentXml(xml));
  ASSERT_EQ(doc.body.size(), 3u);
  EXPECT_EQ(doc.body[0].paragraph.text, "Formål");
  EXPECT_EQ(doc.body[0].paragraph.heading_level, 2);
  EXPECT_EQ(doc.body[1].paragraph.text, "Punkt et");
  EXPECT_EQ(doc.body[1].paragraph.list_level, 1);
  EXPECT_EQ(doc.body[2].paragraph.text, "a\tb\nc");
  EXPECT_EQ(doc.body[2].paragraph.list_level, -1);
}

TEST(DocxDocumentTest, HeadingLevelFromStylesXmlName) {
  const std::string styles = std::string("<w:styles ") + kNs +
                             "><w:style w:styleId=\"Overskrift1\"><w:name w:val=\"heading 1\"/></w:style>"
                             "<w:style w:styleId=\"MinTitel\"><w:name w:val=\"heading 3\"/></w:style></w:styles>";
  ASSERT_OK_AND_ASSIGN(
      Document doc,
      ParseDocumentXml(Doc("<w:p><w:pPr><w:pStyle w:val=\"MinTitel\"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>"), styles));
  EXPECT_EQ(doc.body[0].paragraph.heading_level, 3);
}

TEST(DocxDocumentTest, TablesWithMergedCells) {
  const std::string xml = Doc(
      "<w:tbl>"
      "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr><w:p><w:r><w:t>Delmål A</w:t></w:r></w:p></w:tc>"
      "<w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr><w:p><w:r><w:t>Ind 1</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>linje 2</w:t></w:r></w:p></w:tc></w:tr>"
      "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"
      "<w:tc><w:p><w:r><w:t>Ind 2</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>5</w:t></w:r></w:p></w:tc></w:tr>"
      "</w:tbl>");
  ASSERT_OK_AND_ASSIGN(Document doc, ParseDocumentXml(xml));
  ASSERT_EQ(doc.body.size(), 1u);
  const Table& table = doc.body[0].table;
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0].cells[0].vertical_merge, VerticalMerge::kRestart);
  EXPECT_EQ(table.rows[0].cells[1].grid_span, 2);
  ASSERT_EQ(table.rows[0].cells[1].paragraphs.size(), 2u);
  EXPECT_EQ(table.rows[0].cells[1].paragraphs[1].text, "linje 2");
  EXPECT_EQ(table.rows[1].cells[0].vertical_merge, VerticalMerge::kContinue);
  EXPECT_EQ(table.rows[1].cells[2].paragraphs[0].text, "5");
}

TEST(DocxDocumentTest, BadInputIsInvalidArgument) {
  EXPECT_THAT(ParseDocumentXml("<w:document><w:body><w:p>"),
              StatusIs(StatusCode::kInvalidArgument, HasSubstr("ikke gyldig XML")));
  EXPECT_THAT(ReadDocx(MakeZip({{"content.xml", "<x/>"}})),
              StatusIs(StatusCode::kInvalidArgument, HasSubstr("ikke et Word-dokument")));
  EXPECT_THAT(ReadDocx("ikke en zip"), StatusIs(StatusCode::kInvalidArgument));
}

TEST(DocxDocumentTest, DeepNestingDoesNotExhaustTheStack) {
  std::string open;
  std::string close;
  for (int idx = 0; idx < 100000; ++idx) {
    open += "<w:smartTag>";
    close += "</w:smartTag>";
  }
  ASSERT_OK_AND_ASSIGN(Document doc, ParseDocumentXml(Doc("<w:p>" + open + "<w:r><w:t>dyb</w:t></w:r>" + close +
                                                          "<w:r><w:t>flad</w:t></w:r></w:p>")));
  ASSERT_EQ(doc.body.size(), 1u);
  EXPECT_EQ(doc.body[0].paragraph.text, "flad");
}

TEST(DocxDocumentTest, ReadsADocxArchive) {
  const std::string bytes = MakeZip(
      {{"[Content_Types].xml", "<Types/>"},
       {"word/document.xml", Doc("<w:p><w:r><w:t>Delaftale for indsatsområdet Beskæftigelse</w:t></w:r></w:p>")}});
  ASSERT_OK_AND_ASSIGN(Document doc, ReadDocx(bytes));
  ASSERT_EQ(doc.body.size(), 1u);
  EXPECT_EQ(doc.body[0].paragraph.text, "Delaftale for indsatsområdet Beskæftigelse");
}

}  // namespace
}  // namespace helhed::ooxml
