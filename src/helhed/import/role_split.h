// SPDX-License-Identifier: Apache-2.0
// Role and organisation in one line naming a person's seat, as party lists,
// section 3 (Organisering), the kommissorium and the beredskabsplan write
// them: "Chef for Børn og Skole, Fredericia Kommune", "Erhvervsdirektør
// Business Fredericia", "Direktør i boli.nu", "Boli.nu Direktør", "Person O,
// direktør Alabu Bolig", "Regionskonsulent, Dansk Flygtningehjælp, Region
// Syddanmark". The role words are data (label tables, "role_words").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "helhed/import/label_table.h"
#include "helhed/model/organisation.h"

namespace helhed::import {

struct RoleAndOrganisation {
  // The role, with a person's name when the line has one ("Person O,
  // direktør"); the whole line when no organisation can be told apart.
  std::string role;
  std::optional<std::string> organisation;
};

// Splits a cleaned line. Only an organisation the line writes is returned:
// "Chef for Kultur og Idræt" has none (the department is part of the role).
RoleAndOrganisation SplitRoleAndOrganisation(std::string_view line, const LabelTable& labels);

// True when `word` (any case, trailing punctuation ignored) is a role word
// ("Erhvervsdirektør", "projektchef", "medarbejdere").
bool IsRoleWord(std::string_view word, const LabelTable& labels);

// A list item naming one seat of a body ("Direktør i Boligkontoret
// Fredericia", "Projektchef, Den Boligsociale Helhedsplan (projektchef er
// uden stemmeberettigelse)"), or nullopt for an intro, a sentence or a line
// without a role word. Voting is set only where the item says it ("uden
// stemme…" / "med stemme…").
std::optional<model::Member> SeatMember(std::string_view item, const LabelTable& labels);

}  // namespace helhed::import
