// SPDX-License-Identifier: Apache-2.0
// Base64 (RFC 4648, with padding) for data: URLs of embedded figures.
#pragma once

#include <string>
#include <string_view>

namespace helhed::document {

std::string Base64(std::string_view bytes);

}  // namespace helhed::document
