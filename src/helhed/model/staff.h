// SPDX-License-Identifier: Apache-2.0
// Staff: one line of a delaftale's staff resources (medarbejderressourcer).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "helhed/model/value.h"

namespace helhed::model {

// Financing (finansiering): LBF grant, local cash, local in kind (e.g.
// municipal staff hours), or a third party.
enum class Financing {
  kLbf,
  kLocal,
  kLocalInKind,
  kThirdParty,
};

// Staff (medarbejderressource): `amount` has unit kHoursPerWeek,
// kPercentOfPosition or kFte. `persons` is how many people the function
// covers (a pool such as "222 timer pr. uge fra Fredericia Jobcenter" is
// several people); absent means not stated. `shared_with` names focus areas
// whose lines count the same hours (shared, not additional).
struct Staff {
  std::string function;
  std::optional<std::string> organisation;
  std::optional<Value> amount;
  std::optional<int> persons;
  std::optional<Financing> financing;
  std::optional<std::vector<std::string>> shared_with;

  friend bool operator==(const Staff&, const Staff&) = default;
};

}  // namespace helhed::model
