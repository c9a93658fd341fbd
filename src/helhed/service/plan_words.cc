// SPDX-License-Identifier: Apache-2.0
// Danish words for the plan's enum values (see plan_words.h).
#include "helhed/service/plan_words.h"

namespace helhed::service {

std::string UnitWords(model::Unit unit) {
  switch (unit) {
    case model::Unit::kShare: return "andel (%)";
    case model::Unit::kGrade: return "karakter";
    case model::Unit::kCount: return "antal personer";
    case model::Unit::kCaseCount: return "antal sager";
    case model::Unit::kRatePer100: return "pr. 100";
    case model::Unit::kRatePer1000: return "pr. 1.000";
    case model::Unit::kAmountDkk: return "kr.";
    case model::Unit::kHoursPerWeek: return "timer pr. uge";
    case model::Unit::kPercentOfPosition: return "% af en stilling";
    case model::Unit::kFte: return "årsværk";
    case model::Unit::kNumber: return "tal";
  }
  return "";
}

std::string FinancingWords(model::Financing financing) {
  switch (financing) {
    case model::Financing::kLbf: return "Landsbyggefonden";
    case model::Financing::kLocal: return "lokal medfinansiering";
    case model::Financing::kLocalInKind: return "lokal medfinansiering (timer)";
    case model::Financing::kThirdParty: return "tredjepart";
  }
  return "";
}

std::string BudgetCategoryWords(model::BudgetCategory category) {
  switch (category) {
    case model::BudgetCategory::kStaff: return "personale";
    case model::BudgetCategory::kActivities: return "aktiviteter";
    case model::BudgetCategory::kSecretariat: return "sekretariat";
    case model::BudgetCategory::kEvaluation: return "evaluering";
    case model::BudgetCategory::kOther: return "andet";
  }
  return "";
}

std::string ActivityStatusWords(model::ActivityStatus status) {
  switch (status) {
    case model::ActivityStatus::kPlanned: return "planlagt";
    case model::ActivityStatus::kRunning: return "i gang";
    case model::ActivityStatus::kPaused: return "sat i bero";
    case model::ActivityStatus::kDone: return "afsluttet";
    case model::ActivityStatus::kStopped: return "stoppet";
  }
  return "";
}

std::string MilestoneStatusWords(model::MilestoneStatus status) {
  switch (status) {
    case model::MilestoneStatus::kPlanned: return "planlagt";
    case model::MilestoneStatus::kDone: return "gennemført";
    case model::MilestoneStatus::kDelayed: return "forsinket";
    case model::MilestoneStatus::kCancelled: return "aflyst";
  }
  return "";
}

}  // namespace helhed::service
