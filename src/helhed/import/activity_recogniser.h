// SPDX-License-Identifier: Apache-2.0
// Activity forms (aktivitetsskemaer, templates.md §3 and §6.1): the sections
// from one "Aktivitetsnavn:" to the next become one model::Activity.
#pragma once

#include <string>
#include <vector>

#include "helhed/import/sections.h"
#include "helhed/model/activity.h"

namespace helhed::import {

// Builds activities from `sections` (each a kActivity label section; the
// first must be a name). Paths are "<path>/<index>/<field>".
std::vector<model::Activity> RecogniseActivities(const std::vector<const Section*>& sections,
                                                 const std::string& path, RecogniseContext& ctx);

}  // namespace helhed::import
