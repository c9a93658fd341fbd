// SPDX-License-Identifier: Apache-2.0
// Document → Markdown.
#include "helhed/document/markdown_writer.h"

#include <fmt/format.h>

#include "helhed/document/base64.h"

namespace helhed::document {
namespace {

// Inline text: escaped, line breaks as Markdown hard breaks ("\" + newline).
std::string Inline(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    out += EscapeMarkdown(text.substr(start, end - start));
    if (end == std::string_view::npos) break;
    out += "\\\n";
    start = end + 1;
  }
  return out;
}

// A table cell: one line, "|" escaped by EscapeMarkdown, breaks as <br> is
// not possible without HTML, so a space.
std::string CellText(std::string_view text) {
  std::string flat(text);
  for (char& c : flat) {
    if (c == '\n') c = ' ';
  }
  return EscapeMarkdown(flat);
}

void WriteTable(std::string& out, const Table& table) {
  if (table.caption) out += "**" + Inline(*table.caption) + "**\n\n";
  out += "|";
  for (const std::string& column : table.header) out += " " + CellText(column) + " |";
  out += "\n|";
  for (std::size_t idx = 0; idx < table.header.size(); ++idx) {
    const bool numeric = !table.rows.empty() && idx < table.rows.front().size() && table.rows.front()[idx].numeric;
    out += numeric ? " ---: |" : " --- |";
  }
  out += "\n";
  for (const auto& row : table.rows) {
    out += "|";
    for (const TableCell& cell : row) out += " " + (cell.suppressed ? std::string(kSuppressedMark) : CellText(cell.text)) + " |";
    out += "\n";
  }
  out += "\n";
}

struct BlockWriter {
  std::string& out;

  void operator()(const Heading& heading) {
    const int level = heading.level < 1 ? 1 : (heading.level > 3 ? 3 : heading.level);
    out += std::string(static_cast<std::size_t>(level), '#') + " " + CellText(heading.text) + "\n\n";
  }
  void operator()(const Paragraph& paragraph) {
    for (const Run& run : paragraph.runs) {
      std::string text = Inline(run.text);
      // Emphasis markers must touch the text ("**a:** b", not "**a: **b"),
      // or CommonMark prints the asterisks.
      const std::size_t first = text.find_first_not_of(' ');
      if (first == std::string::npos) {
        out += text;
        continue;
      }
      const std::size_t last = text.find_last_not_of(' ');
      std::string core = text.substr(first, last - first + 1);
      if (run.italic) core = "*" + core + "*";
      if (run.bold) core = "**" + core + "**";
      out += text.substr(0, first) + core + text.substr(last + 1);
    }
    out += "\n\n";
  }
  void operator()(const BulletList& list) {
    for (const std::string& item : list.items) out += "- " + CellText(item) + "\n";
    out += "\n";
  }
  void operator()(const FieldRows& rows) {
    for (const Field& field : rows.fields) {
      out += "**" + Inline(field.label) + "** " + Inline(field.value) + "\n\n";
    }
  }
  void operator()(const Table& table) { WriteTable(out, table); }
  void operator()(const Figure& figure) {
    out += fmt::format("![{}](data:image/svg+xml;base64,{})\n\n", CellText(figure.alt), Base64(figure.svg));
    out += "*" + Inline(figure.caption) + "*\n\n";
    if (figure.data) WriteTable(out, *figure.data);
  }
  void operator()(const PageBreak&) {}
};

}  // namespace

std::string EscapeMarkdown(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t idx = 0; idx < text.size(); ++idx) {
    const char c = text[idx];
    switch (c) {
      case '\\': case '`': case '*': case '_': case '[': case ']': case '|': case '#': case '<': case '>':
      case '!': case '~':
        out += '\\';
        out += c;
        break;
      case '&': out += "&amp;"; break;
      case '\r': break;
      default:
        // "1. " or "- " at the start would begin a list.
        if (out.empty() && (c == '-' || c == '+') && idx + 1 < text.size() && text[idx + 1] == ' ') out += '\\';
        out += c;
    }
  }
  // "2024." at the start of a line followed by a space reads as a list item.
  std::size_t digits = 0;
  while (digits < out.size() && out[digits] >= '0' && out[digits] <= '9') ++digits;
  if (digits > 0 && digits + 1 < out.size() && (out[digits] == '.' || out[digits] == ')') && out[digits + 1] == ' ') {
    out.insert(digits, "\\");
  }
  return out;
}

std::string WriteMarkdown(const Document& document) {
  std::string out;
  BlockWriter writer{out};
  for (const Block& block : document.blocks) std::visit(writer, block);
  while (out.size() >= 2 && out.substr(out.size() - 2) == "\n\n") out.pop_back();
  return out;
}

}  // namespace helhed::document
