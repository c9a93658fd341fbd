// SPDX-License-Identifier: Apache-2.0
// The XLSX writer (libxlsxwriter) and WriteTableFile(). Numbers are real
// spreadsheet numbers with a display format of their decimals, so Excel with
// Danish settings shows decimal commas by itself.
#include <xlsxwriter.h>

#include <fstream>
#include <functional>
#include <map>
#include <string>

#include <fmt/format.h>
#include <unistd.h>

#include "helhed/base/suppression.h"
#include "helhed/render/table_writers.h"

namespace helhed::render {

namespace {

// True when the sheet got a suppressed cell, seen while writing: a
// generated table's rows are made once.
bool WriteSheet(lxw_workbook* workbook, const Table& table, const std::string& sheet_name, lxw_format* bold,
                lxw_format* suppressed, const std::function<lxw_format*(int)>& number_format) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheet_name.c_str());
  for (size_t c = 0; c < table.columns().size(); ++c) {
    worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), table.columns()[c].c_str(), bold);
  }
  lxw_row_t r = 1;
  bool any_suppressed = false;
  table.ForEachRow([&](const std::vector<Cell>& row) {
    for (size_t c = 0; c < row.size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      const auto& cell = row[c];
      switch (cell.type) {
        case CellType::kEmpty: break;  // a missing value stays a blank cell
        case CellType::kSuppressed:
          worksheet_write_string(sheet, r, col, kSuppressedMark, suppressed);
          any_suppressed = true;
          break;
        case CellType::kText: worksheet_write_string(sheet, r, col, cell.text.c_str(), nullptr); break;
        case CellType::kInteger:
          worksheet_write_number(sheet, r, col, static_cast<double>(cell.integer), nullptr);
          break;
        case CellType::kNumber: worksheet_write_number(sheet, r, col, cell.number, number_format(cell.decimals)); break;
      }
    }
    ++r;
  });
  worksheet_freeze_panes(sheet, 1, 0);
  return any_suppressed;
}

// The legend for "diskr." as the workbook's last sheet, so the data sheets
// keep only their tables.
void WriteLegend(lxw_workbook* workbook, lxw_format* bold, lxw_format* suppressed) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, kLegendSheet);
  worksheet_write_string(sheet, 0, 0, "Tegn", bold);
  worksheet_write_string(sheet, 0, 1, "Betydning", bold);
  worksheet_write_string(sheet, 1, 0, kSuppressedMark, suppressed);
  worksheet_write_string(sheet, 1, 1, kSuppressedMeaning, nullptr);
  worksheet_write_string(sheet, 2, 0, "(tom celle)", nullptr);
  worksheet_write_string(sheet, 2, 1, kMissingMeaning, nullptr);
  worksheet_set_column(sheet, 0, 0, 14, nullptr);
  worksheet_set_column(sheet, 1, 1, 70, nullptr);
}

}  // namespace

Status WriteXlsxSheets(const std::vector<Sheet>& sheets, const std::filesystem::path& path) {
  // Rows go to a temporary file as they are written instead of staying in
  // memory until the workbook is closed: `helhed compute` at 1 M persons x
  // 10 years held 683 MB for its 543 000 rows. Our writers write row by row,
  // all this mode requires; strings are stored inline, the same cell values.
  // The temporary file sits next to the workbook, not in a /tmp in memory.
  const std::string tmpdir = path.has_parent_path() ? path.parent_path().string() : std::string(".");
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  options.tmpdir = const_cast<char*>(tmpdir.c_str());  // the C API's type; libxlsxwriter only reads it
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  if (workbook == nullptr) return UnavailableError(fmt::format("kan ikke oprette regnearket {}", path.string()));
  lxw_format* bold = workbook_add_format(workbook);
  format_set_bold(bold);
  // Right-aligned like the numbers it stands in for, italic like the documents' mark.
  lxw_format* suppressed = workbook_add_format(workbook);
  format_set_italic(suppressed);
  format_set_align(suppressed, LXW_ALIGN_RIGHT);
  std::map<int, lxw_format*> number_formats;
  auto number_format = [&](int decimals) {
    auto it = number_formats.find(decimals);
    if (it != number_formats.end()) return it->second;
    lxw_format* format = workbook_add_format(workbook);
    format_set_num_format(format, decimals <= 0 ? "0" : ("0." + std::string(decimals, '0')).c_str());
    return number_formats[decimals] = format;
  };
  bool any_suppressed = false;
  for (const Sheet& sheet : sheets) {
    // Not short-circuited: every sheet is written.
    const bool sheet_suppressed = WriteSheet(workbook, *sheet.table, sheet.name, bold, suppressed, number_format);
    any_suppressed = any_suppressed || sheet_suppressed;
  }
  if (any_suppressed) WriteLegend(workbook, bold, suppressed);
  const lxw_error error = workbook_close(workbook);
  if (error != LXW_NO_ERROR) {
    return UnavailableError(fmt::format("kan ikke skrive regnearket {}: {}", path.string(), lxw_strerror(error)));
  }
  return OkStatus();
}

Status WriteXlsx(const Table& table, const std::filesystem::path& path, const std::string& sheet_name) {
  return WriteXlsxSheets({Sheet{sheet_name, &table}}, path);
}

StatusOr<TableFormat> FormatForPath(const std::filesystem::path& path, bool danish_csv) {
  const std::string ext = path.extension().string();
  if (ext == ".csv") return danish_csv ? TableFormat::kDanishCsv : TableFormat::kCsv;
  if (ext == ".json") return TableFormat::kJson;
  if (ext == ".xlsx") return TableFormat::kXlsx;
  return InvalidArgumentError(fmt::format("{}: filtypen skal være .csv, .json eller .xlsx", path.string()));
}

Status WriteTableFile(const Table& table, const std::filesystem::path& path, TableFormat format,
                      const std::string& sheet_name) {
  const auto parent = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  const auto tmp = parent / fmt::format(".{}.tmp-{}{}", path.stem().string(), ::getpid(), path.extension().string());
  Status status;
  if (format == TableFormat::kXlsx) {
    status = WriteXlsx(table, tmp, sheet_name);
  } else {
    std::ofstream out(tmp, std::ios::binary);
    if (!out) return UnavailableError(fmt::format("kan ikke oprette {}", tmp.string()));
    if (format == TableFormat::kCsv) WriteCsv(table, out);
    else if (format == TableFormat::kDanishCsv) WriteDanishCsv(table, out);
    else WriteJson(table, out);
    out.close();
    if (!out) status = UnavailableError(fmt::format("kan ikke skrive {} (disken kan være fuld)", path.string()));
  }
  std::error_code ec;
  if (status.ok()) {
    std::filesystem::rename(tmp, path, ec);
    if (ec) status = UnavailableError(fmt::format("kan ikke gemme {}: {}", path.string(), ec.message()));
  }
  if (!status.ok()) std::filesystem::remove(tmp, ec);
  return status;
}

}  // namespace helhed::render
