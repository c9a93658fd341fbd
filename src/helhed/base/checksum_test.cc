// SPDX-License-Identifier: Apache-2.0
#include "helhed/base/checksum.h"

#include <unistd.h>

#include <fstream>
#include <string>

#include <gtest/gtest.h>

namespace helhed {
namespace {

// Expected values: `printf 'abc' | sha256sum` and `printf '' | sha256sum`.
TEST(Sha256Test, MatchesSha256sum) {
  Sha256 abc;
  abc.Update("a", 1);
  abc.Update("bc", 2);  // pieces hash like the whole
  EXPECT_EQ(abc.Finish(), "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  Sha256 empty;
  EXPECT_EQ(empty.Finish(), "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(Sha256Test, FileChecksumReadsTheFileAndNamesAMissingOne) {
  const auto path = std::filesystem::temp_directory_path() / ("helhed_checksum_test_" + std::to_string(::getpid()) + ".txt");
  std::ofstream(path, std::ios::binary) << "abc";
  auto checksum = FileChecksum(path);
  ASSERT_TRUE(checksum.ok());
  EXPECT_EQ(*checksum, "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  std::filesystem::remove(path);
  const auto missing = FileChecksum(path);
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("helhed_checksum_test_"), std::string::npos);
}

}  // namespace
}  // namespace helhed
