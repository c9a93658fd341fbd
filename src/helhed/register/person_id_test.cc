// SPDX-License-Identifier: Apache-2.0
// CPR-like ids are recognised so the ingest can refuse them.
#include "helhed/register/person_id.h"

#include <gtest/gtest.h>

namespace helhed::register_ {
namespace {

TEST(PersonIdTest, RecognisesCprShapes) {
  struct Case {
    const char* id;
    bool cpr;
  } cases[] = {
      {"010190-1234", true},   // dash form
      {"0101901234", true},    // ten digits, valid date
      {"2902001234", true},    // 29 February (century unknown)
      {"3101901234", true},    // 31 January
      {"3102901234", false},   // 31 February does not exist
      {"3104901234", false},   // 31 April does not exist
      {"0113901234", false},   // month 13
      {"0001901234", false},   // day 0
      {"P000000001", false},   // pseudonym
      {"010190-12345", false}, // too long
      {"010190+1234", false},
      {"12345678901", false},  // eleven digits
      {"", false},
  };
  for (const auto& c : cases) EXPECT_EQ(LooksLikeCpr(c.id), c.cpr) << c.id;
}

}  // namespace
}  // namespace helhed::register_
