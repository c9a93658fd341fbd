// SPDX-License-Identifier: Apache-2.0
// Reads the list rules for one year from data/lists/<year>.json (format
// "helhed/list-rules@1", documented in docs/lists.md). The only file in
// lists/ that touches the JSON library.
#pragma once

#include <filesystem>
#include <string_view>

#include "helhed/base/statusor.h"
#include "helhed/lists/rules.h"

namespace helhed::lists {

// The data directory: $HELHED_DATA_DIR when set, else the source tree's data/.
std::filesystem::path DefaultDataDir();

// Loads <data_dir>/lists/<list_year>.json. kNotFound (Danish message naming
// the years that exist) when there is no rule file for that year;
// kInvalidArgument when the file is not a valid rule file.
StatusOr<ListRules> LoadListRules(const std::filesystem::path& data_dir, int list_year);

// Parses rule-file text; `file_name` only names the file in messages.
StatusOr<ListRules> ParseListRules(std::string_view json_text, std::string_view file_name);

// Loads <data_dir>/lists/population-shares.json. kNotFound / kInvalidArgument
// as LoadListRules.
StatusOr<PopulationShares> LoadPopulationShares(const std::filesystem::path& data_dir);

}  // namespace helhed::lists
