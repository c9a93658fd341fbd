// SPDX-License-Identifier: Apache-2.0
#include "helhed/rules/rule.h"

#include "helhed/base/check.h"

namespace helhed::rules {

void FindingSink::Add(std::string_view code, std::string pointer, std::string message) {
  auto it = pack_.severities.find(code);
  // The loader guarantees every registered code has an entry.
  HELHED_DCHECK(it != pack_.severities.end());
  if (!it->second.has_value()) return;
  findings_.push_back(Finding{std::string(code), *it->second, std::move(message), std::move(pointer)});
}

}  // namespace helhed::rules
