// SPDX-License-Identifier: Apache-2.0
// Tests of the text normaliser against artefacts named in templates.md §8.
#include "helhed/import/text_clean.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace helhed::import {
namespace {

using ::testing::ElementsAre;

TEST(TextCleanTest, StripsMarkdownAndHtml) {
  // A2: "Formål:**Formål**" (fredericia 884).
  EXPECT_EQ(CleanInline("Formål:**Formål**"), "Formål:Formål");
  EXPECT_EQ(CleanInline("<p>Høgevej: 6,2%</p> <p>Havepladsvej</p>"), "Høgevej: 6,2% Havepladsvej");
  EXPECT_EQ(CleanInline("  Delaftale for indsatsområdet   *Kriminalitetsforebyggelse*  "),
            "Delaftale for indsatsområdet Kriminalitetsforebyggelse");
  EXPECT_EQ(CleanInline("a &amp; b\tc"), "a & b c");
}

TEST(TextCleanTest, MatchKeyFoldsDanishLettersAndDropsColon) {
  EXPECT_EQ(MatchKey("**Øvrige Formål:**"), "øvrige formål");
  EXPECT_EQ(MatchKey("ÆØÅ:"), "æøå");
}

TEST(TextCleanTest, SplitsHtmlListsBulletsAndDashes) {
  // A1: "•" separates items even without spaces (fredericia 1279).
  EXPECT_THAT(SplitListItems("<ul style=\"list-style-type: none\">• Fremskudt indsats• Job og Uddannelse 30+"),
              ElementsAre("Fremskudt indsats", "Job og Uddannelse 30+"));
  EXPECT_THAT(SplitListItems("<p>a</p> <p>b</p>"), ElementsAre("a", "b"));
  // A16: a lone "-" is an empty bullet and is dropped.
  EXPECT_THAT(SplitListItems("-"), ElementsAre());
  EXPECT_THAT(SplitListItems("- Idræt i dagtimerne: 2,5 timer ugentligt"),
              ElementsAre("Idræt i dagtimerne: 2,5 timer ugentligt"));
}

TEST(TextCleanTest, RecognisesSeparatorRowsOnly) {
  // A8 (fredericia 1570).
  EXPECT_TRUE(IsSeparatorRow("--\t--\t---\t--\t------\t----"));
  EXPECT_FALSE(IsSeparatorRow("- En delaftale"));
  EXPECT_FALSE(IsSeparatorRow("-"));
}

TEST(TextCleanTest, ContinuationStartsLowerCaseOrWithBracket) {
  EXPECT_TRUE(StartsLikeContinuation("kriminalitet, og områderne"));
  EXPECT_TRUE(StartsLikeContinuation("(Ungeløftet) og de"));
  EXPECT_TRUE(StartsLikeContinuation("øvrige"));
  EXPECT_FALSE(StartsLikeContinuation("Trygheden i Fredericia"));
}

TEST(TextCleanTest, NormaliseForCompareIgnoresLayout) {
  EXPECT_EQ(NormaliseForCompare("- At styrke\n- **Unge**  •  mere"), "at styrke unge mere");
}

}  // namespace
}  // namespace helhed::import
