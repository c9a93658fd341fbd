// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: arbitrary bytes through the whole text import (blocks,
// segmentation, recognisers, report JSON). Any crash, hang or sanitizer
// report is a bug; an error Status is a fine outcome.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "helhed/import/importer.h"
#include "helhed/import/source_text.h"

namespace {
const helhed::import::LabelTable* labels = nullptr;
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto loaded = helhed::import::LoadLabelTables(HELHED_SOURCE_DIR "/data");
  if (!loaded.ok()) std::abort();
  labels = new helhed::import::LabelTable(std::move(*loaded));
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto blocks = helhed::import::BlocksFromText(bytes);
  if (!blocks.ok()) return 0;
  auto result = helhed::import::ImportBlocks(*blocks, *labels, "fuzz.txt", "text");
  if (result.ok()) (void)helhed::import::ImportReportToJson(result->report);
  return 0;
}
