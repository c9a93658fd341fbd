// SPDX-License-Identifier: Apache-2.0
// The table writers produce exactly the bytes analysts and other programs
// expect: separators, decimal marks, quoting, suppressed cells left empty.
#include "helhed/render/table_writers.h"

#include <zip.h>

#include <sstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::render {
namespace {

using ::testing::HasSubstr;

Table Sample() {
  Table table({"unit_id", "value", "count", "note"});
  table.AddRow({Cell::Text("607-0001"), Cell::Number(0.35714, 4), Cell::Integer(1234), Cell::Text("a,\"b\"")});
  table.AddRow({Cell::Text("Zone 1"), Cell::Suppressed(), Cell::Suppressed(), Cell::Empty()});
  return table;
}

TEST(TableWritersTest, CsvUsesCommaPointAndQuotes) {
  std::ostringstream out;
  WriteCsv(Sample(), out);
  EXPECT_EQ(out.str(),
            "unit_id,value,count,note\n"
            "607-0001,0.3571,1234,\"a,\"\"b\"\"\"\n"
            "Zone 1,,,\n");
}

// A table whose rows are made while it is written gives the same bytes.
TEST(TableWritersTest, GeneratedRowsWriteLikeStoredRows) {
  const Table stored = Sample();
  const Table generated(stored.columns(), stored.row_count(),
                        [&](size_t i, std::vector<Cell>& row) { row = stored.rows()[i]; });
  EXPECT_EQ(generated.row_count(), 2u);
  for (auto write : {&WriteCsv, &WriteDanishCsv, &WriteJson}) {
    std::ostringstream a, b;
    write(stored, a);
    write(generated, b);
    EXPECT_EQ(a.str(), b.str());
  }
}

TEST(TableWritersTest, DanishCsvUsesSemicolonCommaAndBom) {
  std::ostringstream out;
  WriteDanishCsv(Sample(), out);
  EXPECT_EQ(out.str(),
            "\xEF\xBB\xBFunit_id;value;count;note\r\n"
            "607-0001;0,3571;1234;\"a,\"\"b\"\"\"\r\n"
            "Zone 1;diskr.;diskr.;\r\n"
            "\r\n"
            "Forklaring: diskr. = diskretioneret: tallet vises ikke, fordi for få personer står bag det. En tom celle = "
            "ingen værdi (ikke opgjort eller ikke angivet).\r\n");
}

TEST(TableWritersTest, DanishCsvWithoutSuppressedCellsHasNoLegend) {
  Table table({"a", "b"});
  table.AddRow({Cell::Integer(1), Cell::Empty()});
  std::ostringstream out;
  WriteDanishCsv(table, out);
  EXPECT_EQ(out.str(), "\xEF\xBB\xBF" "a;b\r\n1;\r\n");
}

TEST(TableWritersTest, JsonWritesNullForSuppressed) {
  std::ostringstream out;
  WriteJson(Sample(), out);
  EXPECT_EQ(out.str(),
            "[\n"
            "  {\"unit_id\":\"607-0001\",\"value\":0.3571,\"count\":1234,\"note\":\"a,\\\"b\\\"\"},\n"
            "  {\"unit_id\":\"Zone 1\",\"value\":null,\"count\":null,\"note\":null}\n"
            "]\n");
}

// JSON text and numbers as nlohmann_json writes them (the expected line is
// its dump() of the same object): escapes, UTF-8 kept, an invalid byte
// replaced by U+FFFD, shortest round-trip numbers with ".0" for whole ones.
TEST(TableWritersTest, JsonEscapesTextAndWritesNumbersAsNlohmannDoes) {
  Table table({"note", "value", "big", "whole"});
  table.AddRow({Cell::Text("\xC3\x86r\xC3\xB8 \"x\" \\ \n\t\x01\x7F end \xFF"), Cell::Number(0.00001, 5),
                Cell::Number(1234567890123456789.0, 0), Cell::Number(5, 1)});
  std::ostringstream out;
  WriteJson(table, out);
  EXPECT_EQ(out.str(),
            "[\n  {\"note\":\"\xC3\x86r\xC3\xB8 \\\"x\\\" \\\\ \\n\\t\\u0001\x7F end \xEF\xBF\xBD\",\"value\":1e-05,"
            "\"big\":1.2345678901234568e+18,\"whole\":5.0}\n]\n");
}

std::string ReadZipEntry(const std::filesystem::path& path, const char* name) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
  if (archive == nullptr) return "";
  zip_stat_t stat;
  std::string content;
  if (zip_stat(archive, name, 0, &stat) == 0) {
    zip_file_t* file = zip_fopen(archive, name, 0);
    content.resize(stat.size);
    zip_fread(file, content.data(), stat.size);
    zip_fclose(file);
  }
  zip_close(archive);
  return content;
}

TEST(TableWritersTest, XlsxHoldsNumbersAndText) {
  testing::ScratchDir dir;
  const auto path = dir.path() / "out.xlsx";
  ASSERT_OK(WriteTableFile(Sample(), path, TableFormat::kXlsx));
  const std::string sheet = ReadZipEntry(path, "xl/worksheets/sheet1.xml");
  // Numbers are stored as numbers (full precision), the count as 1234.
  EXPECT_THAT(sheet, HasSubstr("<v>0.35714</v>"));
  EXPECT_THAT(sheet, HasSubstr("<v>1234</v>"));
  // Text is stored in the cell (the writer streams rows to disk instead of
  // keeping a table of shared strings in memory).
  EXPECT_THAT(sheet, HasSubstr("t=\"inlineStr\"><is><t>607-0001</t></is>"));
  EXPECT_THAT(sheet, HasSubstr("<t>Zone 1</t>"));
  // A suppressed cell holds the mark (a string), a missing one nothing, and
  // the workbook ends with the legend sheet.
  EXPECT_THAT(sheet, HasSubstr("<c r=\"B3\" s=\""));
  EXPECT_THAT(sheet, HasSubstr("<is><t>diskr.</t></is>"));
  EXPECT_THAT(sheet, ::testing::Not(HasSubstr("r=\"D3\"")));
  EXPECT_THAT(ReadZipEntry(path, "xl/worksheets/sheet2.xml"), HasSubstr("diskretioneret: tallet vises ikke"));
  EXPECT_THAT(ReadZipEntry(path, "xl/workbook.xml"), HasSubstr("<sheet name=\"Forklaring\""));
  // The header row stays frozen.
  EXPECT_THAT(sheet, HasSubstr("state=\"frozen\""));
}

TEST(TableWritersTest, FormatFollowsExtension) {
  EXPECT_EQ(*FormatForPath("a/b.csv"), TableFormat::kCsv);
  EXPECT_EQ(*FormatForPath("b.json"), TableFormat::kJson);
  EXPECT_EQ(*FormatForPath("b.xlsx"), TableFormat::kXlsx);
  EXPECT_THAT(FormatForPath("b.txt"), testing::StatusIs(StatusCode::kInvalidArgument, HasSubstr(".csv, .json eller .xlsx")));
}

TEST(TableWritersTest, FileWriteLeavesNoTemporaryFile) {
  testing::ScratchDir dir;
  ASSERT_OK(WriteTableFile(Sample(), dir.path() / "t.csv", TableFormat::kCsv));
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    (void)entry;
    ++files;
  }
  EXPECT_EQ(files, 1);
  EXPECT_EQ(testing::ReadFileOrDie(dir.path() / "t.csv").substr(0, 24), "unit_id,value,count,note");
}

}  // namespace
}  // namespace helhed::render
