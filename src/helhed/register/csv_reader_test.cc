// SPDX-License-Identifier: Apache-2.0
// The register CSV reader: accepted dialects, one Danish report per bad row
// with line and column, refusal of CPR-like ids, and the input checksum.
#include "helhed/register/csv_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::register_ {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kHeader[] =
    "year,person_id,afdeling,kommune,region,age,sex,origin,education,in_education,employed,gross_income,"
    "taxable,charged,convicted,in_daycare,grade_9,voted\n";

StatusOr<ReadReport> ReadText(const std::string& text, std::vector<PersonYear>* rows) {
  testing::ScratchDir dir;
  testing::WriteFileOrDie(dir.path() / "r.csv", text);
  return ReadRegisterCsv({dir.path() / "r.csv"}, EachRow([&](const PersonYear& row) { rows->push_back(row); }));
}

TEST(CsvReaderTest, ReadsSemicolonBomCrlfAndQuotes) {
  // EVIDENCE-OF: issue 4: "CSV with a header row, comma- or semicolon-separated, UTF-8".
  const std::string text =
      "year;person_id;afdeling;kommune;region;age;sex;origin;education;in_education;employed;gross_income;"
      "taxable;charged;convicted;in_daycare;grade_9;voted\r\n"
      "2023;P1;\"BKF-11\";607;1083;4;K;dansk;ukendt;0;0;0;0;0;0;1;;\r\n";
  testing::ScratchDir dir;
  testing::WriteFileOrDie(dir.path() / "r.csv", text);
  std::vector<PersonYear> rows;
  ASSERT_OK_AND_ASSIGN(auto report, ReadRegisterCsv({dir.path() / "r.csv"}, EachRow([&](const PersonYear& r) { rows.push_back(r); })));
  EXPECT_EQ(report.rows_ok, 1u);
  EXPECT_EQ(report.rows_bad, 0u);
  // SHA-256 of the exact bytes (printf '...' | sha256sum).
  EXPECT_EQ(report.checksum, "sha256:279525fc2b7b65a1b29d5a0aaa13f8efef946eb7d8e1295ad80b3a76884a2221");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].year, 2023);
  EXPECT_EQ(rows[0].afdeling, "BKF-11");
  EXPECT_EQ(rows[0].kommune, 607);
  EXPECT_EQ(rows[0].region, 1083);
  EXPECT_EQ(rows[0].age, 4);
  EXPECT_EQ(rows[0].sex, Sex::kFemale);
  EXPECT_EQ(rows[0].education, Education::kUnknown);
  EXPECT_EQ(rows[0].flags, kDaycarePresent | kInDaycare);
  EXPECT_EQ(rows[0].grade_hundredths, kNoGrade);
}

TEST(CsvReaderTest, ReadsAllFieldsOfACommaRow) {
  std::vector<PersonYear> rows;
  ASSERT_OK_AND_ASSIGN(auto report,
                       ReadText(std::string(kHeader) + "2021,x9,,101,1084,15,M,efterkommer_ikke_vestlig,grundskole,1,1,-1200,1,1,0,,7.25,\n"
                                                       "2021,x10,A,101,1084,40,K,indvandrer_vestlig,lvu,0,1,612345,1,0,1,,,1\n",
                                &rows));
  EXPECT_EQ(report.rows_ok, 2u);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].afdeling, "");
  EXPECT_EQ(rows[0].origin, Origin::kNonWesternDescendant);
  EXPECT_EQ(rows[0].gross_income, -1200);
  EXPECT_EQ(rows[0].grade_hundredths, 725);
  EXPECT_EQ(rows[0].flags, kInEducation | kEmployed | kTaxable | kCharged | kGradePresent);
  EXPECT_EQ(rows[1].flags, kEmployed | kTaxable | kConvicted | kVotedPresent | kVoted);
  EXPECT_EQ(rows[1].education, Education::kLongTertiary);
}

