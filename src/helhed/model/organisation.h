// SPDX-License-Identifier: Apache-2.0
// Organisation: the bodies that run the plan (bestyrelse, sekretariat,
// styregrupper, ...) with their members (section 3 of the strategic agreement).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace helhed::model {

// BodyKind: bestyrelse, sekretariat, styregruppe, arbejdsgruppe, forum, andet.
enum class BodyKind {
  kBoard,
  kSecretariat,
  kSteeringGroup,
  kWorkingGroup,
  kForum,
  kOther,
};

// Member (medlem): a seat in a body, by role ("Direktør"), with the
// organisation it represents, voting right (stemmeret) and chair (formand).
// Also used for preparedness-plan participants and terms-of-reference members.
struct Member {
  std::string role;
  std::optional<std::string> organisation;
  std::optional<bool> voting;
  std::optional<bool> chair;

  friend bool operator==(const Member&, const Member&) = default;
};

// Body (organ): one body of the plan's organisation.
struct Body {
  std::string name;
  std::optional<BodyKind> kind;
  // Stated cadence (møder pr. år); the format allows any number.
  std::optional<double> meetings_per_year;
  std::optional<std::vector<Member>> members;
  std::optional<std::string> description;

  friend bool operator==(const Body&, const Body&) = default;
};

// Organisation (organisering).
struct Organisation {
  std::optional<std::vector<Body>> bodies;

  friend bool operator==(const Organisation&, const Organisation&) = default;
};

}  // namespace helhed::model
