// SPDX-License-Identifier: Apache-2.0
// Danish words for the keys of helhed/plan@1, as a secretariat worker knows
// them from the templates; the diff builds its sentences from them.
#pragma once

#include <string_view>

namespace helhed::plandiff::internal {

// The Danish label for a plan key ("baseline_year" -> "baselineår"); the key
// itself when the table has none, so a new key still shows up in a diff.
std::string_view KeyLabel(std::string_view key);

// The singular noun for one element of an array key ("goals" -> "delmål",
// "activities" -> "aktivitet"); empty when the table has none.
std::string_view ElementNoun(std::string_view array_key);

// The key whose value identifies an element of the array (sub_agreements ->
// focus_area); empty when elements are matched by position.
std::string_view NaturalKey(std::string_view array_key);

}  // namespace helhed::plandiff::internal
