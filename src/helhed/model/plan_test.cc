// SPDX-License-Identifier: Apache-2.0
// Tests of the model's value semantics: equality sees every field, and an
// absent optional key differs from a present empty one (invariant 1 in plan.h).
#include "helhed/model/plan.h"

#include <gtest/gtest.h>

namespace helhed::model {
namespace {

TEST(PlanTest, AbsentAndEmptyOptionalKeysDiffer) {
  Plan absent;
  absent.name = "Den Bydækkende Helhedsplan";
  absent.grant_frame = "2019-26";
  Plan empty = absent;
  empty.milestones.emplace();
  empty.vision = "";
  EXPECT_NE(absent, empty);
  empty.milestones.reset();
  EXPECT_NE(absent, empty);
  empty.vision.reset();
  EXPECT_EQ(absent, empty);
}

TEST(PlanTest, EqualityReachesNestedValues) {
  Plan first;
  first.name = "Plan";
  first.grant_frame = "2019-26";
  SubAgreement sub_agreement;
  sub_agreement.focus_area = "Beskæftigelse";
  Goal goal;
  goal.text = "Flere i job";
  Indicator indicator;
  indicator.name = "Andel i beskæftigelse";
  Baseline baseline;
  baseline.scope = BaselineScope::kZone;
  baseline.value.unit = Unit::kShare;
  baseline.value.value = 22.1;
  indicator.baselines = std::vector<Baseline>{baseline};
  goal.indicators = std::vector<Indicator>{indicator};
  sub_agreement.goals = std::vector<Goal>{goal};
  first.sub_agreements = std::vector<SubAgreement>{sub_agreement};

  Plan second = first;
  EXPECT_EQ(first, second);
  (*(*(*second.sub_agreements)[0].goals)[0].indicators)[0].baselines->at(0).value.value = 22.2;
  EXPECT_NE(first, second);
}

}  // namespace
}  // namespace helhed::model
