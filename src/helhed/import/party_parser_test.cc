// SPDX-License-Identifier: Apache-2.0
// Party lists from the three shared plans.
#include "helhed/import/party_parser.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/import/test_labels.h"

namespace helhed::import {
namespace {

TEST(PartyParserTest, RoleThenOrganisation) {
  const auto items = ParseParties({"Chef for Børn og Skole, Fredericia Kommune", "Boli.nu"}, RepoLabels());
  ASSERT_EQ(items.size(), 2u);
  ASSERT_TRUE(items[0].party.has_value());
  EXPECT_EQ(items[0].party->name, "Fredericia Kommune");
  EXPECT_EQ(items[0].party->contact, "Chef for Børn og Skole");
  EXPECT_EQ(items[0].party->kind, model::PartyKind::kMunicipality);
  EXPECT_EQ(items[1].party->name, "Boli.nu");
  EXPECT_EQ(items[1].party->kind, model::PartyKind::kHousingOrg);
}

TEST(PartyParserTest, VejleGroupsAndProse) {
  // vejle-2026-delaftale-kriminalitetsforebyggelse.txt:33-57
  const auto items = ParseParties(
      {"Samarbejdspartnere i Jobcenter Vejle:", "Person C – Arbejdsmarkedschef", "Vejle Politi",
       "Der samarbejdes desuden aktivt på tværs af delaftaler og medarbejdere med henblik på at styrke helhedssynet og "
       "fokus på afledte positive effekter."},
      RepoLabels());
  ASSERT_EQ(items.size(), 4u);
  EXPECT_TRUE(items[0].heading);
  ASSERT_TRUE(items[1].party.has_value());
  EXPECT_EQ(items[1].party->name, "Jobcenter Vejle");
  EXPECT_EQ(items[1].party->contact, "Person C – Arbejdsmarkedschef");
  EXPECT_EQ(items[1].party->kind, model::PartyKind::kJobcenter);
  EXPECT_EQ(items[2].party->kind, model::PartyKind::kPolice);
  EXPECT_FALSE(items[3].party.has_value());
  EXPECT_FALSE(items[3].heading);
}

TEST(PartyParserTest, SplitsFlattenedPersons) {
  // aalborg 206
  EXPECT_THAT(SplitFlattenedParties("Person O, direktør Alabu Bolig Person P, forretningsfører Lejerbo Person S, "
                                    "sektorleder, ansvarlig for SSP indsats, Skoleforvaltningen."),
              ::testing::ElementsAre("Person O, direktør Alabu Bolig", "Person P, forretningsfører Lejerbo",
                                     "Person S, sektorleder, ansvarlig for SSP indsats, Skoleforvaltningen"));
}

}  // namespace
}  // namespace helhed::import
