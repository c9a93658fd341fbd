// SPDX-License-Identifier: Apache-2.0
// CSV, Danish CSV and JSON writers for render::Table.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "helhed/base/danish_number.h"
#include "helhed/base/suppression.h"
#include "helhed/render/table_writers.h"

namespace helhed::render {
namespace {

std::string Quote(const std::string& text, char sep) {
  if (text.find_first_of(std::string("\"\r\n") + sep) == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += "\"\"";
    else out += c;
  }
  return out + "\"";
}

std::string CellText(const Cell& cell, char sep, bool danish) {
  switch (cell.type) {
    case CellType::kEmpty: return "";
    case CellType::kSuppressed: return danish ? kSuppressedMark : "";
    case CellType::kText: return Quote(cell.text, sep);
    case CellType::kInteger: return fmt::format("{}", cell.integer);
    case CellType::kNumber: {
      std::string text = fmt::format("{:.{}f}", cell.number, cell.decimals);
      // Danish: decimal comma, no thousands separator (spreadsheets parse it).
      if (danish) {
        for (char& c : text) {
          if (c == '.') c = ',';
        }
      }
      return text;
    }
  }
  return "";
}

void WriteDelimited(const Table& table, std::ostream& out, char sep, bool danish) {
  if (danish) out << "\xEF\xBB\xBF";
  for (size_t c = 0; c < table.columns().size(); ++c) {
    if (c > 0) out << sep;
    out << Quote(table.columns()[c], sep);
  }
  out << (danish ? "\r\n" : "\n");
  bool suppressed = false;  // seen while writing: a generated table's rows are made once
  table.ForEachRow([&](const std::vector<Cell>& row) {
    for (size_t c = 0; c < row.size(); ++c) {
      if (c > 0) out << sep;
      out << CellText(row[c], sep, danish);
      suppressed = suppressed || row[c].type == CellType::kSuppressed;
    }
    out << (danish ? "\r\n" : "\n");
  });
  // After an empty line, so a reader (and a program that stops at the first
  // empty line) sees where the table ends.
  if (danish && suppressed) {
    out << "\r\n"
        << Quote(fmt::format("Forklaring: {} = {}. En tom celle = {}.", kSuppressedMark, kSuppressedMeaning,
                             kMissingMeaning),
                 sep)
        << "\r\n";
  }
}

}  // namespace

void WriteCsv(const Table& table, std::ostream& out) { WriteDelimited(table, out, ',', false); }
void WriteDanishCsv(const Table& table, std::ostream& out) { WriteDelimited(table, out, ';', true); }

void WriteJson(const Table& table, std::ostream& out) {
  out << "[";
  bool first = true;
  table.ForEachRow([&](const std::vector<Cell>& row) {
    nlohmann::ordered_json object;
    for (size_t c = 0; c < row.size(); ++c) {
      const auto& cell = row[c];
      const auto& name = table.columns()[c];
      switch (cell.type) {
        case CellType::kEmpty:
        case CellType::kSuppressed: object[name] = nullptr; break;
        case CellType::kText: object[name] = cell.text; break;
        case CellType::kInteger: object[name] = cell.integer; break;
        case CellType::kNumber:
          // Round as the text formats do, so every format shows the same value.
          object[name] = std::stod(fmt::format("{:.{}f}", cell.number, cell.decimals));
          break;
      }
    }
    out << (first ? "\n  " : ",\n  ") << object.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    first = false;
  });
  out << (first ? "]\n" : "\n]\n");
}

}  // namespace helhed::render
