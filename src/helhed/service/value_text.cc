// SPDX-License-Identifier: Apache-2.0
// Danish display text for plan values.
#include "helhed/service/value_text.h"

#include <cmath>

#include "helhed/base/danish_number.h"

namespace helhed::service {
namespace {

int Decimals(double value) {
  if (value == std::floor(value)) return 0;
  if (value * 10 == std::floor(value * 10)) return 1;
  return 2;
}

std::string UnitSuffix(model::Unit unit) {
  switch (unit) {
    case model::Unit::kShare: return " %";
    case model::Unit::kGrade: return " (karakter)";
    case model::Unit::kCount: return " personer";
    case model::Unit::kCaseCount: return " sager";
    case model::Unit::kRatePer100: return " pr. 100";
    case model::Unit::kRatePer1000: return " pr. 1.000";
    case model::Unit::kAmountDkk: return " kr.";
    case model::Unit::kHoursPerWeek: return " timer/uge";
    case model::Unit::kPercentOfPosition: return " % af en stilling";
    case model::Unit::kFte: return " årsværk";
    case model::Unit::kNumber: return "";
  }
  return "";
}

std::string StatusText(model::ValueStatus status) {
  switch (status) {
    case model::ValueStatus::kNotAvailable: return "Ingen data";
    case model::ValueStatus::kSuppressed: return "Diskretioneret";
    case model::ValueStatus::kNotMeasured: return "Ikke målt";
    case model::ValueStatus::kPending: return "Afventer";
    case model::ValueStatus::kNotApplicable: return "Ikke relevant";
  }
  return "Ukendt";
}

}  // namespace

std::string ValueText(const model::Value& value) {
  if (value.value) {
    if (value.unit == model::Unit::kShare) return FormatDanishPercent(*value.value, Decimals(*value.value));
    return FormatDanish(*value.value, Decimals(*value.value)) + UnitSuffix(value.unit);
  }
  std::string text = value.status ? StatusText(*value.status) : "Ingen værdi";
  if (value.until) text += " (til " + value.until->ToDanishNumeric() + ")";
  return text;
}

std::string ValueInputText(const model::Value& value) {
  if (!value.value) return "";
  return FormatDanish(*value.value, Decimals(*value.value));
}

std::string BaselineLabel(const model::Baseline& baseline) {
  if (baseline.area) return *baseline.area;
  switch (baseline.scope) {
    case model::BaselineScope::kPlan: return "Hele planområdet";
    case model::BaselineScope::kBoligomraade: return "Boligområdet";
    case model::BaselineScope::kZone: return "Zone";
    case model::BaselineScope::kAfdeling: return "Afdeling";
    case model::BaselineScope::kTargetGroup: return "Målgruppen";
    case model::BaselineScope::kSchool: return "Skole";
    case model::BaselineScope::kKommune: return "Kommunen";
    case model::BaselineScope::kPolitikreds: return "Politikredsen";
    case model::BaselineScope::kRegion: return "Regionen";
    case model::BaselineScope::kLand: return "Hele landet";
    case model::BaselineScope::kPopulation: return "Befolkningen";
  }
  return "Ukendt";
}

}  // namespace helhed::service
