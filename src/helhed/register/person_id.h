// SPDX-License-Identifier: Apache-2.0
// Refusal of CPR-like person ids: the register extract must carry opaque
// pseudonyms, never personnumre.
#pragma once

#include <string_view>

namespace helhed::register_ {

// True for "DDMMYY-XXXX" or ten digits whose first six form a valid date
// (DDMMYY, any century; 29 February always allowed).
bool LooksLikeCpr(std::string_view id);

}  // namespace helhed::register_
