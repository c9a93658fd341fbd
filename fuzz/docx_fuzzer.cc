// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: arbitrary bytes as a .docx (zip reader with its bomb
// limits, WordprocessingML parser, flattening into blocks, recognisers).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "helhed/import/importer.h"

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
  (void)helhed::import::ImportBytes(bytes, "fuzz.docx", *labels);
  return 0;
}
