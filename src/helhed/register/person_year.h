// SPDX-License-Identifier: Apache-2.0
// The person-year schema of the register extract (docs/register-format.md):
// one row per person per reference year. Enums for the coded columns and the
// Danish codes they are written with in the CSV.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace helhed::register_ {

// Columns of the CSV, in the required header order.
inline constexpr std::array<std::string_view, 18> kColumnNames = {
    "year",      "person_id",    "afdeling", "kommune",      "region",  "age",
    "sex",       "origin",       "education", "in_education", "employed", "gross_income",
    "taxable",   "charged",      "convicted", "in_daycare",   "grade_9", "voted"};

enum class Sex : uint8_t { kMale = 0, kFemale = 1 };  // "M", "K"

// Herkomst, as Danmarks Statistik classifies it.
enum class Origin : uint8_t {
  kDanish = 0,                // dansk
  kWesternImmigrant = 1,      // indvandrer_vestlig
  kNonWesternImmigrant = 2,   // indvandrer_ikke_vestlig
  kWesternDescendant = 3,     // efterkommer_vestlig
  kNonWesternDescendant = 4,  // efterkommer_ikke_vestlig
};
inline constexpr int kOriginCount = 5;

// Highest completed education.
enum class Education : uint8_t {
  kPrimary = 0,         // grundskole
  kUpperSecondary = 1,  // gymnasial
  kVocational = 2,      // erhvervsfaglig
  kShortTertiary = 3,   // kvu
  kMediumTertiary = 4,  // mvu
  kLongTertiary = 5,    // lvu
  kUnknown = 6,         // ukendt
};
inline constexpr int kEducationCount = 7;

std::string_view SexCode(Sex sex);
std::string_view OriginCode(Origin origin);
std::string_view EducationCode(Education education);
std::optional<Sex> ParseSex(std::string_view code);
std::optional<Origin> ParseOrigin(std::string_view code);
std::optional<Education> ParseEducation(std::string_view code);

// Bits of PersonYear::flags.
enum Flag : uint16_t {
  kInEducation = 1 << 0,
  kEmployed = 1 << 1,
  kTaxable = 1 << 2,
  kCharged = 1 << 3,
  kConvicted = 1 << 4,
  kDaycarePresent = 1 << 5,  // in_daycare is not empty
  kInDaycare = 1 << 6,
  kVotedPresent = 1 << 7,    // voted is not empty (eligible)
  kVoted = 1 << 8,
  kGradePresent = 1 << 9,    // grade_9 is not empty
};

// Sentinel in the grade column for "no grade".
inline constexpr int16_t kNoGrade = INT16_MIN;

// One parsed row. person_id is only checked, never stored (aggregates need no
// identity, and a store without ids is safer to hand around).
struct PersonYear {
  int year = 0;
  std::string afdeling;  // empty: outside social housing
  int kommune = 0;       // DST code, 101-860
  int region = 0;        // DST code, 1081-1085
  int age = 0;           // 0-125
  Sex sex = Sex::kMale;
  Origin origin = Origin::kDanish;
  Education education = Education::kUnknown;
  uint16_t flags = 0;
  int64_t gross_income = 0;  // whole DKK
  int16_t grade_hundredths = kNoGrade;  // grade_9 × 100
};

}  // namespace helhed::register_
