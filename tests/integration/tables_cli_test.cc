// SPDX-License-Identifier: Apache-2.0
// Measurements (`helhed compute`) and lists (`helhed lists`) as Danish CSV
// and as XLSX read back with Debian's python3-openpyxl: the same numbers in
// both, suppressed cells empty in both, the CSV in Excel's Danish dialect.
#include <cmath>

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "export_fixture.h"

namespace helhed {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

// Danish CSV → rows of fields up to the first empty line, after which the
// legend follows (no quoted separators occur in these files: the test fails
// loudly if a row's field count differs from the header's).
std::vector<std::vector<std::string>> ReadDanishCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::string body = text.substr(3);  // the BOM
  std::size_t start = 0;
  while (start < body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string::npos) end = body.size();
    std::string line = body.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) break;
    std::vector<std::string> fields;
    std::size_t field_start = 0;
    while (true) {
      const std::size_t sep = line.find(';', field_start);
      fields.push_back(line.substr(field_start, sep - field_start));
      if (sep == std::string::npos) break;
      field_start = sep + 1;
    }
    rows.push_back(std::move(fields));
    start = end + 1;
  }
  return rows;
}

// "81,7" → 81.7; "" → nullopt.
std::optional<double> DanishNumber(std::string text) {
  if (text.empty()) return std::nullopt;
  if (text.front() == '"' && text.back() == '"') text = text.substr(1, text.size() - 2);
  std::string plain;
  for (char c : text) {
    if (c == '.') continue;
    plain += c == ',' ? '.' : c;
  }
  try {
    return std::stod(plain);
  } catch (...) {
    return std::nullopt;
  }
}


// Every numeric cell of the CSV equals the XLSX cell at the same place, a
// suppressed cell is "diskr." in both, and an empty CSV cell (a missing
// value) is an empty XLSX cell.
void ExpectSameNumbers(const std::vector<std::vector<std::string>>& csv, const nlohmann::json& rows,
                       int* numbers, int* suppressed, int* empty) {
  ASSERT_EQ(csv.size(), rows.size());
  for (std::size_t r = 1; r < csv.size(); ++r) {
    ASSERT_EQ(csv[r].size(), csv[0].size()) << "række " << r;
    for (std::size_t c = 0; c < csv[r].size(); ++c) {
      const nlohmann::json& cell = rows[r][c];
      if (cell.is_number()) {
        const auto value = DanishNumber(csv[r][c]);
        ASSERT_TRUE(value.has_value()) << r << "," << c << ": " << csv[r][c];
        // The CSV shows the value rounded to its decimals; XLSX keeps it whole
        // and only formats it, so they agree to half the last shown digit.
        const std::size_t comma = csv[r][c].find(',');
        const int decimals = comma == std::string::npos ? 0 : static_cast<int>(csv[r][c].size() - comma - 1);
        EXPECT_NEAR(*value, cell.get<double>(), 0.5 * std::pow(10.0, -decimals) + 1e-9) << r << "," << c;
        ++*numbers;
      } else if (cell == "diskr.") {
        EXPECT_EQ(csv[r][c], "diskr.") << r << "," << c;
        ++*suppressed;
      } else if (cell.is_null()) {
        EXPECT_EQ(csv[r][c], "") << r << "," << c;
        ++*empty;
      }
    }
  }
}

TEST(TablesCliTest, ComputeWritesDanishCsvAndXlsxWithTheSameNumbers) {
  testing::ScratchDir dir;
  const std::string csv = (dir.path() / "register.csv").string();
  const std::string store = (dir.path() / "lager").string();
  ASSERT_EQ(testing::RunHelhed({"synth", "--persons", "3000", "--years", "2023-2024", "--seed", "7", "--out", csv})
                .exit_code, 0);
  ASSERT_EQ(testing::RunHelhed({"register", "ingest", csv, "--out", store}).exit_code, 0);
  const std::string danish = (dir.path() / "indikatorer.csv").string();
  const std::string xlsx = (dir.path() / "indikatorer.xlsx").string();
  auto to_csv = testing::RunHelhed({"compute", "--register", store, "--out", danish, "--dansk-csv"});
  ASSERT_EQ(to_csv.exit_code, 0) << to_csv.err;
  auto to_xlsx = testing::RunHelhed({"compute", "--register", store, "--out", xlsx});
  ASSERT_EQ(to_xlsx.exit_code, 0) << to_xlsx.err;

  const std::string text = testing::ReadFileOrDie(danish);
  EXPECT_THAT(text, StartsWith("\xEF\xBB\xBF"));
  const auto rows = ReadDanishCsv(text);
  ASSERT_GT(rows.size(), 100u);
  EXPECT_GT(rows[0].size(), 5u);
  const nlohmann::json sheets = testing::ReadXlsx(xlsx);
  // The data, then the legend for the suppressed cells.
  ASSERT_EQ(sheets.size(), 2u);
  EXPECT_EQ(sheets[1].at("name"), "Forklaring");
  EXPECT_EQ(sheets[1].at("rows").at(1), nlohmann::json::parse(
      R"(["diskr.", "diskretioneret: tallet vises ikke, fordi for få personer står bag det"])"));
  EXPECT_EQ(sheets[1].at("rows").at(2).at(0), "(tom celle)");
  int numbers = 0;
  int suppressed = 0;
  int empty = 0;
  ExpectSameNumbers(rows, sheets[0].at("rows"), &numbers, &suppressed, &empty);
  EXPECT_GT(numbers, 500);
  // 3 000 persons spread over the country: many cells are suppressed, and
  // each says so instead of looking like a missing value.
  EXPECT_GT(suppressed, 50);
  EXPECT_THAT(text, HasSubstr("\r\n\r\nForklaring: diskr. = diskretioneret: tallet vises ikke"));
  EXPECT_THAT(text, HasSubstr(","));  // decimal commas
}

TEST(TablesCliTest, ListsWriteDanishCsvAndXlsxWithTheSameNumbers) {
  testing::ScratchDir dir;
  const std::string criteria = (testing::SourceDir() / "examples" / "lists" / "fredericia-criteria.csv").string();
  const std::string danish = (dir.path() / "lister.csv").string();
  const std::string xlsx = (dir.path() / "lister.xlsx").string();
  auto to_csv = testing::RunHelhed(
      {"lists", "--year", "2021", "--criteria", criteria, "--national-convicted", "0,78", "--out", danish, "--dansk-csv"});
  ASSERT_EQ(to_csv.exit_code, 0) << to_csv.err;
  auto to_xlsx = testing::RunHelhed(
      {"lists", "--year", "2021", "--criteria", criteria, "--national-convicted", "0,78", "--out", xlsx});
  ASSERT_EQ(to_xlsx.exit_code, 0) << to_xlsx.err;
  const std::string text = testing::ReadFileOrDie(danish);
  EXPECT_THAT(text, StartsWith("\xEF\xBB\xBF"));
  const auto rows = ReadDanishCsv(text);
  const nlohmann::json sheets = testing::ReadXlsx(xlsx);
  int numbers = 0;
  int suppressed = 0;
  int empty = 0;
  ExpectSameNumbers(rows, sheets[0].at("rows"), &numbers, &suppressed, &empty);
  EXPECT_GT(numbers, 10);
}

}  // namespace
}  // namespace helhed
