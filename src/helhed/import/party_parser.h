// SPDX-License-Identifier: Apache-2.0
// Parties of an agreement or delaftale from their list items: "Fredericia
// Kommune", "Chef for Børn og Skole, Fredericia Kommune" (role, then
// organisation), Vejle's group headings ("Samarbejdspartnere i Jobcenter
// Vejle:") with "Person C – Arbejdsmarkedschef" under them, and a flattened
// 2015-18 list ("Person O, direktør Alabu Bolig Person P, …").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "helhed/import/label_table.h"
#include "helhed/model/party.h"

namespace helhed::import {

// One parsed item: a party, or (when `party` is unset) a group heading or a
// prose line that names no party.
struct PartyItem {
  std::optional<model::Party> party;
  bool heading = false;
};

// Parses the items of a party list, in order. Group headings set the
// organisation of the person lines under them.
std::vector<PartyItem> ParseParties(const std::vector<std::string>& items, const LabelTable& labels);

// Splits a flattened list before each "Name Name," person start.
std::vector<std::string> SplitFlattenedParties(std::string_view text);

// The kind the name implies ("kommune" -> municipality), if any.
std::optional<model::PartyKind> PartyKindOf(std::string_view text, const LabelTable& labels);

}  // namespace helhed::import
