// SPDX-License-Identifier: Apache-2.0
// Meeting cadence as plans write it: "fire faste møder årligt", "mødes 4
// gange årligt", "2 gange om året", "en gang hvert kvartal" (section 3 and
// the kommissorium).
#pragma once

#include <optional>
#include <string>

namespace helhed::import {

// Meetings per year, or nullopt when the text states no cadence.
std::optional<double> MeetingsPerYear(const std::string& text);

}  // namespace helhed::import