// The splitter looks at 16 bytes at a time and falls back to the quote-aware
// path at the first quote: a row reads the same with any one field quoted
// (the quote then sits in the first block, a later one or the tail), and
// with fields long enough that separators fall on every block position.
TEST(CsvReaderTest, ReadsTheSameWhereverAQuoteOrSeparatorFalls) {
  const std::vector<std::string> afdelinger = {"A", "BKF-11", std::string(40, 'x'), std::string(64, 'y')};
  for (const std::string& afdeling : afdelinger) {
    const std::vector<std::string> fields = {"2021", "person-" + std::string(afdeling.size() % 7, 'p'), afdeling,
                                             "101",  "1084", "40", "K", "indvandrer_vestlig", "lvu", "0", "1",
                                             "612345", "1", "0", "1", "", "", "1"};
    std::vector<std::string> lines = {fmt::format("{}", fmt::join(fields, ","))};
    for (size_t quoted = 0; quoted < fields.size(); ++quoted) {
      std::vector<std::string> with_quote = fields;
      with_quote[quoted] = "\"" + fields[quoted] + "\"";
      lines.push_back(fmt::format("{}", fmt::join(with_quote, ",")));
    }
    std::vector<PersonYear> rows;
    ASSERT_OK_AND_ASSIGN(auto report,
                         ReadText(std::string(kHeader) + fmt::format("{}\n", fmt::join(lines, "\n")), &rows));
    EXPECT_EQ(report.rows_bad, 0u) << afdeling;
    ASSERT_EQ(rows.size(), lines.size());
    for (const PersonYear& row : rows) {
      EXPECT_EQ(row.afdeling, afdeling);
      EXPECT_EQ(row.kommune, 101);
      EXPECT_EQ(row.age, 40);
      EXPECT_EQ(row.gross_income, 612345);
      EXPECT_EQ(row.flags, rows[0].flags);
      EXPECT_EQ(row.flags, kEmployed | kTaxable | kConvicted | kVotedPresent | kVoted);
    }
  }
}

TEST(CsvReaderTest, ReportsEveryBadRowWithLineColumnAndReason) {
  const std::string good = "2021,a,,101,1084,40,K,dansk,lvu,0,1,100,1,0,0,,,1\n";
  const std::string text = std::string(kHeader) + good +
                           "2021,b,,101,1084,40,X,dansk,lvu,0,1,100,1,0,0,,,1\n"     // line 3 sex
                           "2021,c,,1010,1084,40,K,dansk,lvu,0,1,100,1,0,0,,,1\n"    // line 4 kommune
                           "2021,d,,101,1084,40,K,dansk,lvu,0,1,100,1,0,0,1,,1\n"    // line 5 daycare at 40
                           "2021,e,,101,1084,3,K,dansk,ukendt,0,0,0,0,0,0,,,\n"      // line 6 daycare missing at 3
                           "2021,f,,101,1084,15,K,dansk,grundskole,1,0,0,0,0,0,,7.255,\n"  // line 7 grade decimals
                           "2021,g,,101,1084,40,K,dansk,lvu,0,1,100,1,0\n"           // line 8 too few fields
                           "2021,h,,101,1090,40,K,dansk,lvu,0,1,1.000,1,0,0,,,1\n"   // line 9 region
                           "2021,i,,101,1084,40,K,dansk,phd,0,1,100,1,0,0,,,1\n" +   // line 10 education
                           good;
  std::vector<PersonYear> rows;
  ASSERT_OK_AND_ASSIGN(auto report, ReadText(text, &rows));
  EXPECT_EQ(report.rows_read, 10u);
  EXPECT_EQ(report.rows_ok, 2u);
  EXPECT_EQ(report.rows_bad, 8u);
  ASSERT_EQ(report.errors.size(), 8u);
  struct Expected {
    uint64_t line;
    const char* column;
    const char* reason;
  } expected[] = {
      {3, "sex", "skal være M eller K"},
      {4, "kommune", "skal være en 3-cifret kommunekode fra Danmarks Statistik (fx 607)"},
      {5, "in_daycare", "skal være tom for andre end 1-5-årige"},
      {6, "in_daycare", "skal være 0 eller 1 for 1-5-årige"},
      {7, "grade_9", "skal være et karaktergennemsnit fra -3 til 12 med punktum og højst to decimaler (fx 7.25)"},
      {8, "", "har 14 felter, men overskriften har 18"},
      {9, "region", "skal være en regionskode fra 1081 til 1085"},
      {10, "education", "skal være grundskole, gymnasial, erhvervsfaglig, kvu, mvu, lvu eller ukendt"},
  };
  for (size_t i = 0; i < 8; ++i) {
    EXPECT_EQ(report.errors[i].line, expected[i].line);
    EXPECT_EQ(report.errors[i].column, expected[i].column);
    EXPECT_EQ(report.errors[i].reason, expected[i].reason);
  }
}

