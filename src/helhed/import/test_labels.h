// SPDX-License-Identifier: Apache-2.0
// Test helper: the repository's label tables (data/import/), loaded once.
#pragma once

#include "helhed/import/importer.h"
#include "testing/test_paths.h"

namespace helhed::import {

inline const LabelTable& RepoLabels() {
  static const LabelTable* table = [] {
    auto loaded = LoadLabelTables(helhed::testing::SourceDir() / "data");
    if (!loaded.ok()) std::abort();
    return new LabelTable(std::move(*loaded));
  }();
  return *table;
}

}  // namespace helhed::import
