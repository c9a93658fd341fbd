// SPDX-License-Identifier: Apache-2.0
// Document → standalone HTML with an A4 print stylesheet.
#include "helhed/document/html_writer.h"

#include <fmt/format.h>

#include "helhed/base/markup_escape.h"
#include "helhed/document/base64.h"

namespace helhed::document {
namespace {

// Print first: A4 with margins a printer can reach, page numbers left to
// the browser. Headings never end a page; table rows never split.
constexpr const char* kStyle = R"css(
@page { size: A4; margin: 20mm 18mm 22mm 18mm; }
html { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #111; }
body { max-width: 180mm; margin: 0 auto; padding: 12px; }
h1 { font-size: 18pt; margin: 1.2em 0 0.4em; }
h2 { font-size: 14pt; margin: 1.1em 0 0.35em; }
h3 { font-size: 12pt; margin: 1em 0 0.3em; }
h1, h2, h3 { page-break-after: avoid; break-after: avoid; }
p { margin: 0.35em 0; }
dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 0.8em; margin: 0.5em 0; }
dl.fields dt { font-weight: bold; }
dl.fields dd { margin: 0; white-space: pre-line; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0; font-size: 9.5pt; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.2em; }
th, td { border: 1px solid #777; padding: 3px 5px; vertical-align: top; text-align: left; }
th { background: #e8e8e8; }
td.num { text-align: right; white-space: nowrap; }
td.suppressed { color: #555; font-style: italic; text-align: right; }
tr { page-break-inside: avoid; break-inside: avoid; }
thead { display: table-header-group; }
figure { margin: 0.8em 0; page-break-inside: avoid; break-inside: avoid; }
figure img { max-width: 100%; height: auto; }
figcaption { font-size: 9.5pt; color: #333; }
.page-break { page-break-after: always; break-after: page; }
@media print { body { max-width: none; padding: 0; } }
)css";

void WriteText(std::string& out, std::string_view text) {
  // A "\n" inside a paragraph is a line break the reader should see.
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find('\n', start);
    out += EscapeMarkup(text.substr(start, end - start));
    if (end == std::string_view::npos) break;
    out += "<br>";
    start = end + 1;
  }
}

void WriteTable(std::string& out, const Table& table) {
  out += "<table>\n";
  if (table.caption) out += "<caption>" + EscapeMarkup(*table.caption) + "</caption>\n";
  out += "<thead><tr>";
  for (const std::string& column : table.header) out += "<th scope=\"col\">" + EscapeMarkup(column) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (const auto& row : table.rows) {
    out += "<tr>";
    for (const TableCell& cell : row) {
      if (cell.suppressed) {
        out += fmt::format("<td class=\"suppressed\" title=\"Diskretioneret: for få personer til at vise tallet\">{}</td>",
                           kSuppressedMark);
      } else {
        out += cell.numeric ? "<td class=\"num\">" : "<td>";
        WriteText(out, cell.text);
        out += "</td>";
      }
    }
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
}

struct BlockWriter {
  std::string& out;

  void operator()(const Heading& heading) {
    const int level = heading.level < 1 ? 1 : (heading.level > 3 ? 3 : heading.level);
    out += fmt::format("<h{0}>{1}</h{0}>\n", level, EscapeMarkup(heading.text));
  }
  void operator()(const Paragraph& paragraph) {
    out += "<p>";
    for (const Run& run : paragraph.runs) {
      if (run.bold) out += "<strong>";
      if (run.italic) out += "<em>";
      WriteText(out, run.text);
      if (run.italic) out += "</em>";
      if (run.bold) out += "</strong>";
    }
    out += "</p>\n";
  }
  void operator()(const BulletList& list) {
    out += "<ul>\n";
    for (const std::string& item : list.items) {
      out += "<li>";
      WriteText(out, item);
      out += "</li>\n";
    }
    out += "</ul>\n";
  }
  void operator()(const FieldRows& rows) {
    out += "<dl class=\"fields\">\n";
    for (const Field& field : rows.fields) {
      out += "<dt>" + EscapeMarkup(field.label) + "</dt><dd>" + EscapeMarkup(field.value) + "</dd>\n";
    }
    out += "</dl>\n";
  }
  void operator()(const Table& table) { WriteTable(out, table); }
  void operator()(const Figure& figure) {
    // An <img> with a data: URL, not inline <svg>: a browser runs no script
    // and loads nothing from an SVG shown as an image, whatever it holds.
    out += "<figure>\n";
    out += fmt::format("<img src=\"data:image/svg+xml;base64,{}\" alt=\"{}\">\n", Base64(figure.svg),
                       EscapeMarkup(figure.alt));
    out += "<figcaption>" + EscapeMarkup(figure.caption) + "</figcaption>\n";
    if (figure.data) WriteTable(out, *figure.data);
    out += "</figure>\n";
  }
  void operator()(const PageBreak&) { out += "<div class=\"page-break\"></div>\n"; }
};

}  // namespace

std::string WriteHtml(const Document& document) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<meta name=\"author\" content=\"" + EscapeMarkup(document.author) + "\">\n";
  out += "<title>" + EscapeMarkup(document.title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n";
  BlockWriter writer{out};
  for (const Block& block : document.blocks) std::visit(writer, block);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace helhed::document
