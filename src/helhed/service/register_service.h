// SPDX-License-Identifier: Apache-2.0
// Register use cases shared by the command line and the web application:
// writing a synthetic register, ingesting register CSV into a columnar store,
// and computing the indicators for every unit and year, disclosure-controlled,
// into a CSV, JSON or XLSX file.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/indicators/disclosure.h"
#include "helhed/indicators/engine.h"
#include "helhed/register/csv_reader.h"
#include "helhed/register/geography.h"
#include "helhed/render/table.h"
#include "helhed/service/measurement_service.h"
#include "helhed/store/store.h"

namespace helhed::service {

// "2016-2025" or "2020". kInvalidArgument (Danish) otherwise.
StatusOr<indicators::YearRange> ParseYearRange(std::string_view text);

struct SynthRequest {
  uint64_t persons = 0;
  indicators::YearRange years;
  uint64_t seed = 0;
  std::filesystem::path out;
  // The kommuner to spread persons over, by weight; default: all 98 from
  // data/geography/kommuner.json (the demo uses a few, to stay small).
  std::optional<register_::Geography> geography;
};

// Writes the synthetic register CSV to `out` (temporary file + rename).
Status Synthesize(const SynthRequest& request);

struct IngestRequest {
  std::vector<std::filesystem::path> files;
  std::filesystem::path out;
  bool strict = false;  // refuse the input if any row is bad
};

struct IngestResult {
  register_::ReadReport report;
  bool stored = false;  // false only when strict refused bad rows
};

// Reads the files and writes the store. File-level errors (missing file, bad
// header, CPR-like ids, existing --out) are a non-OK status and nothing is
// written. Bad rows are in the result; with `strict` they leave no store.
StatusOr<IngestResult> IngestRegister(const IngestRequest& request);

struct ComputeRequest {
  std::filesystem::path register_dir;
  std::optional<std::filesystem::path> areas;
  std::optional<indicators::YearRange> years;  // default: every year in the store
  int min_cell = indicators::kDefaultMinCell;
  std::optional<std::filesystem::path> out;  // the result file, if wanted
  bool danish_csv = false;  // .csv as Danish CSV (render::TableFormat::kDanishCsv)
  std::optional<std::filesystem::path> indicators_file;  // default: data/indicators/indicators.json
  store::Store* store = nullptr;  // also save the results as measurements here (not owned)
  std::string recorded_by;        // for the audit log when storing
  std::string source_override;    // when set, the stored measurements' source (the demo's says "syntetisk")
};

struct ComputeResult {
  size_t rows = 0;
  indicators::DisclosureReport disclosure;
  std::string input_checksum;
  double count_seconds = 0;   // the engine's pass over the columns (counting only)
  double rows_seconds = 0;    // building the result rows from the counts
  double disclosure_seconds = 0;  // primary and secondary suppression
  uint64_t column_bytes = 0;  // bytes of the store's columns
  std::optional<StoredComputation> stored;  // set when the request had a store
};

// Computes, applies disclosure control, writes `out` (.csv, .json or .xlsx)
// with the columns unit_id, unit_level, year, indicator, numerator,
// denominator, value, ci_low, ci_high, status, and saves the rows as
// measurements in `store` (StoreComputation). kInvalidArgument (Danish) when
// neither `out` nor `store` is given.
StatusOr<ComputeResult> ComputeIndicators(const ComputeRequest& request);

// The published table of a disclosure-controlled computation; suppressed rows
// carry no numbers. Shares are in percent. A generated table: its rows are
// made while it is written, from `computation`, which must outlive it.
render::Table PublishedTable(const indicators::Computation& computation);

}  // namespace helhed::service