TEST(CsvReaderTest, RefusesCprLikeIdsWithoutEchoingThem) {
  std::vector<PersonYear> rows;
  const auto result = ReadText(std::string(kHeader) + "2021,P1,,101,1084,40,K,dansk,lvu,0,1,100,1,0,0,,,1\n"
                                                      "2021,010190-1234,,101,1084,40,K,dansk,lvu,0,1,100,1,0,0,,,1\n",
                               &rows);
  EXPECT_THAT(result, testing::StatusIs(StatusCode::kInvalidArgument, HasSubstr("linje 3: person_id ligner et CPR-nummer")));
  EXPECT_THAT(result.status().message(), Not(HasSubstr("010190")));
}

TEST(CsvReaderTest, RefusesHeaderWithMissingOrUnknownColumn) {
  std::vector<PersonYear> rows;
  std::string header(kHeader);
  EXPECT_THAT(ReadText(header.replace(header.find(",voted"), 6, ""), &rows),
              testing::StatusIs(StatusCode::kInvalidArgument, HasSubstr("kolonnen 'voted' mangler")));
  EXPECT_THAT(ReadText("year,cpr\n", &rows), testing::StatusIs(StatusCode::kInvalidArgument, HasSubstr("ukendt kolonne 'cpr'")));
  EXPECT_THAT(ReadText("", &rows), testing::StatusIs(StatusCode::kInvalidArgument, HasSubstr("overskriften mangler")));
}

// Files of many 4 MB chunks are parsed on several threads: rows still reach
// the sink in file order, bad rows keep their line numbers across chunk
// boundaries, a line split between chunks is read whole, and a CPR-like id
// far into the file refuses it.
TEST(CsvReaderTest, LargeFilesKeepOrderAndLineNumbersAcrossChunks) {
  std::string text(kHeader);
  constexpr int kRows = 200000;  // ~14 MB: four chunks and more
  std::vector<uint64_t> bad_lines;
  for (int i = 0; i < kRows; ++i) {
    const uint64_t line = static_cast<uint64_t>(i) + 2;
    if (i % 25013 == 7) {
      text += fmt::format("2021,p{},,101,1084,200,K,dansk,lvu,0,1,100,1,0,0,,,1\n", i);  // age out of range
      bad_lines.push_back(line);
    } else if (i % 40009 == 11) {
      text += "\r\n";  // a blank line carries no row
    } else {
      text += fmt::format("2021,p{},,101,1084,{},K,dansk,lvu,0,1,{},1,0,0,,,1\n", i, 20 + i % 50, i);
    }
  }
  text += "2021,plast,,101,1084,30,M,dansk,lvu,0,1,5,1,0,0,,,";  // no newline at the end
  std::vector<PersonYear> rows;
  ASSERT_OK_AND_ASSIGN(auto report, ReadText(text, &rows));
  EXPECT_EQ(report.rows_bad, bad_lines.size());
  ASSERT_EQ(report.errors.size(), bad_lines.size());
  for (size_t i = 0; i < bad_lines.size(); ++i) {
    EXPECT_EQ(report.errors[i].line, bad_lines[i]);
    EXPECT_EQ(report.errors[i].column, "age");
  }
  EXPECT_EQ(report.rows_ok, rows.size());
  EXPECT_EQ(report.rows_read, report.rows_ok + report.rows_bad);
  ASSERT_GT(rows.size(), 2u);
  for (size_t i = 1; i + 1 < rows.size(); ++i) ASSERT_LT(rows[i - 1].gross_income, rows[i].gross_income) << i;
  EXPECT_EQ(rows.back().gross_income, 5);
  EXPECT_EQ(rows.back().sex, Sex::kMale);

  std::string refused = text;
  const size_t at = refused.size() - 200;
  const size_t line_start = refused.rfind('\n', at) + 1;
  const uint64_t line_no = static_cast<uint64_t>(std::count(refused.begin(), refused.begin() + line_start, '\n')) + 1;
  refused.insert(line_start, "2021,010190-1234,,101,1084,40,K,dansk,lvu,0,1,100,1,0,0,,,1\n");
  rows.clear();
  EXPECT_THAT(ReadText(refused, &rows),
              testing::StatusIs(StatusCode::kInvalidArgument,
                                HasSubstr(fmt::format("linje {}: person_id ligner et CPR-nummer", line_no))));
}

TEST(CsvReaderTest, MissingFileIsNotFound) {
  EXPECT_THAT(ReadRegisterCsv({"/nonexistent/r.csv"}, [](std::span<const PersonYear>) {}),
              testing::StatusIs(StatusCode::kNotFound));
}

}  // namespace
}  // namespace helhed::register_
