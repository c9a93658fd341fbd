// SPDX-License-Identifier: Apache-2.0
// Cutting documents at labels and reading section values (see sections.h).
#include "helhed/import/sections.h"

#include "helhed/import/text_clean.h"

namespace helhed::import {
namespace {

std::string BlockText(const Block& block) {
  if (!block.is_row()) return block.text;
  std::string joined;
  for (const auto& cell : block.cells) {
    if (cell.empty()) continue;
    if (!joined.empty()) joined += ' ';
    joined += cell;
  }
  return joined;
}

// "1. Kriminalpræventive netværksmøder" in flattened text: a numbered item.
bool IsNumberedItemStart(const std::string& text, size_t pos) {
  if (pos > 0 && text[pos - 1] != ' ') return false;
  size_t p = pos;
  while (p < text.size() && text[p] >= '0' && text[p] <= '9' && p - pos < 2) ++p;
  return p > pos && p + 2 < text.size() && text[p] == '.' && text[p + 1] == ' ' &&
         ((text[p + 2] >= 'A' && text[p + 2] <= 'Z') || static_cast<unsigned char>(text[p + 2]) == 0xC3);
}

}  // namespace

void RecogniseContext::Unrecognised(const Block& block, const std::string& reason) {
  report.unrecognised.push_back({block.line, Excerpt(CleanInline(BlockText(block))), reason});
}

std::string LabelText(const LabelTable& labels, DocumentKind document, const std::string& field) {
  for (const auto& entry : labels.labels()) {
    if (entry.document == document && entry.field == field) return entry.texts.front();
  }
  return field;
}

std::vector<Section> SplitSections(const std::vector<Block>& blocks, const LabelTable& labels,
                                   const std::vector<DocumentKind>& kinds) {
  std::vector<Section> sections(1);
  int previous_line = -1;
  for (const Block& block : blocks) {
    const std::string probe = block.is_row() ? block.cells[0] : block.text;
    std::optional<LabelMatch> match;
    for (DocumentKind kind : kinds) {
      match = labels.MatchStart(kind, probe);
      if (match) break;
    }
    if (match) {
      Section section;
      section.label = match->entry;
      section.line = block.line;
      section.fused = block.line == previous_line;
      section.inline_value = match->rest;
      if (block.is_row()) {
        for (size_t idx = 1; idx < block.cells.size(); ++idx) {
          if (block.cells[idx].empty()) continue;
          if (!section.inline_value.empty()) section.inline_value += '\n';
          section.inline_value += block.cells[idx];
        }
      }
      sections.push_back(std::move(section));
    } else {
      sections.back().blocks.push_back(block);
    }
    previous_line = block.line;
  }
  return sections;
}

std::vector<std::string> SectionItems(const Section& section, const LabelTable& labels) {
  std::vector<std::string> items;
  auto add = [&](const std::string& text) {
    // Numbered items in flattened text: "1. A … 2. B …".
    std::vector<size_t> starts;
    for (size_t pos = 0; pos < text.size(); ++pos) {
      if (IsNumberedItemStart(text, pos)) starts.push_back(pos);
    }
    if (starts.size() >= 2 && starts[0] == 0) {
      for (size_t idx = 0; idx < starts.size(); ++idx) {
        const size_t end = idx + 1 < starts.size() ? starts[idx + 1] : text.size();
        std::string item(Trim(std::string_view(text).substr(starts[idx], end - starts[idx])));
        const size_t dot = item.find(". ");
        items.push_back(item.substr(dot + 2));
      }
      return;
    }
    for (auto& item : SplitListItems(text)) items.push_back(std::move(item));
  };
  if (!section.inline_value.empty()) add(section.inline_value);
  for (const Block& block : section.blocks) {
    if (!block.is_row() && labels.IsTemplateText(block.text)) continue;
    add(BlockText(block));
  }
  return items;
}

std::string SectionText(const Section& section, const LabelTable& labels) {
  std::string out;
  auto add = [&](const std::string& raw) {
    const std::vector<std::string> items = SplitListItems(raw);
    const std::string cleaned = CleanInline(raw);
    const bool list = items.size() > 1 || StartsWith(cleaned, "- ") || StartsWith(cleaned, "\xE2\x80\xA2");
    for (const auto& item : list ? items : std::vector<std::string>{cleaned}) {
      if (item.empty()) continue;
      if (!out.empty()) out += '\n';
      if (list) out += "- ";
      out += item;
    }
  };
  if (!section.inline_value.empty()) add(section.inline_value);
  for (const Block& block : section.blocks) {
    if (!block.is_row() && labels.IsTemplateText(block.text)) continue;
    add(BlockText(block));
  }
  return out;
}

std::string CleanCell(const std::string& cell) {
  const std::vector<std::string> items = SplitListItems(cell);
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += (out.back() == '.' || out.back() == ':') ? " " : "; ";
    out += item;
  }
  return out;
}

}  // namespace helhed::import
