// SPDX-License-Identifier: Apache-2.0
// Text file to blocks (see source_text.h).
#include "helhed/import/source_text.h"

#include <string>

#include <fmt/format.h>

#include "helhed/base/status.h"
#include "helhed/import/text_clean.h"

namespace helhed::import {

bool IsValidUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    size_t len = 0;
    if (c < 0x80) {
      len = 1;
    } else if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
    } else {
      return false;
    }
    if (i + len > text.size()) return false;
    for (size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

std::optional<Block> LineBlock(int line_number, std::string_view line, int blank_lines_before) {
  if (Trim(line).empty() || IsSeparatorRow(line)) return std::nullopt;
    Block block;
    block.line = line_number;
    block.blank_lines_before = blank_lines_before;
    block.text = std::string(line);
    if (line.find('\t') != std::string_view::npos) {
      std::vector<std::string> cells;
      size_t start = 0;
      while (true) {
        const size_t tab = line.find('\t', start);
        cells.emplace_back(Trim(line.substr(start, tab == std::string_view::npos ? line.npos : tab - start)));
        if (tab == std::string_view::npos) break;
        start = tab + 1;
      }
      while (!cells.empty() && cells.back().empty()) cells.pop_back();
      size_t filled = 0;
      for (const auto& cell : cells) filled += cell.empty() ? 0 : 1;
      if (cells.size() >= 2 && !(filled == 1 && !cells[0].empty())) {
        block.cells = std::move(cells);
      } else {
        // One filled cell: a label or a list swallowed by a table (A5).
        std::string joined;
        for (const auto& cell : cells) {
          if (cell.empty()) continue;
          if (!joined.empty()) joined += ' ';
          joined += cell;
        }
        block.text = joined;
      }
    }
  return block;
}

StatusOr<std::vector<Block>> BlocksFromText(std::string_view text) {
  if (text.size() > kMaxImportBytes) {
    return InvalidArgumentError(fmt::format(
        "filen er for stor til import ({} MB); grænsen er {} MB", text.size() / (1024 * 1024),
        kMaxImportBytes / (1024 * 1024)));
  }
  if (StartsWith(text, "\xEF\xBB\xBF")) text.remove_prefix(3);
  if (Trim(text).empty()) {
    return InvalidArgumentError("filen er tom: der er ingen tekst at importere");
  }
  if (text.find('\0') != std::string_view::npos || !IsValidUtf8(text)) {
    return InvalidArgumentError(
        "filen er ikke en tekstfil (binære data eller ugyldig UTF-8); gem dokumentet som .txt "
        "(UTF-8), .md eller .docx");
  }
  std::vector<Block> blocks;
  int line_number = 0;
  int blanks = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++line_number;
    pos = nl + 1;
    if (Trim(line).empty()) {
      ++blanks;
      if (nl == text.size()) break;
      continue;
    }
    std::optional<Block> block = LineBlock(line_number, line, blanks);
    if (!block) {
      if (nl == text.size()) break;
      continue;
    }
    blanks = 0;
    blocks.push_back(std::move(*block));
    if (nl == text.size()) break;
  }
  if (blocks.empty()) return InvalidArgumentError("filen er tom: der er ingen tekst at importere");
  return blocks;
}

}  // namespace helhed::import
