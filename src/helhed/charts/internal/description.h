// SPDX-License-Identifier: Apache-2.0
// The end every chart's <desc> shares: how many values are suppressed, where
// the numbers are, and the caller's own description.
#pragma once

#include <string>
#include <string_view>

namespace helhed::charts::internal {

// " 2 værdier er diskretioneret og vises ikke. Tallene står i tabellen under
// diagrammet. <extra>" (the suppressed sentence only when suppressed > 0,
// <extra> only when not empty).
std::string DescriptionTail(int suppressed, std::string_view extra);

}  // namespace helhed::charts::internal
