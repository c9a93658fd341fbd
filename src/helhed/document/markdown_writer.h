// SPDX-License-Identifier: Apache-2.0
// Markdown (CommonMark with pipe tables, as pandoc and GitHub read it).
// Characters Markdown would read as markup are escaped with a backslash;
// "<" and "&" are escaped too, so no text becomes raw HTML.
#pragma once

#include <string>
#include <string_view>

#include "helhed/document/document.h"

namespace helhed::document {

std::string EscapeMarkdown(std::string_view text);

std::string WriteMarkdown(const Document& document);

}  // namespace helhed::document
