// SPDX-License-Identifier: Apache-2.0
// Which approvable parts a change touches (domain README §5 routing).
#include "helhed/plandiff/plan_part.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace helhed::plandiff {
namespace {

using ::helhed::testing::StatusIs;
using ::testing::ElementsAre;

constexpr std::string_view kBase = R"({
  "format": "helhed/plan@1", "name": "Helhedsplan", "vision": "Trygt",
  "sub_agreements": [
    {"focus_area": "Beskæftigelse", "goals": [{"text": "Flere i job"}]},
    {"focus_area": "Kriminalitetsforebyggelse", "goals": []}
  ],
  "budget": {"stated_total_dkk": 1000},
  "milestones": [{"date": "2024-01-01", "title": "Start", "status": "done"}]
})";

TEST(ChangedPartsTest, NewPlanChangesEveryPresentPart) {
  ASSERT_OK_AND_ASSIGN(auto parts, ChangedParts("", kBase));
  EXPECT_THAT(parts, ElementsAre(ChangedPart{PlanPart::kStrategicAgreement, ""},
                                 ChangedPart{PlanPart::kSubAgreement, "Beskæftigelse"},
                                 ChangedPart{PlanPart::kSubAgreement, "Kriminalitetsforebyggelse"},
                                 ChangedPart{PlanPart::kBudget, ""}, ChangedPart{PlanPart::kMilestones, ""}));
}

TEST(ChangedPartsTest, DelaftaleChangeIsOnlyThatDelaftale) {
  std::string after(kBase);
  after.replace(after.find("Flere i job"), 11, "Flere i arbejde");
  ASSERT_OK_AND_ASSIGN(auto parts, ChangedParts(kBase, after));
  EXPECT_THAT(parts, ElementsAre(ChangedPart{PlanPart::kSubAgreement, "Beskæftigelse"}));
}

TEST(ChangedPartsTest, VisionAndBudgetAreStrategicAndBudget) {
  std::string after(kBase);
  after.replace(after.find("Trygt"), 5, "Tryg by");
  after.replace(after.find("1000"), 4, "2000");
  ASSERT_OK_AND_ASSIGN(auto parts, ChangedParts(kBase, after));
  EXPECT_THAT(parts, ElementsAre(ChangedPart{PlanPart::kStrategicAgreement, ""}, ChangedPart{PlanPart::kBudget, ""}));
}

TEST(ChangedPartsTest, RemovedDelaftaleAndAddedKommissorium) {
  const std::string after = R"({
  "format": "helhed/plan@1", "name": "Helhedsplan", "vision": "Trygt",
  "sub_agreements": [{"focus_area": "Beskæftigelse", "goals": [{"text": "Flere i job"}]}],
  "budget": {"stated_total_dkk": 1000},
  "milestones": [{"date": "2024-01-01", "title": "Start", "status": "done"}],
  "terms_of_reference": {"purpose": "Bestyrelsen leder indsatsen"}
})";
  ASSERT_OK_AND_ASSIGN(auto parts, ChangedParts(kBase, after));
  EXPECT_THAT(parts, ElementsAre(ChangedPart{PlanPart::kSubAgreement, "Kriminalitetsforebyggelse"},
                                 ChangedPart{PlanPart::kTermsOfReference, ""}));
}

TEST(ChangedPartsTest, RejectsTextThatIsNotAnObject) {
  EXPECT_THAT(ChangedParts(kBase, "[1, 2]"), StatusIs(StatusCode::kInvalidArgument));
  EXPECT_THAT(ChangedParts("{", kBase), StatusIs(StatusCode::kInvalidArgument));
}

TEST(PartLabelTest, DanishNames) {
  EXPECT_EQ(PartLabel(PlanPart::kSubAgreement, "Beskæftigelse"), "Delaftale Beskæftigelse");
  EXPECT_EQ(PartLabel("terms_of_reference", ""), "Kommissorium");
  EXPECT_EQ(PartLabel("strategic_agreement", ""), "Strategisk samarbejdsaftale");
  EXPECT_EQ(ParsePlanPart("preparedness_plan"), PlanPart::kPreparednessPlan);
  EXPECT_EQ(ParsePlanPart("delaftale"), std::nullopt);
}

}  // namespace
}  // namespace helhed::plandiff
