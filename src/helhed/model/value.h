// SPDX-License-Identifier: Apache-2.0
// Value: a typed measurement or amount (a baseline cell, a staff amount). A
// value is a number with a unit, or a status saying why there is no number;
// it is never free text (docs/plan-format.md, "Values").
#pragma once

#include <optional>
#include <string>

#include "helhed/base/date.h"

namespace helhed::model {

// Unit (enhed): what a number measures. kShare is percent 0-100 (22.1 means
// 22,1 %); kGrade is the 7-point scale (-3 to 12).
enum class Unit {
  kShare,
  kGrade,
  kCount,
  kCaseCount,
  kRatePer100,
  kRatePer1000,
  kAmountDkk,
  kHoursPerWeek,
  kPercentOfPosition,
  kFte,
  kNumber,
};

// ValueStatus: why a value has no number ("Ingen data", diskretioneret,
// ikke målt, afventer, ikke relevant).
enum class ValueStatus {
  kNotAvailable,
  kSuppressed,
  kNotMeasured,
  kPending,
  kNotApplicable,
};

// Value (værdi): exactly one of `value` and `status` is set in a valid file;
// the codec refuses both or neither.
struct Value {
  Unit unit = Unit::kNumber;
  std::optional<double> value;
  // The counts behind a share or a rate, when the source gives them.
  std::optional<double> numerator;
  std::optional<double> denominator;
  std::optional<ValueStatus> status;
  // For kPending: when the value can first be measured.
  std::optional<Date> until;
  // The source text, kept for the reader ("Ingen data").
  std::optional<std::string> note;
  // With a value: the value is provisional and is measured again on this
  // date ("Der skal måles efter tallene pr. 1.1.2023"). Last member so that
  // aggregate initialisers written before it stay valid.
  std::optional<Date> remeasure;

  friend bool operator==(const Value&, const Value&) = default;
};

}  // namespace helhed::model
