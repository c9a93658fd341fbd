// SPDX-License-Identifier: Apache-2.0
// The file names of every model enum ("share", "housing_org", ...), exactly as
// docs/plan-format.md spells them, with ToString and ParseEnum<E>.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "helhed/base/statusor.h"
#include "helhed/model/activity.h"
#include "helhed/model/attachment.h"
#include "helhed/model/budget.h"
#include "helhed/model/housing_area.h"
#include "helhed/model/indicator.h"
#include "helhed/model/milestone.h"
#include "helhed/model/organisation.h"
#include "helhed/model/party.h"
#include "helhed/model/preparedness_plan.h"
#include "helhed/model/staff.h"
#include "helhed/model/value.h"

namespace helhed::model {

template <typename E>
struct EnumName {
  E value;
  std::string_view name;
};

// The table of names for enum E, in declaration order. Specialised in
// enum_names.cc for every enum below; other types do not link.
template <typename E>
std::span<const EnumName<E>> EnumNames();

template <> std::span<const EnumName<Unit>> EnumNames<Unit>();
template <> std::span<const EnumName<ValueStatus>> EnumNames<ValueStatus>();
template <> std::span<const EnumName<PartyKind>> EnumNames<PartyKind>();
template <> std::span<const EnumName<HousingAreaKind>> EnumNames<HousingAreaKind>();
template <> std::span<const EnumName<BodyKind>> EnumNames<BodyKind>();
template <> std::span<const EnumName<BaselineScope>> EnumNames<BaselineScope>();
template <> std::span<const EnumName<ElectionType>> EnumNames<ElectionType>();
template <> std::span<const EnumName<TargetDirection>> EnumNames<TargetDirection>();
template <> std::span<const EnumName<ChangeKind>> EnumNames<ChangeKind>();
template <> std::span<const EnumName<Financing>> EnumNames<Financing>();
template <> std::span<const EnumName<BudgetCategory>> EnumNames<BudgetCategory>();
template <> std::span<const EnumName<MilestoneStatus>> EnumNames<MilestoneStatus>();
template <> std::span<const EnumName<ActivityStatus>> EnumNames<ActivityStatus>();
template <> std::span<const EnumName<PathKind>> EnumNames<PathKind>();
template <> std::span<const EnumName<Audience>> EnumNames<Audience>();
template <> std::span<const EnumName<AttachmentKind>> EnumNames<AttachmentKind>();
template <> std::span<const EnumName<AttachmentStatus>> EnumNames<AttachmentStatus>();

// The file name of `value`, e.g. ToString(Unit::kRatePer1000) ==
// "rate_per_1000". Every enumerator has a name (enum_names_test checks it).
template <typename E>
std::string_view ToString(E value) {
  for (const EnumName<E>& entry : EnumNames<E>()) {
    if (entry.value == value) return entry.name;
  }
  return "?";
}

// The allowed names of E joined for a message: "share, grade, count".
template <typename E>
std::string AllowedNames() {
  std::string joined;
  for (const EnumName<E>& entry : EnumNames<E>()) {
    if (!joined.empty()) joined += ", ";
    joined += entry.name;
  }
  return joined;
}

// Parses a file name (case-sensitive). kInvalidArgument with a Danish message
// that quotes the text and lists the allowed names:
//   ukendt værdi "procent"; tilladte værdier: share, grade, ...
template <typename E>
StatusOr<E> ParseEnum(std::string_view text) {
  for (const EnumName<E>& entry : EnumNames<E>()) {
    if (entry.name == text) return entry.value;
  }
  return InvalidArgumentError("ukendt værdi \"" + std::string(text) +
                              "\"; tilladte værdier: " + AllowedNames<E>());
}

}  // namespace helhed::model
