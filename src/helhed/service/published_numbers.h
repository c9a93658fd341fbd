// SPDX-License-Identifier: Apache-2.0
// What of one result row may be published, in the units people read: the
// one rule behind `helhed compute`'s files and the measurements it stores.
#pragma once

#include <optional>

#include "helhed/indicators/engine.h"

namespace helhed::service {

// share: numerator, denominator, value and Wilson interval in percent;
// mean:  numerator = sum of the values, denominator = persons with a value,
//        value and Student-t interval (absent below two persons);
// count: numerator = value = persons.
// A suppressed row has no numbers at all; a not-available row publishes the
// known zero counts (numerator 0, denominator 0) and no value.
struct PublishedNumbers {
  std::optional<double> numerator;
  std::optional<double> denominator;
  std::optional<double> value;
  std::optional<double> ci_low;
  std::optional<double> ci_high;
};

PublishedNumbers PublishedNumbersOf(const indicators::ResultRow& row);

}  // namespace helhed::service
