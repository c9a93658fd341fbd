// SPDX-License-Identifier: Apache-2.0
// SubAgreement: a delaftale, one per chosen focus area, with its goals,
// activities, staff and budget share.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "helhed/model/activity.h"
#include "helhed/model/goal.h"
#include "helhed/model/party.h"
#include "helhed/model/period.h"
#include "helhed/model/staff.h"

namespace helhed::model {

// BudgetShare (delaftalens andel af budgettet): whole DKK.
struct BudgetShare {
  std::optional<std::int64_t> lbf_dkk;
  std::optional<std::int64_t> local_dkk;

  friend bool operator==(const BudgetShare&, const BudgetShare&) = default;
};

// SubAgreement (delaftale).
struct SubAgreement {
  // The indsatsområde the delaftale is for.
  std::string focus_area;
  // Navn på den boligsociale indsats, som delaftalen vedrører.
  std::optional<std::string> plan_name;
  std::optional<Period> period;
  std::optional<std::vector<Party>> parties;
  // 2015-18 template only: the problemkompleks inside the delaftale.
  std::optional<std::string> problem_statement;
  std::optional<std::vector<Goal>> goals;
  // The activity list the board approves.
  std::optional<std::vector<std::string>> activity_list;
  std::optional<std::vector<Activity>> activities;
  std::optional<std::vector<Staff>> staff;
  // Sammenhæng med den kommunale indsats i boligområdet.
  std::optional<std::string> municipal_alignment;
  // Revision af delaftalen.
  std::optional<std::string> revision_note;
  std::optional<BudgetShare> budget_share;
  // 2015-18 template only: Konflikthåndtering og underretning.
  std::optional<std::string> conflict_handling;

  friend bool operator==(const SubAgreement&, const SubAgreement&) = default;
};

}  // namespace helhed::model
