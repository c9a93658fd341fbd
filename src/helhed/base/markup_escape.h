// SPDX-License-Identifier: Apache-2.0
// Escaping text for HTML and XML (SVG, Office XML): the one implementation
// the web pages (web/html.h) and the server-made charts share.
#pragma once

#include <string>
#include <string_view>

namespace helhed {

// Escapes & < > " ' so the result is safe in element content and in quoted
// attribute values of HTML and XML. Invalid UTF-8 bytes and control
// characters other than tab, newline and carriage return (which XML 1.0
// forbids) become U+FFFD.
std::string EscapeMarkup(std::string_view text);

}  // namespace helhed
