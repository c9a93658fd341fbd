// SPDX-License-Identifier: Apache-2.0
// The columnar store round-trips rows sorted by year and cell (categorical
// values through the profile dictionary), refuses to overwrite, leaves no
// temporary directory, and detects damaged column files.
#include "helhed/register/column_store.h"

#include <algorithm>
#include <fstream>
#include <iterator>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::register_ {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

PersonYear Row(int year, const std::string& afdeling, int kommune, int age, int64_t income) {
  PersonYear row;
  row.year = year;
  row.afdeling = afdeling;
  row.kommune = kommune;
  row.region = 1083;
  row.age = age;
  row.sex = Sex::kFemale;
  row.origin = Origin::kNonWesternImmigrant;
  row.education = Education::kVocational;
  row.flags = kEmployed | kTaxable;
  row.gross_income = income;
  return row;
}

// A row's categorical values, through the profile dictionary.
Profile At(const ColumnStore& store, uint64_t row) { return store.profiles()[store.profile()[row]]; }

std::vector<int> Ages(const ColumnStore& store) {
  std::vector<int> ages;
  for (uint64_t row = 0; row < store.row_count(); ++row) ages.push_back(At(store, row).age);
  return ages;
}

// A pass reads the store in pieces into one reused block: every column of
// every piece equals the rows seen through the mapping, whether the block
// grows, shrinks or is reused.
TEST(ColumnStoreTest, ReadRowsCopiesEveryColumnOfAPiece) {
  testing::ScratchDir dir;
  ColumnStoreBuilder builder;
  for (int i = 0; i < 20000; ++i) {
    PersonYear row = Row(2022 + i % 2, i % 3 == 0 ? "A" : "", 607, i % 100, i * 7);
    row.grade_hundredths = static_cast<int16_t>(i % 1200);
    builder.Add(row);
  }
  ASSERT_OK(builder.Write(dir.path() / "store", "blake2b-256:00"));
  ASSERT_OK_AND_ASSIGN(auto store, ColumnStore::Open(dir.path() / "store"));
  RowBlock block;
  for (const auto& [first, rows] : std::vector<std::pair<uint64_t, uint64_t>>{
           {0, 3}, {0, 16384}, {12345, 7655}, {19999, 1}, {100, 0}, {5000, 5000}}) {
    ASSERT_OK(store.ReadRows(first, rows, block));
    ASSERT_EQ(block.rows(), rows);
    for (uint64_t i = 0; i < rows; ++i) {
      ASSERT_EQ(block.cell()[i], store.cell()[first + i]) << first + i;
      ASSERT_EQ(block.profile()[i], store.profile()[first + i]) << first + i;
      ASSERT_EQ(block.gross_income()[i], store.gross_income()[first + i]) << first + i;
      ASSERT_EQ(block.grade_hundredths()[i], store.grade_hundredths()[first + i]) << first + i;
    }
  }
  ASSERT_OK(store.ReadRows(19999, 1, block));
  EXPECT_EQ(block.gross_income()[0], store.gross_income()[19999]);
}

// A column file that shrinks after the store was opened is an error in
// Danish, not a crash (a mapped read past the end would be SIGBUS).
TEST(ColumnStoreTest, ReadRowsOfAShrunkFileIsAnError) {
  testing::ScratchDir dir;
  ColumnStoreBuilder builder;
  for (int i = 0; i < 3000; ++i) builder.Add(Row(2022, "A", 607, i % 100, i));
  ASSERT_OK(builder.Write(dir.path() / "store", "x"));
  ASSERT_OK_AND_ASSIGN(auto store, ColumnStore::Open(dir.path() / "store"));
  std::filesystem::resize_file(dir.path() / "store" / "gross_income.i64", 8 * 1000);
  RowBlock block;
  ASSERT_OK(store.ReadRows(0, 1000, block));
  EXPECT_THAT(store.ReadRows(500, 1000, block),
              testing::StatusIs(StatusCode::kUnavailable, HasSubstr("filen er blevet kortere")));
}

