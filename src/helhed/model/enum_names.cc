// SPDX-License-Identifier: Apache-2.0
// Name tables for the model enums. The names are the format's contract
// (docs/plan-format.md); changing one is a new format id.
#include "helhed/model/enum_names.h"

namespace helhed::model {

#define HELHED_ENUM_TABLE(Type, ...)                        \
  template <>                                               \
  std::span<const EnumName<Type>> EnumNames<Type>() {       \
    static constexpr EnumName<Type> kNames[] = {__VA_ARGS__}; \
    return kNames;                                          \
  }

HELHED_ENUM_TABLE(Unit,
                  {Unit::kShare, "share"}, {Unit::kGrade, "grade"}, {Unit::kCount, "count"},
                  {Unit::kCaseCount, "case_count"}, {Unit::kRatePer100, "rate_per_100"},
                  {Unit::kRatePer1000, "rate_per_1000"}, {Unit::kAmountDkk, "amount_dkk"},
                  {Unit::kHoursPerWeek, "hours_per_week"},
                  {Unit::kPercentOfPosition, "percent_of_position"}, {Unit::kFte, "fte"},
                  {Unit::kNumber, "number"})

HELHED_ENUM_TABLE(ValueStatus,
                  {ValueStatus::kNotAvailable, "not_available"},
                  {ValueStatus::kSuppressed, "suppressed"},
                  {ValueStatus::kNotMeasured, "not_measured"},
                  {ValueStatus::kPending, "pending"},
                  {ValueStatus::kNotApplicable, "not_applicable"})

HELHED_ENUM_TABLE(PartyKind,
                  {PartyKind::kHousingOrg, "housing_org"},
                  {PartyKind::kMunicipality, "municipality"}, {PartyKind::kPolice, "police"},
                  {PartyKind::kJobcenter, "jobcenter"}, {PartyKind::kSsp, "ssp"},
                  {PartyKind::kNgo, "ngo"}, {PartyKind::kBusiness, "business"},
                  {PartyKind::kOther, "other"})

HELHED_ENUM_TABLE(HousingAreaKind,
                  {HousingAreaKind::kBoligomraade, "boligomraade"},
                  {HousingAreaKind::kZone, "zone"})

HELHED_ENUM_TABLE(BodyKind,
                  {BodyKind::kBoard, "board"}, {BodyKind::kSecretariat, "secretariat"},
                  {BodyKind::kSteeringGroup, "steering_group"},
                  {BodyKind::kWorkingGroup, "working_group"}, {BodyKind::kForum, "forum"},
                  {BodyKind::kOther, "other"})

HELHED_ENUM_TABLE(BaselineScope,
                  {BaselineScope::kPlan, "plan"},
                  {BaselineScope::kBoligomraade, "boligomraade"},
                  {BaselineScope::kZone, "zone"}, {BaselineScope::kAfdeling, "afdeling"},
                  {BaselineScope::kTargetGroup, "target_group"},
                  {BaselineScope::kSchool, "school"}, {BaselineScope::kKommune, "kommune"},
                  {BaselineScope::kPolitikreds, "politikreds"},
                  {BaselineScope::kRegion, "region"}, {BaselineScope::kLand, "land"},
                  {BaselineScope::kPopulation, "population"})

HELHED_ENUM_TABLE(ElectionType,
                  {ElectionType::kKommunalvalg, "kommunalvalg"},
                  {ElectionType::kFolketingsvalg, "folketingsvalg"})

HELHED_ENUM_TABLE(TargetDirection,
                  {TargetDirection::kIncrease, "increase"},
                  {TargetDirection::kDecrease, "decrease"},
                  {TargetDirection::kHold, "hold"})

HELHED_ENUM_TABLE(ChangeKind,
                  {ChangeKind::kRelative, "relative"}, {ChangeKind::kAbsolute, "absolute"})

HELHED_ENUM_TABLE(Financing,
                  {Financing::kLbf, "lbf"}, {Financing::kLocal, "local"},
                  {Financing::kLocalInKind, "local_in_kind"},
                  {Financing::kThirdParty, "third_party"})

HELHED_ENUM_TABLE(BudgetCategory,
                  {BudgetCategory::kStaff, "staff"},
                  {BudgetCategory::kActivities, "activities"},
                  {BudgetCategory::kSecretariat, "secretariat"},
                  {BudgetCategory::kEvaluation, "evaluation"},
                  {BudgetCategory::kOther, "other"})

HELHED_ENUM_TABLE(MilestoneStatus,
                  {MilestoneStatus::kPlanned, "planned"}, {MilestoneStatus::kDone, "done"},
                  {MilestoneStatus::kDelayed, "delayed"},
                  {MilestoneStatus::kCancelled, "cancelled"})

HELHED_ENUM_TABLE(ActivityStatus,
                  {ActivityStatus::kPlanned, "planned"}, {ActivityStatus::kRunning, "running"},
                  {ActivityStatus::kPaused, "paused"}, {ActivityStatus::kDone, "done"},
                  {ActivityStatus::kStopped, "stopped"})

HELHED_ENUM_TABLE(PathKind,
                  {PathKind::kWithPoliceCase, "with_police_case"},
                  {PathKind::kWithoutPoliceCase, "without_police_case"})

HELHED_ENUM_TABLE(Audience,
                  {Audience::kMedier, "medier"}, {Audience::kBeboere, "beboere"},
                  {Audience::kSamarbejdspartnere, "samarbejdspartnere"})

HELHED_ENUM_TABLE(AttachmentKind,
                  {AttachmentKind::kReportingForm, "reporting_form"},
                  {AttachmentKind::kOrganisationDiagram, "organisation_diagram"},
                  {AttachmentKind::kMap, "map"}, {AttachmentKind::kBudget, "budget"},
                  {AttachmentKind::kMilestonePlan, "milestone_plan"},
                  {AttachmentKind::kOther, "other"})

HELHED_ENUM_TABLE(AttachmentStatus,
                  {AttachmentStatus::kPresent, "present"},
                  {AttachmentStatus::kReferenced, "referenced"})

#undef HELHED_ENUM_TABLE

}  // namespace helhed::model
