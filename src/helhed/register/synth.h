// SPDX-License-Identifier: Apache-2.0
// A synthetic register for demos, tests and benchmarks: persons spread over
// the 98 kommuner by population, about a sixth of them in thousands of
// afdelinger of varying deprivation, persisting across years (ageing,
// occasionally moving). The most deprived afdelinger resemble the Fredericia
// zones: high non-Western share, ~35-40 % of 18-64 outside work and education.
#pragma once

#include <cstdint>
#include <filesystem>
#include <ostream>

#include "helhed/base/status.h"
#include "helhed/register/geography.h"
#include "helhed/register/person_year.h"

namespace helhed::register_ {

struct SynthOptions {
  uint64_t persons = 0;  // persons alive in each year
  int first_year = 0;
  int last_year = 0;
  uint64_t seed = 0;
};

// Writes the register CSV (header and one row per person per year) to
// `out`. Deterministic: same options and geography, same bytes, on any
// platform (own PRNG, no std distributions). kInvalidArgument for persons
// == 0 or reversed years.
Status WriteSyntheticRegister(const SynthOptions& options, const Geography& geography, std::ostream& out);

}  // namespace helhed::register_
