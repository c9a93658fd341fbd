// SPDX-License-Identifier: Apache-2.0
// WordprocessingML body reader with pugixml (see docx_document.h).
#include "helhed/ooxml/docx_document.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <map>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "helhed/base/status.h"
#include "helhed/base/status_macros.h"

namespace helhed::ooxml {
namespace {

// Heading level from a style id or name: "Heading2", "heading 2",
// "Overskrift2", "Title" (1).
int HeadingLevelOf(std::string_view name) {
  std::string lower;
  for (char c : name) {
    if (c != ' ') lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  for (std::string_view prefix : {"heading", "overskrift"}) {
    if (lower.size() == prefix.size() + 1 && lower.compare(0, prefix.size(), prefix) == 0) {
      const char digit = lower.back();
      if (digit >= '1' && digit <= '9') return digit - '0';
    }
  }
  if (lower == "title" || lower == "titel") return 1;
  return 0;
}

bool IsName(const pugi::xml_node& node, const char* name) { return std::strcmp(node.name(), name) == 0; }

// Elements nested deeper than this inside a paragraph are not read: real
// documents nest a few levels; hostile ones must not exhaust the stack.
constexpr int kMaxInlineDepth = 32;

// Appends the text of runs under `node` (w:r, w:hyperlink, w:ins, w:smartTag…).
void AppendRunText(const pugi::xml_node& node, std::string& out, int depth = 0) {
  if (depth > kMaxInlineDepth) return;
  for (const pugi::xml_node& child : node.children()) {
    if (IsName(child, "w:t")) {
      out += child.text().get();
    } else if (IsName(child, "w:tab")) {
      out += '\t';
    } else if (IsName(child, "w:br") || IsName(child, "w:cr")) {
      out += '\n';
    } else if (IsName(child, "w:noBreakHyphen")) {
      out += '-';
    } else if (IsName(child, "w:del") || IsName(child, "w:pPr") || IsName(child, "w:rPr") ||
               IsName(child, "w:instrText")) {
      // Deleted text and properties are not content.
    } else if (child.type() == pugi::node_element) {
      AppendRunText(child, out, depth + 1);
    }
  }
}

Paragraph ReadParagraph(const pugi::xml_node& p, const std::map<std::string, int>& style_levels) {
  Paragraph paragraph;
  const pugi::xml_node ppr = p.child("w:pPr");
  paragraph.style = ppr.child("w:pStyle").attribute("w:val").as_string();
  if (!paragraph.style.empty()) {
    const auto found = style_levels.find(paragraph.style);
    paragraph.heading_level = found != style_levels.end() ? found->second : HeadingLevelOf(paragraph.style);
  }
  const pugi::xml_node num = ppr.child("w:numPr");
  if (num) paragraph.list_level = num.child("w:ilvl").attribute("w:val").as_int(0);
  AppendRunText(p, paragraph.text);
  return paragraph;
}

void ReadTable(const pugi::xml_node& tbl, const std::map<std::string, int>& style_levels, int depth, Table& table);

// Cell content: paragraphs, and nested tables flattened into paragraphs
// (one per nested row, cells joined by tabs).
void ReadCellContent(const pugi::xml_node& tc, const std::map<std::string, int>& style_levels, int depth,
                     TableCell& cell, int sdt_depth = 0) {
  if (sdt_depth > kMaxInlineDepth) return;
  for (const pugi::xml_node& child : tc.children()) {
    if (IsName(child, "w:p")) {
      cell.paragraphs.push_back(ReadParagraph(child, style_levels));
    } else if (IsName(child, "w:tbl") && depth < kMaxTableDepth) {
      Table nested;
      ReadTable(child, style_levels, depth + 1, nested);
      for (const TableRow& row : nested.rows) {
        Paragraph line;
        for (const TableCell& nested_cell : row.cells) {
          if (!line.text.empty()) line.text += '\t';
          for (const Paragraph& para : nested_cell.paragraphs) {
            if (!para.text.empty()) line.text += para.text + " ";
          }
        }
        cell.paragraphs.push_back(std::move(line));
      }
    } else if (IsName(child, "w:sdt")) {
      ReadCellContent(child.child("w:sdtContent"), style_levels, depth, cell, sdt_depth + 1);
    }
  }
}

void ReadTable(const pugi::xml_node& tbl, const std::map<std::string, int>& style_levels, int depth, Table& table) {
  for (const pugi::xml_node& tr : tbl.children("w:tr")) {
    TableRow row;
    for (const pugi::xml_node& tc : tr.children("w:tc")) {
      TableCell cell;
      const pugi::xml_node tcpr = tc.child("w:tcPr");
      cell.grid_span = std::max(1, std::min(64, tcpr.child("w:gridSpan").attribute("w:val").as_int(1)));
      const pugi::xml_node vmerge = tcpr.child("w:vMerge");
      if (vmerge) {
        const std::string val = vmerge.attribute("w:val").as_string();
        cell.vertical_merge = val == "restart" ? VerticalMerge::kRestart : VerticalMerge::kContinue;
      }
      ReadCellContent(tc, style_levels, depth, cell);
      row.cells.push_back(std::move(cell));
    }
    table.rows.push_back(std::move(row));
  }
}

void ReadBody(const pugi::xml_node& container, const std::map<std::string, int>& style_levels, Document& doc,
              int depth = 0) {
  if (depth > kMaxInlineDepth) return;
  for (const pugi::xml_node& child : container.children()) {
    if (IsName(child, "w:p")) {
      BodyElement element;
      element.paragraph = ReadParagraph(child, style_levels);
      doc.body.push_back(std::move(element));
    } else if (IsName(child, "w:tbl")) {
      BodyElement element;
      element.kind = BodyElement::Kind::kTable;
      ReadTable(child, style_levels, 1, element.table);
      doc.body.push_back(std::move(element));
    } else if (IsName(child, "w:sdt")) {
      ReadBody(child.child("w:sdtContent"), style_levels, doc, depth + 1);
    }
  }
}

}  // namespace

StatusOr<Document> ParseDocumentXml(std::string_view document_xml, std::string_view styles_xml) {
  std::map<std::string, int> style_levels;
  if (!styles_xml.empty()) {
    pugi::xml_document styles;
    if (styles.load_buffer(styles_xml.data(), styles_xml.size(), pugi::parse_default)) {
      for (const pugi::xml_node& style : styles.child("w:styles").children("w:style")) {
        const int level = HeadingLevelOf(style.child("w:name").attribute("w:val").as_string());
        if (level > 0) style_levels[style.attribute("w:styleId").as_string()] = level;
      }
    }
  }
  pugi::xml_document xml;
  const pugi::xml_parse_result parsed =
      xml.load_buffer(document_xml.data(), document_xml.size(), pugi::parse_default | pugi::parse_ws_pcdata_single);
  if (!parsed) {
    return InvalidArgumentError(fmt::format("word/document.xml er ikke gyldig XML ({} ved byte {})",
                                            parsed.description(), parsed.offset));
  }
  const pugi::xml_node body = xml.child("w:document").child("w:body");
  if (!body) return InvalidArgumentError("word/document.xml har ingen dokumentkrop (w:body)");
  Document doc;
  ReadBody(body, style_levels, doc);
  return doc;
}

StatusOr<Document> ReadDocx(std::string_view bytes, const ZipLimits& limits) {
  HELHED_ASSIGN_OR_RETURN(ZipArchive archive, ZipArchive::Open(bytes, limits));
  if (!archive.Contains("word/document.xml")) {
    return InvalidArgumentError("filen er et zip-arkiv, men ikke et Word-dokument (word/document.xml mangler)");
  }
  HELHED_ASSIGN_OR_RETURN(std::string document_xml, archive.Read("word/document.xml"));
  std::string styles_xml;
  if (archive.Contains("word/styles.xml")) {
    auto styles = archive.Read("word/styles.xml");
    if (styles.ok()) styles_xml = std::move(*styles);
  }
  return ParseDocumentXml(document_xml, styles_xml);
}

}  // namespace helhed::ooxml
