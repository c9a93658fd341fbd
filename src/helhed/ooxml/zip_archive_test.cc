// SPDX-License-Identifier: Apache-2.0
// The zip reader on real, corrupt and hostile archives.
#include "helhed/ooxml/zip_archive.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/ooxml/test_zip.h"
#include "testing/status_matchers.h"

namespace helhed::ooxml {
namespace {

using ::helhed::testing::StatusIs;
using ::testing::HasSubstr;

TEST(ZipArchiveTest, ReadsEntries) {
  const std::string bytes = MakeZip({{"a.txt", "hej"}, {"word/document.xml", "<x/>"}});
  ASSERT_OK_AND_ASSIGN(ZipArchive archive, ZipArchive::Open(bytes));
  EXPECT_THAT(archive.entry_names(), ::testing::ElementsAre("a.txt", "word/document.xml"));
  ASSERT_OK_AND_ASSIGN(std::string text, archive.Read("a.txt"));
  EXPECT_EQ(text, "hej");
  EXPECT_THAT(archive.Read("mangler.xml"), StatusIs(StatusCode::kNotFound));
}

TEST(ZipArchiveTest, CorruptBytesAreInvalidArgument) {
  EXPECT_THAT(ZipArchive::Open("PK\x03\x04 ikke et arkiv"),
              StatusIs(StatusCode::kInvalidArgument, HasSubstr("beskadiget")));
  std::string bytes = MakeZip({{"a.txt", std::string(1000, 'x')}});
  bytes.resize(bytes.size() / 2);  // truncated download
  EXPECT_THAT(ZipArchive::Open(bytes), StatusIs(StatusCode::kInvalidArgument));
}

TEST(ZipArchiveTest, TooManyEntriesAreRefused) {
  std::vector<std::pair<std::string, std::string>> entries;
  for (int idx = 0; idx < 20; ++idx) entries.emplace_back("f" + std::to_string(idx), "x");
  ZipLimits limits;
  limits.max_entries = 10;
  EXPECT_THAT(ZipArchive::Open(MakeZip(entries), limits),
              StatusIs(StatusCode::kInvalidArgument, HasSubstr("grænsen er 10")));
}

TEST(ZipArchiveTest, BombsAreRefused) {
  // 8 MB of zeros compresses about 1000:1.
  const std::string bytes = MakeZip({{"word/document.xml", std::string(8u * 1024u * 1024u, '\0')}});
  ASSERT_OK_AND_ASSIGN(ZipArchive archive, ZipArchive::Open(bytes));
  EXPECT_THAT(archive.Read("word/document.xml"), StatusIs(StatusCode::kInvalidArgument, HasSubstr("zip-bombe")));
  ZipLimits small;
  small.max_entry_bytes = 1024;
  ASSERT_OK_AND_ASSIGN(ZipArchive limited, ZipArchive::Open(MakeZip({{"a", std::string(5000, 'a')}}), small));
  EXPECT_THAT(limited.Read("a"), StatusIs(StatusCode::kInvalidArgument, HasSubstr("for stor")));
}

}  // namespace
}  // namespace helhed::ooxml
