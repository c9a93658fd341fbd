// SPDX-License-Identifier: Apache-2.0
// Glued page numbers: Aalborg's flattened pages end in 1, 3, 4 (page 2 ends
// in the middle of a table), a lone number stays.
#include "helhed/import/page_numbers.h"

#include <gtest/gtest.h>

namespace helhed::import {
namespace {

Block Page(int line, const std::string& end) {
  Block block;
  block.line = line;
  block.text = std::string(220, 'x') + " " + end;
  return block;
}

TEST(PageNumbersTest, RemovesARisingRunOfTrailingNumbers) {
  std::vector<Block> blocks = {Page(206, "Statistik. 1"), Page(210, "ssp-samarbejdet.pdf 3"), Page(212, "punkt 4"),
                               Page(214, "styregruppe. 5")};
  EXPECT_EQ(StripGluedPageNumbers(blocks), (std::vector<int>{206, 210, 212, 214}));
  EXPECT_EQ(blocks[0].text, std::string(220, 'x') + " Statistik.");
  EXPECT_EQ(blocks[3].text, std::string(220, 'x') + " styregruppe.");
}

TEST(PageNumbersTest, KeepsNumbersThatAreNotPages) {
  std::vector<Block> blocks = {Page(1, "i alt 306"), Page(2, "heraf 12"), Page(3, "zone 4"),
                               Block{4, "kort linje 5", {}, 0, 0, -1}};
  EXPECT_TRUE(StripGluedPageNumbers(blocks).empty());
  EXPECT_EQ(blocks[0].text, std::string(220, 'x') + " i alt 306");
}

}  // namespace
}  // namespace helhed::import
