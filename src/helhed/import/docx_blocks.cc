// SPDX-License-Identifier: Apache-2.0
// Flattening a DOCX body into blocks (see docx_blocks.h).
#include "helhed/import/docx_blocks.h"

#include "helhed/base/status.h"
#include "helhed/base/status_macros.h"
#include "helhed/import/source_text.h"
#include "helhed/import/text_clean.h"

namespace helhed::import {
namespace {

// A cell's paragraphs as "<p>…</p>" pieces (list items as bullets), the
// form SplitListItems and CleanInline already read in text exports.
std::string CellText(const ooxml::TableCell& cell) {
  std::string out;
  for (const ooxml::Paragraph& paragraph : cell.paragraphs) {
    const std::string text(Trim(paragraph.text));
    if (text.empty()) continue;
    if (cell.paragraphs.size() == 1) return text;
    out += paragraph.list_level >= 0 ? "\xE2\x80\xA2 " + text + " " : "<p>" + text + "</p> ";
  }
  return std::string(Trim(out));
}

}  // namespace

std::vector<Block> BlocksFromDocument(const ooxml::Document& document) {
  std::vector<Block> blocks;
  int number = 0;
  int blanks = 0;
  for (const ooxml::BodyElement& element : document.body) {
    if (element.kind == ooxml::BodyElement::Kind::kParagraph) {
      const ooxml::Paragraph& paragraph = element.paragraph;
      ++number;
      // Line breaks inside a paragraph separate lines as in text.
      size_t start = 0;
      bool any = false;
      while (start <= paragraph.text.size()) {
        size_t nl = paragraph.text.find('\n', start);
        if (nl == std::string::npos) nl = paragraph.text.size();
        std::string line = paragraph.text.substr(start, nl - start);
        if (paragraph.list_level >= 0 && !Trim(line).empty()) line = "- " + line;
        if (auto block = LineBlock(number, line, blanks)) {
          block->heading_level = paragraph.heading_level;
          block->list_level = paragraph.list_level;
          blocks.push_back(std::move(*block));
          blanks = 0;
          any = true;
        }
        start = nl + 1;
      }
      if (!any) ++blanks;
      continue;
    }
    for (const ooxml::TableRow& row : element.table.rows) {
      ++number;
      std::vector<std::string> cells;
      for (const ooxml::TableCell& cell : row.cells) {
        // A vertically continued cell repeats the one above: left empty so
        // the goal table carries the merged delmål down.
        cells.push_back(cell.vertical_merge == ooxml::VerticalMerge::kContinue ? std::string() : CellText(cell));
        for (int span = 1; span < cell.grid_span; ++span) cells.emplace_back();
      }
      while (!cells.empty() && cells.back().empty()) cells.pop_back();
      std::string joined_row;
      for (const auto& cell : cells) joined_row += cell + "\t";
      if (cells.empty() || IsSeparatorRow(joined_row)) {
        ++blanks;
        continue;
      }
      Block block;
      block.line = number;
      block.blank_lines_before = blanks;
      blanks = 0;
      size_t filled = 0;
      for (const auto& cell : cells) filled += cell.empty() ? 0 : 1;
      if (cells.size() >= 2 && !(filled == 1 && !cells[0].empty())) {
        for (size_t idx = 0; idx < cells.size(); ++idx) block.text += (idx ? "\t" : "") + cells[idx];
        block.cells = std::move(cells);
      } else {
        for (const auto& cell : cells) {
          if (cell.empty()) continue;
          if (!block.text.empty()) block.text += ' ';
          block.text += cell;
        }
      }
      blocks.push_back(std::move(block));
    }
  }
  return blocks;
}

StatusOr<std::vector<Block>> BlocksFromDocx(std::string_view bytes) {
  HELHED_ASSIGN_OR_RETURN(ooxml::Document document, ooxml::ReadDocx(bytes));
  std::vector<Block> blocks = BlocksFromDocument(document);
  if (blocks.empty()) return InvalidArgumentError("Word-dokumentet er tomt: der er ingen tekst at importere");
  for (const Block& block : blocks) {
    if (!IsValidUtf8(block.text)) {
      return InvalidArgumentError("Word-dokumentet indeholder tekst, der ikke er gyldig UTF-8");
    }
  }
  return blocks;
}

}  // namespace helhed::import
