// SPDX-License-Identifier: Apache-2.0
// Reads grant-frame packs from the data directory: data/grant-frames/<id>.json
// (focus areas, fixed goals, documents, routing, rule severities) and
// data/template-text/<id>.json (the R11 sentence catalogue).
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/rules/grant_frame_pack.h"

namespace helhed::rules {

// The data directory: $HELHED_DATA_DIR when set and non-empty, else the
// source tree's data/ (HELHED_DEFAULT_DATA_DIR, fixed at compile time).
std::filesystem::path DefaultDataDir();

// The frame ids that have a pack in data_dir, sorted ("2011-14", ...).
// kNotFound (Danish message naming the folder) when there is no
// data_dir/grant-frames folder.
StatusOr<std::vector<std::string>> ListGrantFrames(const std::filesystem::path& data_dir);

// Loads the pack for `frame_id`.
// Errors:
//  - kNotFound: no such frame; the message lists the known frames.
//  - kInvalidArgument: a pack file is not valid JSON, lacks a field, has a
//    wrong type, or its "rules" do not name exactly the registered rule
//    codes; the message names the file and the field.
StatusOr<GrantFramePack> LoadGrantFramePack(const std::filesystem::path& data_dir,
                                            std::string_view frame_id);

}  // namespace helhed::rules
