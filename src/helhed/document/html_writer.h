// SPDX-License-Identifier: Apache-2.0
// HTML: one standalone file (stylesheet inline, figures as data: images),
// readable without JavaScript and printable on A4. Every text of the
// document is escaped; no value can become markup.
#pragma once

#include <string>

#include "helhed/document/document.h"

namespace helhed::document {

std::string WriteHtml(const Document& document);

}  // namespace helhed::document
