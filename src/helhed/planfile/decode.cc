// SPDX-License-Identifier: Apache-2.0
// The decoder walks the key tables of field_schema.h. It reads on past an
// error so that `helhed check` can show all of them at once; a member whose
// value was wrong keeps its default and the plan is discarded at the end.
#include "helhed/planfile/decode.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>

#include "helhed/base/date.h"
#include "helhed/model/enum_names.h"
#include "helhed/planfile/field_schema.h"
#include "helhed/planfile/json_syntax.h"

namespace helhed::planfile::internal {
namespace {

using nlohmann::json;

// A placeholder to read into; Date has no default.
template <typename T>
T Blank() {
  if constexpr (std::is_same_v<T, Date>) {
    return Date(1970, 1, 1);
  } else {
    return T{};
  }
}

// Up to this many characters of a wrong string are quoted back.
constexpr std::size_t kMaxQuotedChars = 60;

// What the user wrote, short: "\"30/12/2026\"", "42", "en liste".
std::string Describe(const json& value) {
  switch (value.type()) {
    case json::value_t::string: {
      const std::string& text = value.get_ref<const std::string&>();
      std::size_t cut = 0;
      std::size_t chars = 0;
      while (cut < text.size() && chars < kMaxQuotedChars) {
        ++cut;
        while (cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
        ++chars;
      }
      return "\"" + text.substr(0, cut) + (cut < text.size() ? "…" : "") + "\"";
    }
    case json::value_t::array:
      return "en liste";
    case json::value_t::object:
      return "et objekt";
    case json::value_t::null:
      return "null";
    default:
      return value.dump();
  }
}

// Edit distance, for "mente du ...?" on a misspelt key.
std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t col = 0; col <= b.size(); ++col) row[col] = col;
  for (std::size_t a_idx = 1; a_idx <= a.size(); ++a_idx) {
    std::size_t diagonal = row[0];
    row[0] = a_idx;
    for (std::size_t b_idx = 1; b_idx <= b.size(); ++b_idx) {
      const std::size_t above = row[b_idx];
      row[b_idx] = std::min({row[b_idx] + 1, row[b_idx - 1] + 1,
                             diagonal + (a[a_idx - 1] == b[b_idx - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

bool LooksLikeIsoDate(const std::string& text) {
  if (text.size() != 10) return false;
  for (std::size_t idx = 0; idx < text.size(); ++idx) {
    const bool dash = idx == 4 || idx == 7;
    if (dash ? text[idx] != '-' : (text[idx] < '0' || text[idx] > '9')) return false;
  }
  return true;
}

class Decoder {
 public:
  explicit Decoder(std::vector<PlanJsonError>& errors) : errors_(errors) {}

  void Fail(std::string pointer, std::string message) {
    if (errors_.size() >= kMaxReportedErrors) return;
    errors_.push_back(PlanJsonError{std::move(pointer), std::nullopt, std::nullopt,
                                    std::move(message)});
  }

  std::size_t error_count() const { return errors_.size(); }
  // Once the report is full, reading on would only cost time and memory.
  bool full() const { return errors_.size() >= kMaxReportedErrors; }

  // Reads `value` into `out`; false (with an error recorded) when it does not
  // fit. Dispatches on the member type.
  template <typename T>
  bool Read(const json& value, const std::string& pointer, T& out) {
    if constexpr (std::is_same_v<T, std::string>) {
      if (!value.is_string()) return Expected(pointer, "en tekst", value);
      out = value.get<std::string>();
      return true;
    } else if constexpr (std::is_same_v<T, bool>) {
      if (!value.is_boolean()) return Expected(pointer, "true eller false", value);
      out = value.get<bool>();
      return true;
    } else if constexpr (std::is_same_v<T, double>) {
      if (!value.is_number()) return Expected(pointer, "et tal", value);
      out = value.get<double>();
      return true;
    } else if constexpr (std::is_integral_v<T>) {
      return ReadInteger(value, pointer, out);
    } else if constexpr (std::is_same_v<T, Date>) {
      return ReadDate(value, pointer, out);
    } else if constexpr (std::is_enum_v<T>) {
      if (!value.is_string()) {
        return Expected(pointer, "en af " + model::AllowedNames<T>(), value);
      }
      StatusOr<T> parsed = model::ParseEnum<T>(value.get_ref<const std::string&>());
      if (!parsed.ok()) {
        Fail(pointer, parsed.status().message());
        return false;
      }
      out = *parsed;
      return true;
    } else if constexpr (IsVector<T>::value) {
      if (!value.is_array()) return Expected(pointer, "en liste", value);
      out.clear();
      bool ok = true;
      // Grown one element at a time: a hostile list stops at the error limit
      // instead of allocating all its elements first.
      for (std::size_t idx = 0; idx < value.size() && !full(); ++idx) {
        out.push_back(Blank<typename T::value_type>());
        ok = Read(value[idx], pointer + "/" + std::to_string(idx), out.back()) && ok;
      }
      return ok;
    } else {
      static_assert(HasSchema<T>, "no key table for this type in field_schema.h");
      return ReadObject(value, pointer, out, {});
    }
  }

  // Reads an object by its key table. `extra_keys` are allowed but not read.
  template <typename T>
  bool ReadObject(const json& value, const std::string& pointer, T& out,
                  std::initializer_list<std::string_view> extra_keys) {
    if (!value.is_object()) return Expected(pointer, "et objekt", value);
    if (full()) return false;
    const std::size_t errors_before = error_count();
    std::vector<std::string_view> known(extra_keys);
    std::apply([&](const auto&... field) { (known.push_back(field.key), ...); },
               Schema<T>::kFields);
    for (const auto& [key, member_value] : value.items()) {
      if (std::find(known.begin(), known.end(), key) == known.end()) {
        Fail(AppendPointer(pointer, key), UnknownKeyMessage(key, known));
      }
    }
    std::apply([&](const auto&... field) { (ReadField(value, pointer, out, field), ...); },
               Schema<T>::kFields);
    CheckInvariants(pointer, out);
    return error_count() == errors_before;
  }

 private:
  template <typename S, typename M>
  void ReadField(const json& object, const std::string& pointer, S& out,
                 const Field<S, M>& field) {
    const std::string field_pointer = AppendPointer(pointer, field.key);
    const auto found = object.find(std::string(field.key));
    M& member = out.*field.member;
    if constexpr (IsOptional<M>::value) {
      if (found == object.end()) return;
      member = Blank<typename M::value_type>();
      Read(*found, field_pointer, *member);
    } else {
      if (found == object.end()) {
        Fail(field_pointer, "påkrævet nøgle mangler");
        return;
      }
      Read(*found, field_pointer, member);
    }
  }

  bool Expected(const std::string& pointer, const std::string& what, const json& value) {
    Fail(pointer, "forventede " + what + ", fik " + Describe(value));
    return false;
  }

  template <typename T>
  bool ReadInteger(const json& value, const std::string& pointer, T& out) {
    if (!value.is_number_integer()) return Expected(pointer, "et heltal", value);
    const bool fits =
        value.is_number_unsigned()
            ? value.get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<T>::max())
            : value.get<std::int64_t>() >= std::numeric_limits<T>::min() &&
                  value.get<std::int64_t>() <= std::numeric_limits<T>::max();
    if (!fits) {
      Fail(pointer, "tallet " + value.dump() + " er uden for det tilladte område (" +
                        std::to_string(std::numeric_limits<T>::min()) + " til " +
                        std::to_string(std::numeric_limits<T>::max()) + ")");
      return false;
    }
    out = static_cast<T>(value.get<std::int64_t>());
    return true;
  }

  bool ReadDate(const json& value, const std::string& pointer, Date& out) {
    if (!value.is_string() || !LooksLikeIsoDate(value.get_ref<const std::string&>())) {
      return Expected(pointer, "en dato på formen ÅÅÅÅ-MM-DD", value);
    }
    StatusOr<Date> parsed = ParseIsoDate(value.get_ref<const std::string&>());
    if (!parsed.ok()) {
      Fail(pointer, parsed.status().message());
      return false;
    }
    out = *parsed;
    return true;
  }

  static std::string UnknownKeyMessage(const std::string& key,
                                       const std::vector<std::string_view>& known) {
    std::string_view closest;
    std::size_t best = std::numeric_limits<std::size_t>::max();
    for (std::string_view candidate : known) {
      const std::size_t distance = EditDistance(key, candidate);
      if (distance < best) {
        best = distance;
        closest = candidate;
      }
    }
    if (best <= 2 && key.size() > 2) {
      return "ukendt nøgle; mente du \"" + std::string(closest) + "\"?";
    }
    std::string allowed;
    for (std::string_view candidate : known) {
      if (!allowed.empty()) allowed += ", ";
      allowed += candidate;
    }
    return "ukendt nøgle; tilladte nøgler her: " + allowed;
  }

  template <typename T>
  void CheckInvariants(const std::string& /*pointer*/, const T& /*out*/) {}

  void CheckInvariants(const std::string& pointer, const model::Value& value) {
    if (value.value.has_value() && value.status.has_value()) {
      Fail(pointer, "en værdi har enten \"value\" eller \"status\", ikke begge");
    } else if (!value.value.has_value() && !value.status.has_value()) {
      Fail(pointer, "en værdi skal have \"value\" (et tal) eller \"status\" (hvorfor tallet "
                    "mangler)");
    }
  }

  std::vector<PlanJsonError>& errors_;
};

}  // namespace

std::optional<model::Plan> DecodePlan(const json& root, std::vector<PlanJsonError>& errors) {
  const std::size_t errors_before = errors.size();
  Decoder decoder(errors);
  if (!root.is_object()) {
    decoder.Fail("", "en planfil skal være et JSON-objekt, fik " + Describe(root));
    return std::nullopt;
  }
  // A file in another format would give a flood of key errors; one is enough.
  const auto format = root.find("format");
  if (format == root.end()) {
    decoder.Fail("/format", "påkrævet nøgle mangler; en planfil begynder med \"format\": \"" +
                                std::string(model::kPlanFormatId) + "\"");
    return std::nullopt;
  }
  if (!format->is_string() || format->get_ref<const std::string&>() != model::kPlanFormatId) {
    decoder.Fail("/format", "ukendt format " + Describe(*format) + "; helhed læser \"" +
                                std::string(model::kPlanFormatId) + "\"");
    return std::nullopt;
  }
  model::Plan plan;
  decoder.ReadObject(root, "", plan, {"format"});
  // Which grant frames exist is the rules' business (data packs); an empty id
  // can never name one.
  const auto grant_frame = root.find("grant_frame");
  if (grant_frame != root.end() && grant_frame->is_string() &&
      grant_frame->get_ref<const std::string&>().empty()) {
    decoder.Fail("/grant_frame", "må ikke være tom");
  }
  if (errors.size() != errors_before) return std::nullopt;
  return plan;
}

}  // namespace helhed::planfile::internal
