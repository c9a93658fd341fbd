// SPDX-License-Identifier: Apache-2.0
// Sections: the blocks of one document cut at its labels. Each recogniser
// walks sections and decides what a label's value is; the shared helpers
// here turn a section's blocks into clean text or list items.
#pragma once

#include <string>
#include <vector>

#include "helhed/import/block.h"
#include "helhed/import/import_report.h"
#include "helhed/import/label_table.h"

namespace helhed::import {

// A label with the blocks up to the next label.
struct Section {
  // nullptr for the text before the first label.
  const LabelEntry* label = nullptr;
  int line = 0;
  // The label was split out of a line holding other text (A2 fused labels).
  bool fused = false;
  // Text after the label on its own line (cleaned).
  std::string inline_value;
  std::vector<Block> blocks;
};

// Cuts `blocks` at labels of `kinds` (tried in order; a table row is a label
// when its first cell is one).
std::vector<Section> SplitSections(const std::vector<Block>& blocks, const LabelTable& labels,
                                   const std::vector<DocumentKind>& kinds);

// The value as text: the inline value, then each block; list fragments
// become "- item" lines. Template guidance text is left out.
std::string SectionText(const Section& section, const LabelTable& labels);

// The value as list items (bullets, HTML lists, numbered "1." items and
// plain lines), template text left out.
std::vector<std::string> SectionItems(const Section& section, const LabelTable& labels);

// The cleaned text of one cell: its list items joined ("a; b").
std::string CleanCell(const std::string& cell);

// Shared state of one import.
struct RecogniseContext {
  const LabelTable& labels;
  ImportReport& report;

  void Field(const std::string& path, int line, double confidence) {
    report.fields.push_back({path, line, confidence});
  }
  void Missing(const std::string& path, const std::string& label) { report.missing.push_back({path, label}); }
  void Unrecognised(const Block& block, const std::string& reason);
  void Warn(int line, const std::string& code, const std::string& message) {
    report.warnings.push_back({line, code, message});
  }
};

// The first label text of `field` in `document`, for missing-field reports.
std::string LabelText(const LabelTable& labels, DocumentKind document, const std::string& field);

}  // namespace helhed::import
