// SPDX-License-Identifier: Apache-2.0
// The exported DOCX opened by a real client: headless LibreOffice converts it
// to PDF, pdftotext and pdfinfo check what a reader would see. Slow (one
// LibreOffice start per test), hence LABELS slow.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "export_fixture.h"

namespace helhed {
namespace {

using ::testing::HasSubstr;

class ExportOfficeTest : public testing::ExportFixture {};

TEST_F(ExportOfficeTest, FredericiaDocxOpensInLibreOffice) {
  const auto docx = scratch_.path() / "fredericia.docx";
  auto run = Run({"export", "1", "--format", "docx", "--out", docx.string()});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto pdf = testing::ConvertToPdf(docx, scratch_.path());
  const std::string text = testing::CollapseSpaces(testing::PdfText(pdf));
  for (const char* expected : {
           "Strategisk samarbejdsaftale om boligsocial indsats",
           "Områdets navn: Bydækkende Boligsocial Helhedsplan, Fredericia",
           "1. Kort om boligområdet",
           "2. Vision for boligområdet",
           "3. Organisering",
           "4. Samspil med centrale tiltag og indsatser i boligområdet",
           "5. Overordnede mål og indikatorer for den boligsociale indsats",
           "6. Indsatsområder",
           "7. Lokal evaluering",
           "8. Revision af samarbejdsaftalen",
           "Delaftale for indsatsområdet Uddannelse og livschancer",
           "Delaftale for indsatsområdet Beskæftigelse",
           "Delaftale for indsatsområdet Kriminalitetsforebyggelse",
           "Delaftale for indsatsområdet Sammenhængskraft og medborgerskab",
           "Delmål og indikatorer for indsatsområdet",
           "Medarbejderressourcer for indsatsområdet:",
           "Godkendelse: Afventer godkendelse i Landsbyggefonden.",
           "Godkendelse: Afventer godkendelse i bestyrelsen.",
           "81,7 %",  // F1's baseline: a table cell, placed wherever the cell wraps
           // The kommissorium and the beredskabsplan after the delaftaler.
           "Kommissorium/forretningsorden for bestyrelsen",
           "3. Mødefrekvens",
           "4 møder om året.",
           "Boligsocial beredskabsplan",
           "Beredskab som aktiveres på Politiets foranledning, når der er en politisag",
           "Trin 1: Den boligsociale projektchef orienterer bestyrelsen.",
       }) {
    EXPECT_THAT(text, HasSubstr(expected));
  }
  const int pages = testing::PdfPages(pdf);
  // The source document is about 60 pages of text and tables.
  EXPECT_GE(pages, 20);
  EXPECT_LE(pages, 150);
}

TEST_F(ExportOfficeTest, OneDelaftaleAfterBoardApproval) {
  auto approve = Run({"plan", "approve", "1", "--rev", "1", "--board", "--date", "2025-03-12", "--meeting",
                      "Bestyrelsesmøde 12.03.2025, pkt. 4"});
  ASSERT_EQ(approve.exit_code, 0) << approve.err;
  const auto docx = scratch_.path() / "krim.docx";
  auto run = Run({"export", "1", "--format", "docx", "--out", docx.string(), "--delaftale", "kriminalitetsforebyggelse"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto pdf = testing::ConvertToPdf(docx, scratch_.path());
  const std::string text = testing::CollapseSpaces(testing::PdfText(pdf));
  EXPECT_THAT(text, HasSubstr("Delaftale for indsatsområdet Kriminalitetsforebyggelse"));
  EXPECT_THAT(text, HasSubstr("Godkendt af bestyrelsen den 12.03.2025 (Bestyrelsesmøde 12.03.2025, pkt. 4)."));
  EXPECT_THAT(text, ::testing::Not(HasSubstr("Delaftale for indsatsområdet Beskæftigelse")));
  const int pages = testing::PdfPages(pdf);
  EXPECT_GE(pages, 3);
  EXPECT_LE(pages, 40);
}

}  // namespace
}  // namespace helhed
