// SPDX-License-Identifier: Apache-2.0
// The criteria in the order of the act (§ 61 a, stk. 1, nr. 1-4), then the
// non-Western gate (stk. 2 and § 61 b). Registered by hand in registry.cc.
#pragma once

#include <memory>
#include <vector>

#include "helhed/lists/criterion.h"

namespace helhed::lists {

// The criteria, built once; valid for the life of the program.
const std::vector<std::unique_ptr<Criterion>>& AllCriteria();

}  // namespace helhed::lists
