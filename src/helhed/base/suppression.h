// SPDX-License-Identifier: Apache-2.0
// How a reader sees a value hidden by disclosure control (diskretionering):
// one mark and one explanation for documents (document/), spreadsheets and
// Danish CSV (render/), so every format says the same. A missing value (not
// computed, not stated) is an empty cell, never this mark.
#pragma once

namespace helhed {

// The cell text of a suppressed value.
inline constexpr const char* kSuppressedMark = "diskr.";
// What the mark means, for a legend ("diskr. = ...").
inline constexpr const char* kSuppressedMeaning =
    "diskretioneret: tallet vises ikke, fordi for få personer står bag det";
// What an empty cell means where suppressed cells are marked.
inline constexpr const char* kMissingMeaning = "ingen værdi (ikke opgjort eller ikke angivet)";

}  // namespace helhed
