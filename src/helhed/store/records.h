// SPDX-License-Identifier: Apache-2.0
// The rows the store keeps: plans and their revisions, approvals, indicator
// measurements, org units, users, memberships, sessions and the audit log.
// Plain structs; the Store interface (store.h) reads and writes them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "helhed/base/date.h"
#include "helhed/store/clock.h"

namespace helhed::store {

using PlanId = std::int64_t;

// Who must approve a change to a part of the plan (from the grant-frame pack).
enum class Approver { kBoard, kLbf };
std::string_view ApproverName(Approver a);  // "board" / "lbf"
std::optional<Approver> ParseApprover(std::string_view name);

// One part of the plan that a revision changed, with its routing as it was
// when the revision was saved (so later pack changes do not rewrite history).
// `part` is a plandiff part name ("sub_agreement", "budget", ...).
struct PartChange {
  std::string part;
  std::string focus_area;  // set for part == "sub_agreement"
  Approver approver = Approver::kBoard;
  bool lbf_notified = false;
  bool requires_board_consensus = false;
  friend bool operator==(const PartChange&, const PartChange&) = default;
};

// What a caller hands the store to save.
struct NewRevision {
  std::string author;
  std::string message;
  std::string plan_json;  // canonical helhed/plan@1 text
  std::string plan_name;  // the plan's "name", for listings
  std::string grant_frame;
  std::vector<PartChange> changes;  // parts that differ from the parent
};

struct RevisionInfo {
  PlanId plan_id = 0;
  int revision = 0;
  std::optional<int> parent;  // absent for the first revision
  std::string author;
  Timestamp time{};
  std::string message;
  std::vector<PartChange> changes;
};

struct Revision {
  RevisionInfo info;
  std::string plan_json;
};

struct PlanSummary {
  PlanId id = 0;
  std::string name;
  std::string grant_frame;
  int head_revision = 0;
  Timestamp created{};
  Timestamp updated{};
};

// A recorded decision: the board's (meeting reference) or LBF's (letter or
// case reference) approval of the plan as it stands in `revision`.
struct Approval {
  PlanId plan_id = 0;
  int revision = 0;
  Approver approver = Approver::kBoard;
  Date decision_date{1970, 1, 1};
  std::string reference;
  std::string recorded_by;
  Timestamp recorded_at{};  // set by the store
  friend bool operator==(const Approval&, const Approval&) = default;
};

// Level of an org unit in the geography of a plan.
enum class OrgLevel { kHousingOrg, kAfdeling, kBoligomraade, kZone, kPlan, kKommune, kRegion, kLand };
std::string_view OrgLevelName(OrgLevel level);  // "boligorganisation", "afdeling", ...
std::optional<OrgLevel> ParseOrgLevel(std::string_view name);

struct OrgUnit {
  std::string id;
  std::string name;
  OrgLevel level = OrgLevel::kAfdeling;
  std::optional<std::string> parent;
  friend bool operator==(const OrgUnit&, const OrgUnit&) = default;
};

// How a measurement was produced: enough to reproduce it.
struct Provenance {
  std::string input_checksum;
  std::string engine_version;
  std::string parameters;  // JSON text
  friend bool operator==(const Provenance&, const Provenance&) = default;
};

// An indicator's value for one org unit and period; shares keep numerator and
// denominator. Unique per (indicator, org unit, period).
struct Measurement {
  std::string indicator;
  std::string org_unit;
  std::string period;  // "2024", "2024-01-01", a school year "2023/2024"
  std::optional<double> numerator;
  std::optional<double> denominator;
  std::optional<double> value;
  std::optional<double> ci_low;
  std::optional<double> ci_high;
  std::string status;  // "ok", "suppressed", "not_available", ...
  std::string source;
  Provenance provenance;
  friend bool operator==(const Measurement&, const Measurement&) = default;
};

// One area's § 61 a classification for one list year, as `helhed lists
// --store` computed it. Unique per (area, list year); storing again replaces.
struct ListResult {
  int list_year = 0;
  std::string area_id;  // the areas file's unit id, or the criteria table's area_id
  std::string area_name;
  std::string category;  // "none", "forebyggelse", "udsat", "parallelsamfund", "omdannelse", "uafklaret"
  std::string origin;    // "register" or "kriterietabel"
  // The area as a helhed/lists@1 document with this one area
  // (docs/lists.md): criteria, values, thresholds, distances, earlier years.
  std::string result_json;
  std::string stored_by;
  Timestamp stored_at{};  // set by the store
  Provenance provenance;
  friend bool operator==(const ListResult&, const ListResult&) = default;
};

// A plan's locally measured indicator given to a user (a partner) to enter
// values for. `indicator_key` is the indicator's key in the plan, kept
// across revisions (service/indicator_keys.h), e.g. "d2m3i1". Unique per
// (plan, key, login).
struct IndicatorAssignment {
  PlanId plan_id = 0;
  std::string indicator_key;
  std::string login;
  std::string indicator_name;  // the plan's wording when it was assigned
  std::string assigned_by;
  Timestamp assigned_at{};  // set by the store
  friend bool operator==(const IndicatorAssignment&, const IndicatorAssignment&) = default;
};

// One value entered by hand (lokal indtastning) for an indicator, unit and
// period. Entries are never overwritten: a correction is the next version.
struct LocalEntry {
  PlanId plan_id = 0;
  std::string indicator_key;
  std::string org_unit;  // a measurement unit id, "zone:zone-1"
  std::string period;    // "2025"
  int version = 0;       // set by the store: 1, 2, ...
  std::string unit_kind;  // the plan's unit name: "count", "share", "grade", ...
  std::optional<double> numerator;
  std::optional<double> denominator;
  std::optional<double> value;
  std::string source;  // where the number comes from, as the partner wrote it
  std::string note;
  std::string entered_by;
  Timestamp entered_at{};  // set by the store
  friend bool operator==(const LocalEntry&, const LocalEntry&) = default;
};

struct User {
  std::string login;
  std::string display_name;
  std::string password_hash;  // computed by the web layer; stored as given
  friend bool operator==(const User&, const User&) = default;
};

enum class Role { kAdmin, kSekretariat, kBestyrelse, kPartner, kLbf };
std::string_view RoleName(Role role);  // "admin", "sekretariat", ...
std::optional<Role> ParseRole(std::string_view name);

struct Membership {
  PlanId plan_id = 0;
  std::string login;
  Role role = Role::kSekretariat;
  friend bool operator==(const Membership&, const Membership&) = default;
};

struct Session {
  std::string token_hash;
  std::string login;
  Timestamp expires{};
  // The user's display name: filled by GetSession, ignored by CreateSession.
  std::string display_name;
  friend bool operator==(const Session&, const Session&) = default;
};

struct AuditEntry {
  std::int64_t id = 0;  // set by the store, increasing
  Timestamp time{};     // set by the store
  std::string user;
  std::string action;  // "plan.add", "plan.update", "plan.approve", ...
  std::string object;  // "plan/3", "user/mette"
  std::string detail;
};

}  // namespace helhed::store
