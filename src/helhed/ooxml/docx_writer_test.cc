// SPDX-License-Identifier: Apache-2.0
// The DOCX writer, read back with the module's own reader and libzip:
// heading styles with outline levels, bullets, escaped text, suppressed
// cells, the embedded PNG, the title in docProps/core.xml, and the
// temporary-file-and-rename write.
#include "helhed/ooxml/docx_writer.h"

#include <fstream>
#include <map>
#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/ooxml/docx_document.h"
#include "helhed/ooxml/zip_archive.h"
#include "testing/test_paths.h"

namespace helhed::ooxml {
namespace {

using ::testing::HasSubstr;

constexpr const char* kSvg =
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"400\" height=\"200\" viewBox=\"0 0 400 200\">"
    "<rect x=\"10\" y=\"10\" width=\"100\" height=\"150\" fill=\"#1f77b4\"/></svg>";

document::Document Sample() {
  document::Document doc;
  doc.title = "Helhedsplan <Fredericia> & co";
  doc.AddHeading(1, "Strategisk samarbejdsaftale om boligsocial indsats");
  doc.AddFields({{"Områdets navn:", "Fredericia <zone 1> & 2"}});
  doc.AddHeading(2, "1. Kort om boligområdet");
  doc.AddParagraph("Linje et\nlinje to");
  doc.AddBullets({"punkt a", "punkt b"});
  document::Table table;
  table.header = {"Indikator", "Værdi"};
  table.rows.push_back({document::TableCell::Text("F1"), document::TableCell::Number("81,7 %")});
  table.rows.push_back({document::TableCell::Text("F2"), document::TableCell::Suppressed()});
  doc.AddTable(table);
  doc.AddFigure({kSvg, "Søjle for 2024", "Figur 1. Andel i dagtilbud", std::nullopt});
  doc.AddHeading(3, "Underafsnit");
  return doc;
}

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

TEST(DocxWriterTest, ReadsBackWithHeadingsListsAndTable) {
  testing::ScratchDir dir;
  const auto path = dir.path() / "plan.docx";
  ASSERT_TRUE(WriteDocx(Sample(), path).ok());
  const std::string bytes = ReadAll(path);
  auto doc = ReadDocx(bytes);
  ASSERT_TRUE(doc.ok()) << doc.status().message();
  std::vector<std::pair<int, std::string>> headings;
  int bullets = 0;
  const Table* table = nullptr;
  std::string all_text;
  for (const BodyElement& element : doc->body) {
    if (element.kind == BodyElement::Kind::kTable) {
      if (table == nullptr) table = &element.table;
      continue;
    }
    all_text += element.paragraph.text + "\n";
    if (element.paragraph.heading_level > 0) headings.emplace_back(element.paragraph.heading_level, element.paragraph.text);
    if (element.paragraph.list_level == 0) ++bullets;
  }
  EXPECT_EQ(headings, (std::vector<std::pair<int, std::string>>{
                          {1, "Strategisk samarbejdsaftale om boligsocial indsats"},
                          {2, "1. Kort om boligområdet"},
                          {3, "Underafsnit"}}));
  EXPECT_EQ(bullets, 2);
  EXPECT_THAT(all_text, HasSubstr("Områdets navn: Fredericia <zone 1> & 2"));
  EXPECT_THAT(all_text, HasSubstr("Linje et\nlinje to"));
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->rows.size(), 3u);
  EXPECT_EQ(table->rows[1].cells[1].paragraphs[0].text, "81,7 %");
  EXPECT_EQ(table->rows[2].cells[1].paragraphs[0].text, "diskr.");
}

TEST(DocxWriterTest, EmbedsPngTitleAndOutlineLevels) {
  auto parts = DocxParts(Sample());
  ASSERT_TRUE(parts.ok()) << parts.status().message();
  std::map<std::string, std::string> by_name;
  for (const ZipEntry& entry : *parts) by_name[entry.name] = entry.bytes;
  EXPECT_EQ(parts->front().name, "[Content_Types].xml");
  ASSERT_TRUE(by_name.count("word/media/image1.png"));
  EXPECT_EQ(by_name["word/media/image1.png"].substr(1, 3), "PNG");
  EXPECT_THAT(by_name["docProps/core.xml"], HasSubstr("<dc:title>Helhedsplan &lt;Fredericia&gt; &amp; co</dc:title>"));
  EXPECT_THAT(by_name["word/styles.xml"], HasSubstr("<w:outlineLvl w:val=\"0\"/>"));
  EXPECT_THAT(by_name["word/document.xml"], HasSubstr("descr=\"Søjle for 2024\""));
  EXPECT_THAT(by_name["word/document.xml"], HasSubstr("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"));
  EXPECT_THAT(by_name["word/_rels/document.xml.rels"], HasSubstr("Target=\"media/image1.png\""));
}

TEST(DocxWriterTest, UnreadableSvgIsAnError) {
  document::Document doc;
  doc.AddFigure({"ikke svg", "alt", "Figur", std::nullopt});
  EXPECT_FALSE(DocxParts(doc).ok());
}

TEST(DocxWriterTest, UnwritableDirectoryLeavesNothing) {
  testing::ScratchDir dir;
  const auto path = dir.path() / "findes-ikke" / "plan.docx";
  const Status status = WriteDocx(Sample(), path);
  EXPECT_EQ(status.code(), StatusCode::kUnavailable);
  EXPECT_FALSE(std::filesystem::exists(path));
}

}  // namespace
}  // namespace helhed::ooxml
