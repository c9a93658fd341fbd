// SPDX-License-Identifier: Apache-2.0
// Names of the store's enumerations as written in the database and on the
// command line.
#include "helhed/store/records.h"

#include <array>
#include <utility>

namespace helhed::store {
namespace {

template <typename E, std::size_t N>
std::optional<E> Lookup(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view name) {
  for (const auto& [value, text] : table) {
    if (text == name) return value;
  }
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view NameOf(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [v, text] : table) {
    if (v == value) return text;
  }
  return "?";
}

constexpr std::array<std::pair<Approver, std::string_view>, 2> kApprovers{{
    {Approver::kBoard, "board"},
    {Approver::kLbf, "lbf"},
}};

constexpr std::array<std::pair<OrgLevel, std::string_view>, 8> kOrgLevels{{
    {OrgLevel::kHousingOrg, "boligorganisation"},
    {OrgLevel::kAfdeling, "afdeling"},
    {OrgLevel::kBoligomraade, "boligomraade"},
    {OrgLevel::kZone, "zone"},
    {OrgLevel::kPlan, "plan"},
    {OrgLevel::kKommune, "kommune"},
    {OrgLevel::kRegion, "region"},
    {OrgLevel::kLand, "land"},
}};

constexpr std::array<std::pair<Role, std::string_view>, 5> kRoles{{
    {Role::kAdmin, "admin"},
    {Role::kSekretariat, "sekretariat"},
    {Role::kBestyrelse, "bestyrelse"},
    {Role::kPartner, "partner"},
    {Role::kLbf, "lbf"},
}};

}  // namespace

std::string_view ApproverName(Approver a) { return NameOf(kApprovers, a); }
std::optional<Approver> ParseApprover(std::string_view name) { return Lookup(kApprovers, name); }
std::string_view OrgLevelName(OrgLevel level) { return NameOf(kOrgLevels, level); }
std::optional<OrgLevel> ParseOrgLevel(std::string_view name) { return Lookup(kOrgLevels, name); }
std::string_view RoleName(Role role) { return NameOf(kRoles, role); }
std::optional<Role> ParseRole(std::string_view name) { return Lookup(kRoles, name); }

}  // namespace helhed::store
