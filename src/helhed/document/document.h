// SPDX-License-Identifier: Apache-2.0
// Document: a format-neutral document (ordered blocks: headings, paragraphs
// of styled runs, bullet lists, "Label: value" field rows, tables whose
// cells may be suppressed, figures, page breaks) that the HTML, Markdown and
// DOCX writers turn into files. The plan export and the reports build one;
// no block knows a file format.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "helhed/base/suppression.h"

namespace helhed::document {

// What a suppressed table cell shows in every format (the same mark as the
// spreadsheets, base/suppression.h): the value is never in the document, so
// no writer can leak it.
inline constexpr const char* kSuppressedMark = helhed::kSuppressedMark;

struct Run {
  std::string text;
  bool bold = false;
  bool italic = false;
};

// Level 1-3 (Word's Heading 1-3; <h1>-<h3>; #-###).
struct Heading {
  int level = 1;
  std::string text;
};

// One paragraph; a "\n" inside a run is a line break within it.
struct Paragraph {
  std::vector<Run> runs;
};

struct BulletList {
  std::vector<std::string> items;
};

// The template's "Label: value" rows, e.g. "Områdets navn: Fredericia".
struct Field {
  std::string label;
  std::string value;
};
struct FieldRows {
  std::vector<Field> fields;
};

struct TableCell {
  std::string text;
  bool suppressed = false;  // text is then empty; writers show kSuppressedMark
  bool numeric = false;     // right-aligned

  static TableCell Text(std::string value) { return {std::move(value), false, false}; }
  static TableCell Number(std::string value) { return {std::move(value), false, true}; }
  static TableCell Suppressed() { return {"", true, true}; }
};

struct Table {
  std::optional<std::string> caption;
  std::vector<std::string> header;
  // REQUIRES: every row has header.size() cells.
  std::vector<std::vector<TableCell>> rows;
};

// A chart: SVG text (from charts/), the alternative text a screen reader or a
// format without images uses, a caption and optionally the numbers as a table.
struct Figure {
  std::string svg;
  std::string alt;
  std::string caption;
  std::optional<Table> data;
};

struct PageBreak {};

using Block = std::variant<Heading, Paragraph, BulletList, FieldRows, Table, Figure, PageBreak>;

struct Document {
  std::string title;       // docProps title, <title>, the first heading's text is separate
  std::string author = "helhed";
  std::vector<Block> blocks;

  void AddHeading(int level, std::string text) { blocks.emplace_back(Heading{level, std::move(text)}); }
  void AddParagraph(std::string text) { blocks.emplace_back(Paragraph{{Run{std::move(text)}}}); }
  void AddRuns(std::vector<Run> runs) { blocks.emplace_back(Paragraph{std::move(runs)}); }
  void AddBullets(std::vector<std::string> items) { blocks.emplace_back(BulletList{std::move(items)}); }
  void AddFields(std::vector<Field> fields) { blocks.emplace_back(FieldRows{std::move(fields)}); }
  void AddTable(Table table) { blocks.emplace_back(std::move(table)); }
  void AddFigure(Figure figure) { blocks.emplace_back(std::move(figure)); }
  void AddPageBreak() { blocks.emplace_back(PageBreak{}); }

  // Free text as plan files hold it: paragraphs separated by blank lines;
  // lines starting with "- " or "• " become a bullet list.
  void AddText(const std::string& text);
};

}  // namespace helhed::document
