// SPDX-License-Identifier: Apache-2.0
// Segmentation of a file into the documents of a plan package (templates.md
// §7): the strategic agreement, delaftaler, kommissorium and beredskabsplan,
// found by their titles. Text before the first title, or before a preamble
// marker, is kept aside as not understood.
#pragma once

#include <string>
#include <vector>

#include "helhed/import/block.h"
#include "helhed/import/label_table.h"

namespace helhed::import {

// One document of the package.
struct Segment {
  DocumentKind kind = DocumentKind::kSubAgreement;
  // Line of the title and the text after the title on that line (a
  // delaftale's area name, and in flattened text whatever follows it).
  int title_line = 0;
  std::string title_rest;
  // The blocks after the title, fused labels already split apart.
  std::vector<Block> blocks;
};

struct Segmentation {
  std::vector<Segment> segments;
  // Blocks outside any document: text before the first title, a preamble.
  std::vector<Block> outside;
};

// Splits `blocks` into documents. Lines holding several labels ("…:**
// Aktivitetsnavn:**", a flattened 2015-18 delaftale) are split at each
// inline label of the segment's kind and of activity forms.
Segmentation SegmentBlocks(const std::vector<Block>& blocks, const LabelTable& labels);

// Splits one block at its inline labels (exposed for tests).
std::vector<Block> SplitFusedLabels(const Block& block, const LabelTable& labels,
                                    const std::vector<DocumentKind>& kinds);

}  // namespace helhed::import
