// SPDX-License-Identifier: Apache-2.0
// CSV, Danish CSV and JSON writers for render::Table.
#include <algorithm>
#include <iterator>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "helhed/base/danish_number.h"
#include "helhed/base/suppression.h"
#include "helhed/render/table_writers.h"

namespace helhed::render {
namespace {

using Buffer = fmt::memory_buffer;

void Append(Buffer& out, std::string_view text) { out.append(text.data(), text.data() + text.size()); }

// Appends `text`, in quotes (inner quotes doubled) when it holds the
// separator, a quote or a line break.
void AppendQuoted(Buffer& out, std::string_view text, char sep) {
  // A plain loop: find_first_of with a set calls memchr once per character.
  const bool plain = std::none_of(text.begin(), text.end(),
                                  [sep](char c) { return c == sep || c == '"' || c == '\n' || c == '\r'; });
  if (plain) {
    Append(out, text);
    return;
  }
  out.push_back('"');
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

void AppendCell(Buffer& out, const Cell& cell, char sep, bool danish) {
  switch (cell.type) {
    case CellType::kEmpty: return;
    case CellType::kSuppressed:
      if (danish) Append(out, kSuppressedMark);
      return;
    case CellType::kText: AppendQuoted(out, cell.text, sep); return;
    case CellType::kInteger: fmt::format_to(fmt::appender(out), "{}", cell.integer); return;
    case CellType::kNumber: {
      const size_t start = out.size();
      fmt::format_to(fmt::appender(out), "{:.{}f}", cell.number, cell.decimals);
      // Danish: decimal comma, no thousands separator (spreadsheets parse it).
      if (danish) std::replace(out.data() + start, out.data() + out.size(), '.', ',');
      return;
    }
  }
}

void WriteDelimited(const Table& table, std::ostream& out, char sep, bool danish) {
  const std::string_view line_end = danish ? "\r\n" : "\n";
  // Rows are appended to one buffer and written in blocks: a stream call
  // per cell cost more than making the cell's text.
  constexpr size_t kBlock = size_t{1} << 16;
  Buffer buffer;
  buffer.reserve(2 * kBlock);
  if (danish) Append(buffer, "\xEF\xBB\xBF");
  for (size_t c = 0; c < table.columns().size(); ++c) {
    if (c > 0) buffer.push_back(sep);
    AppendQuoted(buffer, table.columns()[c], sep);
  }
  Append(buffer, line_end);
  bool suppressed = false;  // seen while writing: a generated table's rows are made once
  table.ForEachRow([&](const std::vector<Cell>& row) {
    for (size_t c = 0; c < row.size(); ++c) {
      if (c > 0) buffer.push_back(sep);
      AppendCell(buffer, row[c], sep, danish);
      suppressed = suppressed || row[c].type == CellType::kSuppressed;
    }
    Append(buffer, line_end);
    if (buffer.size() >= kBlock) {
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
    }
  });
  // After an empty line, so a reader (and a program that stops at the first
  // empty line) sees where the table ends.
  if (danish && suppressed) {
    Append(buffer, "\r\n");
    AppendQuoted(buffer,
                 fmt::format("Forklaring: {} = {}. En tom celle = {}.", kSuppressedMark, kSuppressedMeaning,
                             kMissingMeaning),
                 sep);
    Append(buffer, "\r\n");
  }
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

}  // namespace

void WriteCsv(const Table& table, std::ostream& out) { WriteDelimited(table, out, ',', false); }
void WriteDanishCsv(const Table& table, std::ostream& out) { WriteDelimited(table, out, ';', true); }

void WriteJson(const Table& table, std::ostream& out) {
  // Each row's object is written straight into the buffer, its keys made
  // once; values are serialised by nlohmann as before (escaping, invalid
  // UTF-8 replaced, number format), but no JSON object is built per row.
  const auto dump = [](const nlohmann::json& value) {
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  std::vector<std::string> keys;
  for (const auto& name : table.columns()) keys.push_back(dump(name) + ":");
  constexpr size_t kBlock = size_t{1} << 16;
  Buffer buffer;
  buffer.reserve(2 * kBlock);
  Append(buffer, "[");
  bool first = true;
  table.ForEachRow([&](const std::vector<Cell>& row) {
    Append(buffer, first ? "\n  " : ",\n  ");
    first = false;
    if (row.empty()) {  // what an empty object of nlohmann's prints
      Append(buffer, "null");
      return;
    }
    buffer.push_back('{');
    for (size_t c = 0; c < row.size(); ++c) {
      if (c > 0) buffer.push_back(',');
      Append(buffer, keys[c]);
      const auto& cell = row[c];
      switch (cell.type) {
        case CellType::kEmpty:
        case CellType::kSuppressed: Append(buffer, "null"); break;
        case CellType::kText:
          // Printable ASCII without quote or backslash is written as it is.
          if (std::all_of(cell.text.begin(), cell.text.end(),
                          [](char ch) { return ch >= 0x20 && ch != '"' && ch != '\\'; })) {
            buffer.push_back('"');
            Append(buffer, cell.text);
            buffer.push_back('"');
          } else {
            Append(buffer, dump(cell.text));
          }
          break;
        case CellType::kInteger: fmt::format_to(fmt::appender(buffer), "{}", cell.integer); break;
        case CellType::kNumber:
          // Round as the text formats do, so every format shows the same value.
          Append(buffer, dump(std::stod(fmt::format("{:.{}f}", cell.number, cell.decimals))));
          break;
      }
    }
    buffer.push_back('}');
    if (buffer.size() >= kBlock) {
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
    }
  });
  Append(buffer, first ? "]\n" : "\n]\n");
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
}

}  // namespace helhed::render
