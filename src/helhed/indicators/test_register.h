// SPDX-License-Identifier: Apache-2.0
// Test helper: builds a column store in a scratch directory from rows or
// from a synthetic register CSV.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "helhed/register/column_store.h"
#include "helhed/register/person_year.h"

namespace helhed::indicators::testing_internal {

// Writes `rows` as a store under `dir`/store and opens it; aborts on error.
register_::ColumnStore StoreFromRows(const std::filesystem::path& dir, const std::vector<register_::PersonYear>& rows);

// Reads a register CSV into a store under `dir`/store; aborts on error.
register_::ColumnStore StoreFromCsv(const std::filesystem::path& dir, const std::filesystem::path& csv);

}  // namespace helhed::indicators::testing_internal
