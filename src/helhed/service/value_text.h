// SPDX-License-Identifier: Apache-2.0
// Plan values as Danish text ("42,6 %", "Ingen data", "Zone 1") for the
// web pages and the documents out, so both say a value the same way.
#pragma once

#include <string>

#include "helhed/model/indicator.h"
#include "helhed/model/value.h"

namespace helhed::service {

// The number with its unit in Danish style, or the status in words.
std::string ValueText(const model::Value& value);
// The number alone as the edit form shows it ("42,6"); "" without a number.
std::string ValueInputText(const model::Value& value);
// What a baseline covers: its area, or the scope in words ("Kommune").
std::string BaselineLabel(const model::Baseline& baseline);

}  // namespace helhed::service
