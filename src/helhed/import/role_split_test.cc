// SPDX-License-Identifier: Apache-2.0
// Role and organisation in the seat lines of the three shared plans.
#include "helhed/import/role_split.h"

#include <gtest/gtest.h>

#include "helhed/import/test_labels.h"

namespace helhed::import {
namespace {

struct Case {
  std::string line;
  std::string role;
  std::optional<std::string> organisation;
};

TEST(RoleSplitTest, SeatLinesOfTheSharedPlans) {
  const std::vector<Case> cases = {
      // Party lists (Fredericia 822-828, 1866; Aalborg 206).
      {"Chef for Unge og Uddannelse, Fredericia Kommune", "Chef for Unge og Uddannelse", "Fredericia Kommune"},
      {"Chef for Kultur og Idræt", "Chef for Kultur og Idræt", std::nullopt},
      {"Projektchef Den Boligsociale Helhedsplan", "Projektchef", "Den Boligsociale Helhedsplan"},
      {"Erhvervsdirektør Business Fredericia", "Erhvervsdirektør", "Business Fredericia"},
      {"Regionalkonsulent Dansk Flygtningehjælp, Region Syddanmark", "Regionalkonsulent",
       "Dansk Flygtningehjælp, Region Syddanmark"},
      {"Regionskonsulent, Dansk Flygtningehjælp, Region Syddanmark", "Regionskonsulent",
       "Dansk Flygtningehjælp, Region Syddanmark"},
      {"Bestyrelsesformand for Almue Retsjælpen", "Bestyrelsesformand", "Almue Retsjælpen"},
      {"Person O, direktør Alabu Bolig", "Person O, direktør", "Alabu Bolig"},
      {"Person R, centerleder, ansvarlig for SSP indsats, Center for Tværfaglig Forebyggelse",
       "Person R, centerleder, ansvarlig for SSP indsats", "Center for Tværfaglig Forebyggelse"},
      {"Fredericia Kommune", "Fredericia Kommune", std::nullopt},
      // Section 3 (Fredericia 133-184).
      {"Direktør i boli.nu", "Direktør", "boli.nu"},
      {"Repræsentant fra direktionen i Fredericia Kommune", "Repræsentant fra direktionen", "Fredericia Kommune"},
      {"Kommunal fagchef for beskæftigelse", "Kommunal fagchef for beskæftigelse", std::nullopt},
      {"Erhvervs Direktør Business Fredericia", "Erhvervs Direktør", "Business Fredericia"},
      {"Fagchef for Beskæftigelse og Borgerservice – Fredericia Kommune", "Fagchef for Beskæftigelse og Borgerservice",
       "Fredericia Kommune"},
      {"Vicepolitiinspektør, Leder af Patruljecenter Syd", "Vicepolitiinspektør, Leder af Patruljecenter Syd",
       std::nullopt},
      // Kommissorium (Fredericia 2202): organisation first.
      {"Boli.nu Direktør", "Direktør", "Boli.nu"},
      {"Business Fredericia Erhvervsdirektør", "Erhvervsdirektør", "Business Fredericia"},
      {"Arbejdsmarkedschef", "Arbejdsmarkedschef", std::nullopt},
      {"Boligsocial projektchef", "Boligsocial projektchef", std::nullopt},
  };
  for (const Case& c : cases) {
    const RoleAndOrganisation split = SplitRoleAndOrganisation(c.line, RepoLabels());
    EXPECT_EQ(split.role, c.role) << c.line;
    EXPECT_EQ(split.organisation, c.organisation) << c.line;
  }
}

TEST(RoleSplitTest, RoleWordsIncludeDefiniteAndPluralForms) {
  EXPECT_TRUE(IsRoleWord("Direktøren", RepoLabels()));
  EXPECT_TRUE(IsRoleWord("medarbejdere,", RepoLabels()));
  EXPECT_FALSE(IsRoleWord("Uddannelsesvejledning", RepoLabels()));
  EXPECT_FALSE(IsRoleWord("Fredericia", RepoLabels()));
}

}  // namespace
}  // namespace helhed::import
