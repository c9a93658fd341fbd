// SPDX-License-Identifier: Apache-2.0
// TermsOfReference: the kommissorium for the plan's board.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "helhed/base/date.h"
#include "helhed/model/organisation.h"

namespace helhed::model {

// TermsOfReference (kommissorium for bestyrelsen). LBF approves changes.
struct TermsOfReference {
  std::optional<std::string> purpose;
  std::optional<std::vector<Member>> members;
  std::optional<double> meetings_per_year;
  // Beslutningsregel, e.g. consensus.
  std::optional<std::string> decision_rule;
  std::optional<std::string> secretariat;
  std::optional<bool> adopted_by_consensus;
  std::optional<Date> lbf_approval_date;

  friend bool operator==(const TermsOfReference&, const TermsOfReference&) = default;
};

}  // namespace helhed::model
