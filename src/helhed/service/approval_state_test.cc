// SPDX-License-Identifier: Apache-2.0
// Approval states per domain README §5: a delaftale change is approved by the
// board's decision; strategic agreement and budget changes wait for LBF.
#include "helhed/service/approval_state.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace helhed::service {
namespace {

using store::Approver;
using store::PartChange;

const PartChange kStrategic{"strategic_agreement", "", Approver::kLbf, true, false};
const PartChange kBeskaeftigelse{"sub_agreement", "Beskæftigelse", Approver::kBoard, false, false};
const PartChange kBudget{"budget", "", Approver::kLbf, true, false};
const PartChange kKommissorium{"terms_of_reference", "", Approver::kLbf, true, true};

std::vector<store::RevisionInfo> Revisions() {
  auto rev = [](int n, std::vector<PartChange> changes) {
    store::RevisionInfo info;
    info.plan_id = 1;
    info.revision = n;
    info.changes = std::move(changes);
    return info;
  };
  return {rev(1, {kStrategic, kBeskaeftigelse, kBudget}), rev(2, {kBeskaeftigelse}), rev(3, {kBudget})};
}

store::Approval Decision(int revision, Approver approver, Date date, std::string ref) {
  return store::Approval{1, revision, approver, date, std::move(ref), "anna", {}};
}

TEST(ApprovalStateTest, NothingDecidedMeansEverythingPending) {
  const ApprovalStatus status = ComputeApprovalStatus(Revisions(), {});
  EXPECT_EQ(status.latest_approved, std::nullopt);
  ASSERT_EQ(status.pending.size(), 5u);
  EXPECT_EQ(ChangeStateText(status.pending[0]), "afventer LBF-godkendelse");
  EXPECT_EQ(ChangeStateText(status.pending[1]), "afventer bestyrelsens godkendelse");
}

TEST(ApprovalStateTest, BoardApprovesDelaftaleButBudgetWaitsForLbf) {
  const std::vector<store::Approval> decisions = {
      Decision(1, Approver::kBoard, Date(2024, 3, 14), "Bestyrelsesmøde 1"),
      Decision(1, Approver::kLbf, Date(2024, 4, 2), "LBF j.nr. 117"),
      Decision(2, Approver::kBoard, Date(2024, 6, 10), "Bestyrelsesmøde 2"),
  };
  const ApprovalStatus status = ComputeApprovalStatus(Revisions(), decisions);
  EXPECT_THAT(status.revision_approved, ::testing::ElementsAre(true, true, false));
  EXPECT_EQ(status.latest_approved, 2);
  ASSERT_EQ(status.pending.size(), 1u);
  EXPECT_EQ(status.pending[0].revision, 3);
  EXPECT_EQ(status.pending[0].change, kBudget);
  EXPECT_EQ(ChangeStateText(status.changes[1][0]), "godkendt af bestyrelsen 10.06.2024 (Bestyrelsesmøde 2)");
  EXPECT_EQ(ChangeStateText(status.changes[0][0]), "godkendt af LBF 02.04.2024 (LBF j.nr. 117)");
}

TEST(ApprovalStateTest, AsOfCountsOnlyDecisionsMadeByThen) {
  const std::vector<store::Approval> decisions = {
      Decision(1, Approver::kBoard, Date(2024, 3, 14), "Bestyrelsesmøde 1"),
      Decision(1, Approver::kLbf, Date(2024, 4, 2), "LBF j.nr. 117"),
      Decision(2, Approver::kBoard, Date(2024, 6, 10), "Bestyrelsesmøde 2"),
  };
  const ApprovalStatus may = ComputeApprovalStatus(Revisions(), decisions, Date(2024, 5, 1));
  EXPECT_EQ(may.latest_approved, 1);
  ASSERT_EQ(may.pending.size(), 2u);
  EXPECT_EQ(may.pending[0].change, kBeskaeftigelse);
  const ApprovalStatus march = ComputeApprovalStatus(Revisions(), decisions, Date(2024, 3, 31));
  EXPECT_EQ(march.latest_approved, std::nullopt);  // LBF had not yet approved revision 1
}

// An approval of an older revision does not approve a later change to the
// same approver's parts.
TEST(ApprovalStateTest, ApprovingAnOlderRevisionLeavesLaterChangesPending) {
  const std::vector<store::Approval> decisions = {
      Decision(1, Approver::kBoard, Date(2024, 3, 14), "Møde 1"),
      Decision(1, Approver::kLbf, Date(2024, 4, 2), "LBF 1"),
  };
  const ApprovalStatus status = ComputeApprovalStatus(Revisions(), decisions);
  EXPECT_THAT(status.revision_approved, ::testing::ElementsAre(true, false, false));
  EXPECT_EQ(status.latest_approved, 1);
}

TEST(ApprovalStateTest, KommissoriumNeedsBoardConsensusThenLbf) {
  store::RevisionInfo info;
  info.revision = 1;
  info.changes = {kKommissorium};
  const ApprovalStatus status = ComputeApprovalStatus({info}, {});
  ASSERT_EQ(status.pending.size(), 1u);
  EXPECT_EQ(ChangeStateText(status.pending[0]), "afventer LBF-godkendelse (efter bestyrelsens enstemmige vedtagelse)");
}

}  // namespace
}  // namespace helhed::service
