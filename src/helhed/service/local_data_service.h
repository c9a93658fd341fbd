// SPDX-License-Identifier: Apache-2.0
// Local data entry (lokal indtastning): a plan's indicators that the
// register does not measure (delmål indicators without a register link, and
// fixed indicators measured by survey, F7/F8) can be given to a partner, who
// enters a value per unit and year with its source. The value is validated
// (Danish messages per field), kept as a numbered version, and its published
// form (small counts suppressed as for register numbers) becomes the
// measurement the follow-up dashboards read. Used by the web pages and the
// JSON API alike.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/model/plan.h"
#include "helhed/model/value.h"
#include "helhed/store/records.h"
#include "helhed/store/store.h"

namespace helhed::service {

// A plan indicator that is measured locally, with its place in the plan.
struct LocalIndicator {
  // The indicator's key in the plan (service/indicator_keys.h), kept across
  // revisions: "d2m3i1" for one that was delaftale 2, delmål 3, indikator 1
  // when first saved.
  std::string key;
  std::string name;      // the plan's wording
  std::string context;   // "Beskæftigelse › Delmål 3: …" or "Mål 4: …"
  std::string follow_up;  // the dashboard, relative to the plan: "opfoelgning/delaftaler/2/delmaal/3"
  model::Unit unit = model::Unit::kNumber;  // what kind of value is entered
};

// Every indicator of the plan that no register indicator measures
// (service/indicator_links.h), in plan order: overall goals, then delaftaler.
StatusOr<std::vector<LocalIndicator>> LocalIndicators(const model::Plan& plan, const std::filesystem::path& data_dir);

// The one with `key`; kNotFound (Danish) when the plan has no such locally
// measured indicator.
StatusOr<LocalIndicator> FindLocalIndicator(const model::Plan& plan, const std::filesystem::path& data_dir,
                                            std::string_view key);

// The kind of value entered for an indicator: its unit, else the unit its
// baselines were written in, else a plain number.
model::Unit LocalUnitOf(const model::Indicator& indicator);

// The measurement indicator id of a plan's local indicator:
// "lokal:<plan id>:<key>". Plan units are named by the plan's own area ids,
// which repeat between plans, so the plan id keeps them apart.
std::string LocalMeasurementIndicator(store::PlanId plan_id, std::string_view key);

// A unit a value can be entered for: the whole plan, each boligområde and
// zone, each afdeling, as stored measurement units ("plan:1",
// "boligområde:omraade", "zone:zone-1", "afdeling:afd. 11"); parents first.
struct EntryUnit {
  store::OrgUnit unit;
  std::string label;  // "Zone 1 (zone)"
};
std::vector<EntryUnit> EntryUnits(const model::Plan& plan, store::PlanId plan_id);

// Danish name of the kind of value ("antal", "andel (tæller og nævner)", …).
std::string UnitKindDanish(model::Unit unit);

// An entered value as Danish text: "41,2 % (7 af 17)", "41", "1.250 kr.",
// "7,2" (the raw entry, for the partner's own pages; dashboards show the
// published measurement).
std::string LocalEntryValueText(const store::LocalEntry& entry);

// What the form or the API sent, as typed.
struct LocalEntryInput {
  std::string unit;         // an EntryUnit id
  std::string period;       // a year, "2025"
  std::string value;        // every kind but share
  std::string numerator;    // share
  std::string denominator;  // share
  std::string source;       // required
  std::string note;         // optional
  // The version the user saw as the newest and wants to replace; absent for
  // a first value.
  std::optional<int> replaces;
};

// A problem with one field; `field` is the form's field name ("enhed",
// "periode", "vaerdi", "taeller", "naevner", "kilde", "note").
struct FieldError {
  std::string field;
  std::string message;  // Danish
};

struct LocalEntryOutcome {
  std::vector<FieldError> errors;        // not empty: nothing was saved
  std::optional<store::LocalEntry> saved;  // set when saved
  std::string measurement_status;        // "ok" or "suppressed" (small counts), when saved
};

// Minimum count shown for a locally entered count or share, as for register
// numbers (indicators::kDefaultMinCell).
int LocalMinCell();

// Checks that `login` may enter values for `key`: an administrator may for
// every local indicator, anyone else only for one assigned to them.
// kPermissionDenied (Danish, naming the indicator) otherwise.
Status RequireMayEnter(store::Store& store, store::PlanId plan_id, const LocalIndicator& indicator,
                       std::string_view login, store::Role role);

// Validates `input` against the indicator's kind, the plan's units and
// period (a year inside the plan period, not after `today`) and, when it is
// valid, saves it (store::Store::SaveLocalEntry) with the measurement: the
// published numbers (a count, numerator, denominator or remainder below
// LocalMinCell() is suppressed), source as typed, provenance "lokal
// indtastning" with who, when and the version. Errors: the field problems
// in the outcome; kAlreadyExists when a value exists and `replaces` is
// absent, kAborted when `replaces` is not the newest version; store errors.
StatusOr<LocalEntryOutcome> EnterLocalValue(store::Store& store, const model::Plan& plan, store::PlanId plan_id,
                                            const LocalIndicator& indicator, const LocalEntryInput& input,
                                            std::string_view login, store::Timestamp now);

}  // namespace helhed::service
