// SPDX-License-Identifier: Apache-2.0
// Staff lines of a delaftale (Medarbejderressourcer): "Fredericia Jobcenter:
// 37 timer ugentligt", "37 timers boligsocial medarbejder", "8 timers
// medarbejder fra Fredericia Bibliotek", "En 50 % boligsocial medarbejder",
// "Andel af projektlederressourcer: 10 %".
#pragma once

#include <optional>
#include <string_view>

#include "helhed/model/staff.h"

namespace helhed::import {

// Parses one list item; nullopt when it states no amount (a heading or a
// profile list item), so nothing is invented.
std::optional<model::Staff> ParseStaffLine(std::string_view item);

// Splits a flattened staff text ("Projektmedarbejder 10 timer pr. uge Andel
// af projektlederressourcer: 10 %") after each amount.
std::vector<std::string> SplitFlattenedStaff(std::string_view text);

}  // namespace helhed::import
