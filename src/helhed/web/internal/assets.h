// SPDX-License-Identifier: Apache-2.0
// Internal: the static files served from memory (no CDN, no files to
// install next to the binary).
#pragma once

#include <string_view>

namespace helhed::web::internal {

// /static/helhed.css: layout for laptop and tablet, visible focus, contrast
// of at least 4.5:1 for text, and a print stylesheet.
std::string_view StylesheetText();

}  // namespace helhed::web::internal
