// SPDX-License-Identifier: Apache-2.0
// Internal: the pages' names for the shared value text (service/value_text.h).
#pragma once

#include "helhed/service/value_text.h"

namespace helhed::web::internal {

using service::BaselineLabel;
using service::ValueInputText;
using service::ValueText;

}  // namespace helhed::web::internal
