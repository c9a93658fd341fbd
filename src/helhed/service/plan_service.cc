// SPDX-License-Identifier: Apache-2.0
// Plan use cases over the store: the codec makes every saved text canonical,
// plandiff finds the changed parts, the grant-frame pack routes them.
#include "helhed/service/plan_service.h"

#include <algorithm>

#include <fmt/format.h>

#include "helhed/base/status_macros.h"
#include "helhed/plandiff/plan_diff.h"
#include "helhed/plandiff/plan_part.h"
#include "helhed/planfile/plan_json.h"
#include "helhed/rules/pack_loader.h"
#include "helhed/service/indicator_keys.h"

namespace helhed::service {
namespace {

struct CanonicalPlan {
  std::string text;
  std::string name;
  std::string grant_frame;
  model::Plan keyed;
};

StatusOr<model::Plan> ParseForSaving(std::string_view plan_text) {
  StatusOr<model::Plan> plan = planfile::ParsePlanJson(plan_text);
  if (!plan.ok()) return InvalidArgumentError("Planen kan ikke gemmes: " + plan.status().message());
  return plan;
}

// The text saved for `plan` as revision `revision` on top of `base`: every
// indicator keyed (service/indicator_keys.h), written canonically.
StatusOr<CanonicalPlan> Canonicalise(model::Plan plan, const model::Plan* base, int revision) {
  if (Status keyed = AssignIndicatorKeys(base, revision, plan); !keyed.ok()) {
    return InvalidArgumentError("Planen kan ikke gemmes: " + keyed.message());
  }
  std::string text = planfile::WritePlanJson(plan);
  std::string name = plan.name;
  std::string grant_frame = plan.grant_frame;
  return CanonicalPlan{std::move(text), std::move(name), std::move(grant_frame), std::move(plan)};
}

std::string RevisionLine(const store::RevisionInfo& info) {
  return fmt::format("revision {}, gemt {} af {} (\"{}\")", info.revision, store::FormatTimestampDanish(info.time),
                     info.author, info.message);
}

std::string PendingLines(const std::vector<ChangeState>& pending) {
  std::string out;
  for (const auto& state : pending) {
    out += fmt::format("  - {} (revision {}): {}\n", plandiff::PartLabel(state.change.part, state.change.focus_area),
                       state.revision, ChangeStateText(state));
  }
  return out;
}

}  // namespace

StatusOr<std::vector<store::PartChange>> RouteChanges(const std::filesystem::path& data_dir,
                                                      std::string_view grant_frame, std::string_view before,
                                                      std::string_view after) {
  HELHED_ASSIGN_OR_RETURN(std::vector<plandiff::ChangedPart> parts, plandiff::ChangedParts(before, after));
  HELHED_ASSIGN_OR_RETURN(rules::GrantFramePack pack, rules::LoadGrantFramePack(data_dir, grant_frame));
  std::vector<store::PartChange> changes;
  for (const plandiff::ChangedPart& part : parts) {
    const std::string name(plandiff::PlanPartName(part.part));
    const auto route = std::find_if(pack.approval_routing.begin(), pack.approval_routing.end(),
                                    [&](const rules::ApprovalRoute& r) { return r.part == name; });
    if (route == pack.approval_routing.end()) {
      return FailedPreconditionError(fmt::format("Puljen {} angiver ikke, hvem der godkender ændringer i {} "
                                                 "(approval_routing i data/grant-frames/{}.json).",
                                                 pack.id, plandiff::PartLabel(part.part, part.focus_area), pack.id));
    }
    const std::optional<store::Approver> approver = store::ParseApprover(route->approver);
    if (!approver) {
      return FailedPreconditionError(
          fmt::format("Puljen {} har en ukendt godkender \"{}\" for {}.", pack.id, route->approver, name));
    }
    changes.push_back(store::PartChange{name, part.focus_area, *approver, route->lbf_notified,
                                        route->requires_board_consensus});
  }
  return changes;
}

StatusOr<store::RevisionInfo> AddPlan(store::Store& store, const std::filesystem::path& data_dir,
                                      std::string_view plan_text, std::string_view author,
                                      std::string_view message) {
  HELHED_ASSIGN_OR_RETURN(model::Plan parsed, ParseForSaving(plan_text));
  HELHED_ASSIGN_OR_RETURN(CanonicalPlan plan, Canonicalise(std::move(parsed), nullptr, 1));
  HELHED_ASSIGN_OR_RETURN(std::vector<store::PartChange> changes, RouteChanges(data_dir, plan.grant_frame, "", plan.text));
  return store.CreatePlan(store::NewRevision{std::string(author), std::string(message), plan.text, plan.name,
                                             plan.grant_frame, std::move(changes)});
}

StatusOr<store::RevisionInfo> UpdatePlan(store::Store& store, const std::filesystem::path& data_dir,
                                         store::PlanId plan_id, int base_revision, std::string_view plan_text,
                                         std::string_view author, std::string_view message) {
  HELHED_ASSIGN_OR_RETURN(model::Plan parsed, ParseForSaving(plan_text));
  HELHED_ASSIGN_OR_RETURN(store::Revision base, store.GetRevision(plan_id, base_revision));
  StatusOr<model::Plan> base_plan = planfile::ParsePlanJson(base.plan_json);
  if (!base_plan.ok()) {
    return DataLossError(fmt::format("Revision {} af plan {} kan ikke læses: {}", base_revision, plan_id,
                                     base_plan.status().message()));
  }
  // A base saved before indicators had keys is compared with its keys made
  // explicit, so that keying it is not a change of its own.
  HELHED_ASSIGN_OR_RETURN(const CanonicalPlan keyed_base, Canonicalise(*base_plan, nullptr, base_revision));
  HELHED_ASSIGN_OR_RETURN(CanonicalPlan plan, Canonicalise(std::move(parsed), &keyed_base.keyed, base_revision + 1));
  if (keyed_base.text == plan.text) {
    return FailedPreconditionError(fmt::format(
        "Planen er den samme som revision {}; der er intet nyt at gemme.", base_revision));
  }
  HELHED_ASSIGN_OR_RETURN(std::vector<store::PartChange> changes,
                          RouteChanges(data_dir, plan.grant_frame, base.plan_json, plan.text));
  // The store re-checks the base inside its transaction; a race ends there as kAborted.
  return store.SaveRevision(plan_id, base_revision,
                            store::NewRevision{std::string(author), std::string(message), plan.text, plan.name,
                                               plan.grant_frame, std::move(changes)});
}

StatusOr<PlanSnapshot> ShowPlan(store::Store& store, store::PlanId plan_id, std::optional<Date> as_of,
                                bool approved) {
  PlanSnapshot snapshot;
  snapshot.as_of = as_of;
  snapshot.approved_version = approved;
  HELHED_ASSIGN_OR_RETURN(snapshot.summary, store.GetPlan(plan_id));
  HELHED_ASSIGN_OR_RETURN(std::vector<store::RevisionInfo> revisions, store.ListRevisions(plan_id));
  HELHED_ASSIGN_OR_RETURN(std::vector<store::Approval> approvals, store.ListApprovals(plan_id));
  // Only what existed on the date counts: revisions saved and decisions dated by then.
  if (as_of) {
    const store::Timestamp end = store::EndOfDay(*as_of);
    revisions.erase(std::remove_if(revisions.begin(), revisions.end(),
                                   [&](const store::RevisionInfo& r) { return r.time > end; }),
                    revisions.end());
    if (revisions.empty()) {
      return NotFoundError(fmt::format("Plan {} fandtes ikke endnu {}; den blev oprettet {}.", plan_id,
                                       as_of->ToDanishNumeric(),
                                       store::FormatTimestampDanish(snapshot.summary.created)));
    }
  }
  snapshot.approval = ComputeApprovalStatus(revisions, approvals, as_of);
  int wanted = revisions.back().revision;
  if (approved) {
    if (!snapshot.approval.latest_approved) {
      return NotFoundError(as_of ? fmt::format("Plan {} havde ingen godkendt version pr. {}.", plan_id,
                                               as_of->ToDanishNumeric())
                                 : fmt::format("Plan {} har endnu ingen godkendt version.", plan_id));
    }
    wanted = *snapshot.approval.latest_approved;
  }
  HELHED_ASSIGN_OR_RETURN(snapshot.revision, store.GetRevision(plan_id, wanted));
  return snapshot;
}

std::string FormatPlanSnapshot(const PlanSnapshot& s) {
  std::string out = fmt::format("Plan {}: {}\nPulje: {}\n", s.summary.id, s.summary.name, s.summary.grant_frame);
  const std::string when = s.as_of ? fmt::format(" pr. {}", s.as_of->ToDanishNumeric()) : "";
  if (s.approved_version) {
    out += fmt::format("Viser den seneste godkendte version{}: {}\n", when, RevisionLine(s.revision.info));
  } else if (s.as_of) {
    out += fmt::format("Viser planen, som den var gemt{}: {}\n", when, RevisionLine(s.revision.info));
  } else {
    out += fmt::format("Viser den seneste revision: {}\n", RevisionLine(s.revision.info));
  }
  const int newest = static_cast<int>(s.approval.revision_approved.size());
  if (!s.as_of && newest < s.summary.head_revision) {
    out += fmt::format("Seneste revision i alt: {}\n", s.summary.head_revision);
  }
  if (s.approval.latest_approved) {
    out += fmt::format("Godkendt version{}: revision {}\n", when, *s.approval.latest_approved);
  } else {
    out += fmt::format("Godkendt version{}: ingen endnu\n", when);
  }
  if (s.approval.pending.empty()) {
    out += "Afventer: intet\n";
  } else {
    out += fmt::format("Afventer ({}):\n", s.approval.pending.size());
    out += PendingLines(s.approval.pending);
  }
  StatusOr<std::vector<plandiff::ChangedPart>> parts = plandiff::ChangedParts("", s.revision.plan_json);
  if (parts.ok()) {
    std::string subs;
    for (const auto& part : *parts) {
      if (part.part == plandiff::PlanPart::kSubAgreement) subs += "  - " + part.focus_area + "\n";
    }
    if (!subs.empty()) out += "Delaftaler:\n" + subs;
  }
  return out;
}

StatusOr<std::string> PlanHistoryText(store::Store& store, store::PlanId plan_id) {
  HELHED_ASSIGN_OR_RETURN(store::PlanSummary summary, store.GetPlan(plan_id));
  HELHED_ASSIGN_OR_RETURN(std::vector<store::RevisionInfo> revisions, store.ListRevisions(plan_id));
  HELHED_ASSIGN_OR_RETURN(std::vector<store::Approval> approvals, store.ListApprovals(plan_id));
  const ApprovalStatus status = ComputeApprovalStatus(revisions, approvals);
  std::string out = fmt::format("Plan {}: {}\n", summary.id, summary.name);
  for (std::size_t idx = 0; idx < revisions.size(); ++idx) {
    const store::RevisionInfo& info = revisions[idx];
    std::string mark;
    if (status.latest_approved == info.revision) {
      mark = " [seneste godkendte version]";
    } else if (status.revision_approved[idx]) {
      mark = " [godkendt version]";
    }
    out += fmt::format("\nRevision {}{}\n  Gemt {} af {}: \"{}\"\n", info.revision, mark,
                       store::FormatTimestampDanish(info.time), info.author, info.message);
    for (const ChangeState& state : status.changes[idx]) {
      out += fmt::format("  {}: {}\n", plandiff::PartLabel(state.change.part, state.change.focus_area),
                         ChangeStateText(state));
    }
    for (const store::Approval& approval : approvals) {
      if (approval.revision != info.revision) continue;
      out += fmt::format("  Beslutning: {} godkendte revision {} den {} ({}); registreret af {}\n",
                         approval.approver == store::Approver::kBoard ? "Bestyrelsen" : "LBF", approval.revision,
                         approval.decision_date.ToDanishNumeric(), approval.reference, approval.recorded_by);
    }
  }
  out += "\n";
  out += status.latest_approved ? fmt::format("Godkendt version: revision {}\n", *status.latest_approved)
                                : std::string("Godkendt version: ingen endnu\n");
  if (status.pending.empty()) {
    out += "Afventer: intet\n";
  } else {
    out += fmt::format("Afventer ({}):\n", status.pending.size()) + PendingLines(status.pending);
  }
  return out;
}

StatusOr<std::vector<std::string>> DiffRevisions(store::Store& store, store::PlanId plan_id, int from, int to) {
  HELHED_ASSIGN_OR_RETURN(store::Revision a, store.GetRevision(plan_id, from));
  HELHED_ASSIGN_OR_RETURN(store::Revision b, store.GetRevision(plan_id, to));
  StatusOr<std::vector<std::string>> lines = plandiff::DiffPlans(a.plan_json, b.plan_json);
  if (!lines.ok()) return DataLossError("En gemt revision kan ikke læses: " + lines.status().message());
  return lines;
}

Status ApproveRevision(store::Store& store, store::PlanId plan_id, int revision, store::Approver approver,
                       const Date& decision_date, std::string_view reference, std::string_view recorded_by) {
  if (reference.empty()) {
    return InvalidArgumentError(approver == store::Approver::kBoard
                                    ? "Angiv bestyrelsesmødet med --meeting (fx \"Bestyrelsesmøde 14.03.2024, pkt. 4\")."
                                    : "Angiv LBF's reference med --reference (fx journalnummeret).");
  }
  HELHED_ASSIGN_OR_RETURN(store::PlanSummary summary, store.GetPlan(plan_id));
  if (revision < 1 || revision > summary.head_revision) {
    return NotFoundError(fmt::format("Plan {} har ingen revision {} (den seneste er {}).", plan_id, revision,
                                     summary.head_revision));
  }
  HELHED_ASSIGN_OR_RETURN(std::vector<store::RevisionInfo> revisions, store.ListRevisions(plan_id));
  HELHED_ASSIGN_OR_RETURN(std::vector<store::Approval> approvals, store.ListApprovals(plan_id));
  const ApprovalStatus status = ComputeApprovalStatus(revisions, approvals);
  const bool awaits = std::any_of(status.pending.begin(), status.pending.end(), [&](const ChangeState& state) {
    return state.change.approver == approver && state.revision <= revision;
  });
  if (!awaits) {
    return FailedPreconditionError(fmt::format("Intet i revision {} af plan {} afventer {} godkendelse.", revision,
                                               plan_id, approver == store::Approver::kBoard ? "bestyrelsens" : "LBF's"));
  }
  return store.RecordApproval(
      store::Approval{plan_id, revision, approver, decision_date, std::string(reference), std::string(recorded_by), {}});
}

}  // namespace helhed::service
