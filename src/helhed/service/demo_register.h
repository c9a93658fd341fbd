// SPDX-License-Identifier: Apache-2.0
// The demo's register data: a small synthetic register (data/demo/register.json)
// computed for the Fredericia example plan's zones and housing area
// (data/demo/fredericia-areas.csv) and stored as measurements, so the
// follow-up dashboards of `helhed serve --demo` show real numbers at once.
#pragma once

#include <filesystem>
#include <string>

#include "helhed/base/status.h"
#include "helhed/store/store.h"

namespace helhed::service {

// The unit every demo measurement set has; its presence means "already seeded".
inline constexpr const char* kDemoSeededUnit = "land:DK";

// When the store has no measurement unit "land:DK": writes the synthetic
// register to a temporary directory, ingests it, computes every indicator
// with disclosure control for the areas file's units and stores the results
// (source: the config's "measurement_source"), then removes the directory.
// Otherwise does nothing. Errors: a malformed config (kInvalidArgument,
// Danish) or what synth, ingest, compute and the store return.
Status SeedDemoRegister(store::Store& store, const std::filesystem::path& data_dir);

}  // namespace helhed::service
