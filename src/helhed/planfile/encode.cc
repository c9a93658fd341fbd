// SPDX-License-Identifier: Apache-2.0
// The encoder walks the same key tables as the decoder (field_schema.h), so
// the written key order is the order of docs/plan-format.md.
#include "helhed/planfile/encode.h"

#include <cmath>
#include <cstdint>
#include <string>
#include <type_traits>
#include <vector>

#include "helhed/model/enum_names.h"
#include "helhed/planfile/field_schema.h"

namespace helhed::planfile::internal {
namespace {

using nlohmann::ordered_json;

// Integral doubles are written as integers so that a count read as 306 is
// written as 306 again, not 306.0; above 2^53 a double is no longer exact.
ordered_json EncodeNumber(double value) {
  constexpr double kExactLimit = 9007199254740992.0;  // 2^53
  if (std::isfinite(value) && std::trunc(value) == value && std::fabs(value) < kExactLimit) {
    return ordered_json(static_cast<std::int64_t>(value));
  }
  return ordered_json(value);
}

template <typename T>
ordered_json Encode(const T& value) {
  if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, bool>) {
    return ordered_json(value);
  } else if constexpr (std::is_same_v<T, double>) {
    return EncodeNumber(value);
  } else if constexpr (std::is_integral_v<T>) {
    return ordered_json(static_cast<std::int64_t>(value));
  } else if constexpr (std::is_same_v<T, Date>) {
    return ordered_json(value.ToIso());
  } else if constexpr (std::is_enum_v<T>) {
    return ordered_json(std::string(model::ToString(value)));
  } else if constexpr (IsVector<T>::value) {
    ordered_json array = ordered_json::array();
    for (const auto& element : value) array.push_back(Encode(element));
    return array;
  } else {
    static_assert(HasSchema<T>, "no key table for this type in field_schema.h");
    ordered_json object = ordered_json::object();
    std::apply(
        [&](const auto&... field) {
          auto put = [&](const auto& one_field) {
            const auto& member = value.*(one_field.member);
            using M = std::decay_t<decltype(member)>;
            if constexpr (IsOptional<M>::value) {
              if (member.has_value()) object[std::string(one_field.key)] = Encode(*member);
            } else {
              object[std::string(one_field.key)] = Encode(member);
            }
          };
          (put(field), ...);
        },
        Schema<T>::kFields);
    return object;
  }
}

}  // namespace

ordered_json EncodePlan(const model::Plan& plan) {
  ordered_json body = Encode(plan);
  ordered_json root = ordered_json::object();
  root["format"] = std::string(model::kPlanFormatId);
  for (auto& [key, value] : body.items()) root[key] = std::move(value);
  return root;
}

}  // namespace helhed::planfile::internal
