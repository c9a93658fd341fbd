// SPDX-License-Identifier: Apache-2.0
// Reads register CSV files (docs/register-format.md): header required, comma
// or semicolon, UTF-8. Every bad row is reported with file, line, column and a
// Danish reason and left out; file-level problems (missing file, bad header,
// CPR-like ids) refuse the whole input.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/register/person_year.h"

namespace helhed::register_ {

// One rejected row.
struct RowError {
  std::string file;
  uint64_t line = 0;    // 1-based, the header is line 1
  std::string column;   // column name, or "" for the row as a whole
  std::string reason;   // Danish
};

struct ReadReport {
  uint64_t rows_read = 0;  // data rows seen
  uint64_t rows_ok = 0;
  uint64_t rows_bad = 0;
  std::vector<RowError> errors;  // one per bad row (its first problem)
  std::string checksum;          // "sha256:<hex>" over all files' bytes (base/checksum.h)
};

// Receives good rows in file order, a block (up to ~60 000) at a time, so a
// consumer can look ahead within the block (the store builder prefetches).
using RowBlockSink = std::function<void(std::span<const PersonYear>)>;

// A block sink that calls `row_sink` for each row.
template <typename RowSink>
RowBlockSink EachRow(RowSink row_sink) {
  return [row_sink](std::span<const PersonYear> rows) mutable {
    for (const PersonYear& row : rows) row_sink(row);
  };
}

// Reads `files` in order, handing every good row to `sink`. Errors:
// kNotFound (missing file), kInvalidArgument (bad header, or a person_id that
// looks like a CPR number: the input is refused and no row count matters).
// Bad rows are not errors; they are in the report.
StatusOr<ReadReport> ReadRegisterCsv(const std::vector<std::filesystem::path>& files,
                                     const RowBlockSink& sink);

}  // namespace helhed::register_
