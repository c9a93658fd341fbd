// SPDX-License-Identifier: Apache-2.0
// Segmentation into documents and splitting of fused labels (segmenter.h).
#include "helhed/import/segmenter.h"

#include "helhed/import/text_clean.h"

namespace helhed::import {

std::vector<Block> SplitFusedLabels(const Block& block, const LabelTable& labels,
                                    const std::vector<DocumentKind>& kinds) {
  if (block.is_row()) return {block};
  const std::string cleaned = CleanInline(block.text);
  const std::vector<size_t> points = labels.InlineSplitPoints(kinds, cleaned);
  if (points.empty()) return {block};
  std::vector<Block> out;
  size_t start = 0;
  for (size_t idx = 0; idx <= points.size(); ++idx) {
    const size_t end = idx < points.size() ? points[idx] : cleaned.size();
    const std::string_view piece = Trim(std::string_view(cleaned).substr(start, end - start));
    if (!piece.empty()) {
      Block part = block;
      part.text = std::string(piece);
      if (!out.empty()) part.blank_lines_before = 0;
      out.push_back(std::move(part));
    }
    start = end;
  }
  return out;
}

Segmentation SegmentBlocks(const std::vector<Block>& blocks, const LabelTable& labels) {
  Segmentation result;
  size_t first = 0;
  for (size_t idx = 0; idx < blocks.size(); ++idx) {
    if (!blocks[idx].is_row() && labels.IsPreambleMarker(blocks[idx].text)) first = idx + 1;
  }
  for (size_t idx = 0; idx < first; ++idx) result.outside.push_back(blocks[idx]);
  Segment* current = nullptr;
  for (size_t idx = first; idx < blocks.size(); ++idx) {
    const Block& block = blocks[idx];
    std::string rest;
    const TitleEntry* title = block.is_row() ? nullptr : labels.MatchTitle(block.text, &rest);
    if (title != nullptr) {
      result.segments.push_back(Segment{title->document, block.line, rest, {}});
      current = &result.segments.back();
      // A flattened delaftale goes on after its area name on the title line.
      if (title->document == DocumentKind::kSubAgreement) {
        std::string area_text = rest;
        if (!area_text.empty() && area_text.front() == '"') area_text.erase(0, 1);
        const FocusAreaEntry* area = labels.MatchFocusAreaPrefix(area_text);
        if (area != nullptr) {
          size_t key_len = 0;
          const std::string folded = FoldCase(area_text);
          for (const auto& key : area->keys) {
            if (StartsWith(folded, key) && key.size() > key_len) key_len = key.size();
          }
          std::string tail(Trim(std::string_view(area_text).substr(key_len)));
          if (!tail.empty() && tail.front() == '"') tail.erase(0, 1);
          current->title_rest = area_text.substr(0, key_len);
          if (!Trim(tail).empty()) {
            Block tail_block = block;
            tail_block.text = std::string(Trim(tail));
            for (Block& part : SplitFusedLabels(tail_block, labels, {current->kind, DocumentKind::kActivity})) {
              current->blocks.push_back(std::move(part));
            }
          }
        }
      }
      continue;
    }
    if (current == nullptr) {
      result.outside.push_back(block);
      continue;
    }
    for (Block& part : SplitFusedLabels(block, labels, {current->kind, DocumentKind::kActivity})) {
      current->blocks.push_back(std::move(part));
    }
  }
  return result;
}

}  // namespace helhed::import
