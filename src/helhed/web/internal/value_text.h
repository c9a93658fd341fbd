// SPDX-License-Identifier: Apache-2.0
// Internal: plan values as Danish text for pages ("42,6 %", "Ingen data",
// "Zone 1").
#pragma once

#include <string>

#include "helhed/model/indicator.h"
#include "helhed/model/value.h"

namespace helhed::web::internal {

// The number with its unit in Danish style, or the status in words.
std::string ValueText(const model::Value& value);
// The number alone as the edit form shows it ("42,6"); "" without a number.
std::string ValueInputText(const model::Value& value);
// What a baseline covers: its area, or the scope in words ("Kommune").
std::string BaselineLabel(const model::Baseline& baseline);

}  // namespace helhed::web::internal
