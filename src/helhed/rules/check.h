// SPDX-License-Identifier: Apache-2.0
// CheckPlan: runs every registered rule on a plan with its grant-frame pack.
#pragma once

#include <vector>

#include "helhed/model/plan.h"
#include "helhed/rules/finding.h"
#include "helhed/rules/grant_frame_pack.h"

namespace helhed::rules {

// All findings, in a stable order: registry order (R1, R2, ...), then the
// order of the plan file. Never fails: every plan, however partial, can be
// checked. REQUIRES: `pack` came from LoadGrantFramePack (every registered
// code has a severity).
std::vector<Finding> CheckPlan(const model::Plan& plan, const GrantFramePack& pack);

// True when the plan holds a strategic agreement (a period, parties, overall
// goals or focus areas), not only delaftaler.
bool HasStrategicAgreement(const model::Plan& plan);

}  // namespace helhed::rules
