// SPDX-License-Identifier: Apache-2.0
// Meeting cadences as the Fredericia package writes them.
#include "helhed/import/meeting_cadence.h"

#include <gtest/gtest.h>

#include "helhed/import/text_clean.h"

namespace helhed::import {
namespace {

TEST(MeetingCadenceTest, CountsPerYear) {
  EXPECT_EQ(MeetingsPerYear("Bestyrelsen mødes ved fire faste møder årligt."), 4);            // 2203
  EXPECT_EQ(MeetingsPerYear("Styregrupperne mødes 2 gange årligt."), 2);                      // 190
  EXPECT_EQ(MeetingsPerYear("Fællessekretariatet mødes en gang hvert kvartal."), 4);          // 203
  EXPECT_EQ(MeetingsPerYear("Indsatsen drøftes i regi af budget 2018."), std::nullopt);
}

TEST(MeetingCadenceTest, GluedDashItemsAreSplit) {
  // Fredericia 2210: list items glued at their dash by the export; a
  // hyphenated word ("Beskæftigelse- og") stays whole.
  EXPECT_EQ(SplitListItems("<ul style=\"list-style-type: none\">- Forberedelse af bestyrelsesmøder- Præsentation af "
                           "status"),
            (std::vector<std::string>{"Forberedelse af bestyrelsesmøder", "Præsentation af status"}));
  EXPECT_EQ(SplitListItems("- Chef for Beskæftigelse- og Borgerservice"),
            (std::vector<std::string>{"Chef for Beskæftigelse- og Borgerservice"}));
}

}  // namespace
}  // namespace helhed::import
