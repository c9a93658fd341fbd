// SPDX-License-Identifier: Apache-2.0
// A simple model of a Word document's body (word/document.xml): paragraphs
// with style, heading level, list level and text (tabs and breaks kept), and
// tables with rows and cells, merged cells resolved into grid spans and
// vertical-merge markers. The only place that parses WordprocessingML.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/ooxml/zip_archive.h"

namespace helhed::ooxml {

struct Paragraph {
  // Run texts joined; <w:tab/> gives "\t", <w:br/> and <w:cr/> give "\n".
  std::string text;
  // The paragraph style id (w:pStyle), e.g. "Heading1".
  std::string style;
  // 1-9 for heading styles ("Heading1", "Overskrift1", or styles.xml name
  // "heading 1"), 0 otherwise.
  int heading_level = 0;
  // w:numPr/w:ilvl; -1 when the paragraph is not a list item.
  int list_level = -1;
};

enum class VerticalMerge { kNone, kRestart, kContinue };

struct TableCell {
  std::vector<Paragraph> paragraphs;
  // Grid columns this cell spans (w:gridSpan).
  int grid_span = 1;
  // w:vMerge: kContinue cells repeat the cell above and carry no content.
  VerticalMerge vertical_merge = VerticalMerge::kNone;
};

struct TableRow {
  std::vector<TableCell> cells;
};

struct Table {
  std::vector<TableRow> rows;
};

// One element of the body, in document order.
struct BodyElement {
  enum class Kind { kParagraph, kTable } kind = Kind::kParagraph;
  Paragraph paragraph;  // kParagraph
  Table table;          // kTable
};

struct Document {
  std::vector<BodyElement> body;
};

// Nested tables deeper than this are flattened into their cell text.
inline constexpr int kMaxTableDepth = 8;

// Reads a .docx from its bytes. kInvalidArgument (Danish) for a corrupt zip,
// a zip without word/document.xml (not a Word document), or malformed XML.
StatusOr<Document> ReadDocx(std::string_view bytes, const ZipLimits& limits = {});

// Parses word/document.xml text; `styles_xml` (may be empty) maps style ids
// to heading levels by name.
StatusOr<Document> ParseDocumentXml(std::string_view document_xml, std::string_view styles_xml = {});

}  // namespace helhed::ooxml
