// SPDX-License-Identifier: Apache-2.0
// Text normalisation for imported plan documents: stripping markdown and
// HTML left in cells, collapsing whitespace, case folding for label matching
// and splitting list fragments ("•", "<p>", "<li>", "- ") into items.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace helhed::import {

// Removes markdown emphasis (** and *), HTML tags and entities, turns tabs
// and non-breaking spaces into spaces, collapses whitespace and trims.
// Bullets ("•") are kept. Example: "Formål:**Formål**" -> "Formål:Formål".
std::string CleanInline(std::string_view text);

// Lower-cases ASCII and the Danish letters Æ Ø Å (and É), byte-length
// preserving, so offsets into the result are offsets into the input.
std::string FoldCase(std::string_view text);

// CleanInline + FoldCase + a trailing ":" removed: the form labels are
// compared in (templates.md, "Matching rule for all labels").
std::string MatchKey(std::string_view text);

// Splits a cell or line into list items: "<p>a</p><p>b</p>", "<li>",
// "• a • b", "•a•b" and a leading "- " or "1. " marker. Items are cleaned
// with CleanInline; empty items (a lone "-") are dropped.
std::vector<std::string> SplitListItems(std::string_view text);

// True for a markdown table separator row left as data ("--\t---\t----").
bool IsSeparatorRow(std::string_view line);

// Trims ASCII whitespace at both ends.
std::string_view Trim(std::string_view text);

// True when `text` starts with `prefix` (bytes).
bool StartsWith(std::string_view text, std::string_view prefix);

// True when the first letter is lower case (ASCII or æøå) or the text starts
// with "(": the signs of a paragraph continued after a page break.
bool StartsLikeContinuation(std::string_view text);

// Collapses whitespace and folds case: the form in which the quality measure
// and tests compare free text.
std::string NormaliseForCompare(std::string_view text);

}  // namespace helhed::import
