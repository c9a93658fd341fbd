// SPDX-License-Identifier: Apache-2.0
// Computed indicators into the store: a disclosure-controlled computation
// becomes org units and store::Measurement rows with provenance, in one
// transaction. The web dashboards read them back from there.
#pragma once

#include <string>
#include <string_view>

#include "helhed/base/statusor.h"
#include "helhed/indicators/definition.h"
#include "helhed/indicators/engine.h"
#include "helhed/store/records.h"
#include "helhed/store/store.h"

namespace helhed::service {

// The store's id of a computation unit: "<level>:<unit_id>", e.g.
// "kommune:607", "afdeling:607-0003", "zone:FRE-Z1", "land:DK", so ids of
// different levels never collide.
std::string MeasurementUnitId(std::string_view unit_level, std::string_view unit_id);

// The store's level for a computation level. The areas file's "boligområde"
// (or "boligomraade"), "zone" and "plan" map to their OrgLevel; kInvalidArgument
// (Danish) for a level the store has no place for.
StatusOr<store::OrgLevel> MeasurementOrgLevel(std::string_view unit_level);

// "helhed <version>; indikatorer <definitions version>".
std::string EngineVersion(const indicators::IndicatorSet& defs);

// What the stored rows record about how they were made.
struct ComputationParameters {
  std::string input_checksum;  // the register's, "blake2b-256:<hex>"
  int min_cell = 0;
  indicators::YearRange years;  // the years asked for (the store holds those it had)
  std::string areas_checksum;   // the areas file's, or "" without one
  std::string recorded_by;      // who stored it, for the audit log ("cli:mette", "demo")
  std::string source_override;  // when set, every measurement's source instead of the definition's
};

struct StoredComputation {
  size_t org_units = 0;
  size_t measurements = 0;
};

// Stores every row of `computation` (after ApplyDisclosureControl) as a
// Measurement: indicator id, unit, period = the year, published numbers only
// (PublishedNumbersOf: suppressed rows carry none, status "suppressed"),
// source from the definition, provenance = input checksum, EngineVersion and
// the parameters as JSON. Every unit becomes an OrgUnit (land, regions,
// kommuner, the areas file's units, afdelinger), its parent the kommune,
// region or land that holds all of it. One transaction; replaces earlier
// values of the same indicator, unit and year. Appends an audit entry
// "measurements.store" afterwards.
// REQUIRES: disclosure control has been applied.
StatusOr<StoredComputation> StoreComputation(store::Store& store, const indicators::Computation& computation,
                                             const indicators::IndicatorSet& defs,
                                             const ComputationParameters& parameters);

}  // namespace helhed::service
