// SPDX-License-Identifier: Apache-2.0
// Writers for render::Table: CSV (comma, decimal point), Danish CSV
// (semicolon, decimal comma, UTF-8 BOM, for Excel with Danish settings), JSON
// (an array of objects keyed by column) and XLSX (libxlsxwriter; the only
// place that includes xlsxwriter.h is xlsx_writer.cc). The formats people
// read (XLSX, Danish CSV) mark a suppressed cell "diskr." and explain it in a
// legend (a "Forklaring" sheet; lines after the table), so it cannot be taken
// for a missing value, which stays an empty cell. The formats programs read
// (CSV, JSON) write both as an empty field or null.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "helhed/base/status.h"
#include "helhed/base/statusor.h"
#include "helhed/render/table.h"

namespace helhed::render {

void WriteCsv(const Table& table, std::ostream& out);
void WriteDanishCsv(const Table& table, std::ostream& out);
void WriteJson(const Table& table, std::ostream& out);
// Errors: kUnavailable (Danish) if the file cannot be written.
Status WriteXlsx(const Table& table, const std::filesystem::path& path, const std::string& sheet_name);

// One worksheet of a workbook. `name`: at most 31 characters and none of
// the characters Excel forbids in sheet names ([ ] : * ? / and backslash).
struct Sheet {
  std::string name;
  const Table* table = nullptr;
};
// Several tables as the sheets of one workbook, in order. kUnavailable
// (Danish) if the file cannot be written. Writes `path` itself; wrap it in
// ReplaceFileAtomically (base/atomic_file.h) so no half-written file remains.
Status WriteXlsxSheets(const std::vector<Sheet>& sheets, const std::filesystem::path& path);

// The name of the legend sheet a workbook with suppressed cells ends with.
inline constexpr const char* kLegendSheet = "Forklaring";

enum class TableFormat { kCsv, kDanishCsv, kJson, kXlsx };

// By extension: .csv, .json, .xlsx; kInvalidArgument (Danish) otherwise.
// With `danish_csv`, .csv means Danish CSV (semicolons, decimal comma, BOM).
StatusOr<TableFormat> FormatForPath(const std::filesystem::path& path, bool danish_csv = false);

// Writes `table` to `path` in `format` via a temporary sibling file and a
// rename, so a failed write leaves no half-written file. kUnavailable on I/O
// failure.
Status WriteTableFile(const Table& table, const std::filesystem::path& path, TableFormat format,
                      const std::string& sheet_name = "Data");

}  // namespace helhed::render