TEST(ColumnStoreTest, RoundTripsRowsGroupedByYear) {
  testing::ScratchDir dir;
  ColumnStoreBuilder builder;
  builder.Add(Row(2022, "A", 607, 30, 100));
  builder.Add(Row(2021, "", 607, 31, 200));
  builder.Add(Row(2022, "B", 461, 32, 300));
  builder.Add(Row(2021, "A", 607, 33, 5'000'000'000));
  ASSERT_OK(builder.Write(dir.path() / "store", "blake2b-256:00"));
  ASSERT_OK_AND_ASSIGN(auto store, ColumnStore::Open(dir.path() / "store"));
  EXPECT_EQ(store.row_count(), 4u);
  ASSERT_EQ(store.years().size(), 2u);
  EXPECT_EQ(store.years()[0].year, 2021);
  EXPECT_EQ(store.years()[0].row_count, 2u);
  EXPECT_EQ(store.years()[1].first_row, 2u);
  EXPECT_THAT(store.afdelinger(), ElementsAre("", "A", "B"));
  // Within a year sorted by cell; cells are numbered by region, kommune and
  // afdeling id whatever the input order: B/461 = 0, ""/607 = 1, A/607 = 2.
  // 2021 is outside social housing (age 31), then A (33).
  EXPECT_THAT(Ages(store), ElementsAre(31, 33, 32, 30));
  EXPECT_THAT(std::vector<uint32_t>(store.cell().begin(), store.cell().end()), ElementsAre(1, 2, 0, 2));
  EXPECT_THAT(std::vector<int64_t>(store.gross_income().begin(), store.gross_income().end()),
              ElementsAre(200, 5'000'000'000, 300, 100));
  const auto& cell = store.cells()[store.cell()[2]];
  EXPECT_EQ(store.afdelinger()[cell.afdeling], "B");
  EXPECT_EQ(cell.kommune, 461);
  EXPECT_EQ(At(store, 0).flags, kEmployed | kTaxable);
  EXPECT_EQ(At(store, 0).origin, static_cast<uint8_t>(Origin::kNonWesternImmigrant));
  EXPECT_EQ(At(store, 0).sex, static_cast<uint8_t>(Sex::kFemale));
  EXPECT_EQ(At(store, 0).education, static_cast<uint8_t>(Education::kVocational));
  EXPECT_EQ(store.profiles().size(), 4u);  // four ages
  EXPECT_EQ(store.input_checksum(), "blake2b-256:00");
  EXPECT_EQ(store.column_bytes(), 4u * 18u);
  // Only the store itself is left in the parent directory.
  int entries = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    (void)entry;
    ++entries;
  }
  EXPECT_EQ(entries, 1);
}

// Every cell's rows of a year are one run, in input order (the sort is
// stable), whatever order the input had.
TEST(ColumnStoreTest, EachCellIsOneRunPerYearInInputOrder) {
  testing::ScratchDir dir;
  ColumnStoreBuilder builder;
  const char* afdelinger[] = {"", "A", "B", "C"};
  for (int i = 0; i < 1000; ++i) builder.Add(Row(2020 + i % 2, afdelinger[(i * 7) % 4], 607 + i % 3, i % 90, i));
  ASSERT_OK(builder.Write(dir.path() / "store", "x"));
  ASSERT_OK_AND_ASSIGN(auto store, ColumnStore::Open(dir.path() / "store"));
  ASSERT_EQ(store.row_count(), 1000u);
  for (const auto& slice : store.years()) {
    for (uint64_t row = slice.first_row + 1; row < slice.first_row + slice.row_count; ++row) {
      const uint32_t a = store.cell()[row - 1], b = store.cell()[row];
      ASSERT_LE(a, b) << row;
      if (a == b) {
        EXPECT_LT(store.gross_income()[row - 1], store.gross_income()[row]) << row;  // input order
      }
      // Each row still carries its own values: income i was written with year 2020 + i % 2.
      EXPECT_EQ(slice.year, 2020 + store.gross_income()[row] % 2);
      EXPECT_EQ(store.cells()[b].kommune, 607 + store.gross_income()[row] % 3);
    }
  }
}

// A store written before rows were sorted by cell is refused with a Danish
// message that says what to do; a store whose cell order is broken is damaged.
TEST(ColumnStoreTest, RefusesOldFormatAndUnsortedCells) {
  testing::ScratchDir dir;
  ColumnStoreBuilder builder;
  builder.Add(Row(2022, "A", 607, 30, 100));
  builder.Add(Row(2022, "B", 607, 31, 100));
  ASSERT_OK(builder.Write(dir.path() / "store", "x"));
  const auto manifest = dir.path() / "store" / "manifest.json";
  std::string text;
  {
    std::ifstream in(manifest);
    text.assign(std::istreambuf_iterator<char>(in), {});
  }
  auto write = [&](const std::string& content) { std::ofstream(manifest, std::ios::trunc) << content; };
  std::string old = text;
  old.replace(old.find("register-store@3"), 16, "register-store@2");
  write(old);
  EXPECT_THAT(ColumnStore::Open(dir.path() / "store"),
              testing::StatusIs(StatusCode::kFailedPrecondition,
                                HasSubstr("indlæs registeret igen med 'helhed register ingest'")));
  write(text);
  ASSERT_OK(ColumnStore::Open(dir.path() / "store").status());
  {
    std::fstream cells(dir.path() / "store" / "cell.u32", std::ios::in | std::ios::out | std::ios::binary);
    const uint32_t swapped[2] = {1, 0};
    cells.write(reinterpret_cast<const char*>(swapped), sizeof swapped);
  }
  EXPECT_THAT(ColumnStore::Open(dir.path() / "store"),
              testing::StatusIs(StatusCode::kDataLoss, HasSubstr("er beskadiget (række 1)")));
}

// Each distinct combination of age, sex, origin, education and flags is one
// profile, most frequent first; every row keeps its own values; a profile
// index outside the dictionary is damage, reported when the rows are checked.
TEST(ColumnStoreTest, ProfilesAreDistinctCombinationsMostFrequentFirst) {
  testing::ScratchDir dir;
  ColumnStoreBuilder builder;
  std::vector<PersonYear> rows;
  for (int i = 0; i < 600; ++i) {
    PersonYear row = Row(2021, i % 4 == 0 ? "A" : "", 607, i % 3 == 0 ? 40 : 20 + i % 5, i);
    row.sex = i % 2 == 0 ? Sex::kMale : Sex::kFemale;
    row.flags = i % 3 == 0 ? kEmployed : kInEducation | kGradePresent;
    rows.push_back(row);
    builder.Add(row);
  }
  ASSERT_OK(builder.Write(dir.path() / "store", "x"));
  ASSERT_OK_AND_ASSIGN(auto store, ColumnStore::Open(dir.path() / "store"));
  // age 40 (i % 3 == 0): 2 sexes; other ages 20-24: 5 × 2 sexes.
  EXPECT_EQ(store.profiles().size(), 12u);
  EXPECT_EQ(store.profiles()[0].age, 40);  // 100 rows each of the two age-40 profiles
  EXPECT_EQ(store.profiles()[1].age, 40);
  for (uint64_t row = 0; row < store.row_count(); ++row) {
    const PersonYear& in = rows[static_cast<size_t>(store.gross_income()[row])];  // income i = input row i
    const Profile p = At(store, row);
    EXPECT_EQ(p, (Profile{static_cast<uint8_t>(in.age), static_cast<uint8_t>(in.sex), static_cast<uint8_t>(in.origin),
                          static_cast<uint8_t>(in.education), in.flags}));
  }
  {
    std::fstream profiles(dir.path() / "store" / "profile.u32", std::ios::in | std::ios::out | std::ios::binary);
    profiles.seekp(4 * 10);
    const uint32_t outside = 12;
    profiles.write(reinterpret_cast<const char*>(&outside), sizeof outside);
  }
  ASSERT_OK_AND_ASSIGN(auto damaged, ColumnStore::Open(dir.path() / "store"));
  RowBlock block;
  EXPECT_THAT(damaged.ReadRows(0, 600, block),
              testing::StatusIs(StatusCode::kDataLoss, HasSubstr("profilnummer 12 i række 10")));
  EXPECT_THAT(damaged.ReadRows(8, 3, block), testing::StatusIs(StatusCode::kDataLoss));  // fewer than four rows
  ASSERT_OK(damaged.ReadRows(11, 589, block));
  ASSERT_OK(damaged.ReadRows(0, 10, block));
  // A cell index is checked by Open, and again by ReadRows in case the
  // file changed after Open.
  {
    std::fstream cells(dir.path() / "store" / "cell.u32", std::ios::in | std::ios::out | std::ios::binary);
    cells.seekp(4 * 401);
    const uint32_t outside = 999999;
    cells.write(reinterpret_cast<const char*>(&outside), sizeof outside);
  }
  EXPECT_THAT(damaged.ReadRows(11, 589, block),
              testing::StatusIs(StatusCode::kDataLoss, HasSubstr("cellenummer 999999 i række 401")));
  EXPECT_THAT(ColumnStore::Open(dir.path() / "store"),
              testing::StatusIs(StatusCode::kDataLoss, HasSubstr("beskadiget (række 401)")));
}

TEST(ColumnStoreTest, RefusesToOverwrite) {
  testing::ScratchDir dir;
  ColumnStoreBuilder builder;
  builder.Add(Row(2022, "A", 607, 30, 100));
  ASSERT_OK(builder.Write(dir.path() / "store", "x"));
  EXPECT_THAT(builder.Write(dir.path() / "store", "x"), testing::StatusIs(StatusCode::kAlreadyExists));
}

TEST(ColumnStoreTest, DetectsTruncatedColumn) {
  testing::ScratchDir dir;
  ColumnStoreBuilder builder;
  builder.Add(Row(2022, "A", 607, 30, 100));
  builder.Add(Row(2022, "A", 607, 31, 100));
  ASSERT_OK(builder.Write(dir.path() / "store", "x"));
  std::filesystem::resize_file(dir.path() / "store" / "profile.u32", 1);
  EXPECT_THAT(ColumnStore::Open(dir.path() / "store"),
              testing::StatusIs(StatusCode::kDataLoss, HasSubstr("profile.u32 har forkert størrelse")));
  EXPECT_THAT(ColumnStore::Open(dir.path() / "nothing"), testing::StatusIs(StatusCode::kNotFound));
}

}  // namespace
}  // namespace helhed::register_
