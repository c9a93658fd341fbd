// SPDX-License-Identifier: Apache-2.0
// The Danish codes of the coded register columns.
#include "helhed/register/person_year.h"

namespace helhed::register_ {
namespace {

constexpr std::array<std::string_view, kOriginCount> kOriginCodes = {
    "dansk", "indvandrer_vestlig", "indvandrer_ikke_vestlig", "efterkommer_vestlig",
    "efterkommer_ikke_vestlig"};
constexpr std::array<std::string_view, kEducationCount> kEducationCodes = {
    "grundskole", "gymnasial", "erhvervsfaglig", "kvu", "mvu", "lvu", "ukendt"};

}  // namespace

std::string_view SexCode(Sex sex) { return sex == Sex::kMale ? "M" : "K"; }
std::string_view OriginCode(Origin origin) { return kOriginCodes[static_cast<int>(origin)]; }
std::string_view EducationCode(Education education) {
  return kEducationCodes[static_cast<int>(education)];
}

std::optional<Sex> ParseSex(std::string_view code) {
  if (code == "M") return Sex::kMale;
  if (code == "K") return Sex::kFemale;
  return std::nullopt;
}

std::optional<Origin> ParseOrigin(std::string_view code) {
  for (int i = 0; i < kOriginCount; ++i) {
    if (kOriginCodes[i] == code) return static_cast<Origin>(i);
  }
  return std::nullopt;
}

std::optional<Education> ParseEducation(std::string_view code) {
  for (int i = 0; i < kEducationCount; ++i) {
    if (kEducationCodes[i] == code) return static_cast<Education>(i);
  }
  return std::nullopt;
}

}  // namespace helhed::register_
