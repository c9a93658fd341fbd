// SPDX-License-Identifier: Apache-2.0
// Block: the unit every recogniser reads. A text file gives one block per
// non-blank line; a DOCX file one per paragraph or table row. Both go
// through the same recognisers.
#pragma once

#include <string>
#include <vector>

namespace helhed::import {

// Block (tekstblok): a paragraph or a table row, with where it came from.
struct Block {
  // 1-based line number (text) or paragraph number (DOCX).
  int line = 0;
  // The paragraph text; for a table row, the cells joined by tabs.
  std::string text;
  // Set for a table row: the cells, in column order (merged cells repeat
  // nothing: a horizontally merged cell is one cell, a vertically continued
  // cell is empty).
  std::vector<std::string> cells;
  // Blank lines before this block: three or more mark a page break in text
  // converted from Word, where tables and paragraphs are cut.
  int blank_lines_before = 0;
  // Heading level from a DOCX style (1 = Heading 1); 0 = body text.
  int heading_level = 0;
  // List nesting level from a DOCX numbering (0 = top); -1 = not a list item.
  int list_level = -1;

  bool is_row() const { return !cells.empty(); }
};

}  // namespace helhed::import
