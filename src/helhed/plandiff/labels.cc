// SPDX-License-Identifier: Apache-2.0
// The label tables. Words follow the LBF templates (docs/plan-format.md gives
// the template label for each key).
#include "helhed/plandiff/labels.h"

#include <array>
#include <utility>

namespace helhed::plandiff::internal {
namespace {

using Pair = std::pair<std::string_view, std::string_view>;

constexpr auto kKeyLabels = std::to_array<Pair>({
    {"format", "formatversion"},
    {"name", "navn"},
    {"grant_frame", "pulje"},
    {"municipality", "beliggenhedskommune"},
    {"code", "kode"},
    {"period", "periode"},
    {"start", "startdato"},
    {"end", "slutdato"},
    {"as_written", "periode som skrevet"},
    {"parties", "parter"},
    {"kind", "type"},
    {"contact", "kontakt"},
    {"signature", "underskrift"},
    {"signed_by", "underskrevet af"},
    {"date", "dato"},
    {"housing_areas", "boligområder"},
    {"afdelinger", "afdelinger"},
    {"housing_org", "boligorganisation"},
    {"households", "husstande"},
    {"residents", "beboere"},
    {"parent", "overordnet område"},
    {"description", "kort om boligområdet"},
    {"vision", "vision for boligområdet"},
    {"organisation", "organisering"},
    {"bodies", "organer"},
    {"meetings_per_year", "møder pr. år"},
    {"members", "medlemmer"},
    {"role", "rolle"},
    {"voting", "stemmeret"},
    {"chair", "formand"},
    {"municipal_interplay", "samspil med centrale tiltag og indsatser"},
    {"overall_goals", "overordnede mål"},
    {"goal_id", "mål-id"},
    {"text", "tekst"},
    {"focus_area", "indsatsområde"},
    {"focus_areas", "indsatsområder"},
    {"problem_statement", "problemkompleks"},
    {"summary", "resumé"},
    {"local_evaluation", "lokal evaluering"},
    {"revision", "revision af samarbejdsaftalen"},
    {"sub_agreements", "delaftaler"},
    {"plan_name", "indsatsens navn"},
    {"goals", "delmål"},
    {"indicators", "indikatorer"},
    {"indicator_id", "indikator-id"},
    {"unit", "enhed"},
    {"baselines", "baseline"},
    {"other_baselines", "anden baseline"},
    {"baseline_year", "baselineår"},
    {"election", "valg"},
    {"type", "type"},
    {"year", "år"},
    {"source", "datakilde"},
    {"target", "mål"},
    {"direction", "retning"},
    {"change", "ændring"},
    {"change_kind", "ændringstype"},
    {"level", "niveau"},
    {"by", "frist"},
    {"reference", "reference"},
    {"scope", "omfang"},
    {"area", "område"},
    {"value", "værdi"},
    {"numerator", "tæller"},
    {"denominator", "nævner"},
    {"status", "status"},
    {"until", "indtil"},
    {"note", "note"},
    {"activity_list", "aktivitetsliste"},
    {"activities", "aktiviteter"},
    {"purpose", "formål"},
    {"target_groups", "målgrupper"},
    {"content", "indhold og praksis"},
    {"actors", "aktører der inddrages"},
    {"responsibilities", "ansvars- og rollefordeling"},
    {"success_criteria", "succeskriterier"},
    {"data_source", "datakilde"},
    {"anchoring", "forankring"},
    {"status_note", "statusbemærkning"},
    {"staff", "medarbejderressourcer"},
    {"function", "funktion"},
    {"amount", "omfang"},
    {"financing", "finansiering"},
    {"shared_with", "delt med"},
    {"municipal_alignment", "sammenhæng med den kommunale indsats"},
    {"revision_note", "revision af delaftalen"},
    {"budget_share", "andel af budgettet"},
    {"lbf_dkk", "LBF-finansiering"},
    {"local_dkk", "lokal finansiering"},
    {"budget", "budget"},
    {"lines", "budgetlinjer"},
    {"label", "betegnelse"},
    {"category", "kategori"},
    {"stated_total_dkk", "angivet total"},
    {"milestones", "milepælsplan"},
    {"title", "titel"},
    {"preparedness_plan", "beredskabsplan"},
    {"paths", "aktiveringsveje"},
    {"lead", "leder"},
    {"participants", "deltagere"},
    {"steps", "trin"},
    {"number", "nummer"},
    {"outreach_targets", "kontaktes"},
    {"communication", "krisekommunikation"},
    {"audience", "målgruppe"},
    {"responsible", "ansvarlig"},
    {"channel", "kanal"},
    {"signatures", "underskrifter"},
    {"lbf_approval_date", "LBF's godkendelsesdato"},
    {"terms_of_reference", "kommissorium"},
    {"decision_rule", "beslutningsregel"},
    {"secretariat", "sekretariat"},
    {"adopted_by_consensus", "vedtaget i enighed"},
    {"attachments", "bilag"},
    {"id", "id"},
});

constexpr auto kElementNouns = std::to_array<Pair>({
    {"sub_agreements", "Delaftale"},
    {"goals", "delmål"},
    {"indicators", "indikator"},
    {"baselines", "baseline"},
    {"other_baselines", "anden baseline"},
    {"activities", "aktivitet"},
    {"overall_goals", "overordnet mål"},
    {"focus_areas", "indsatsområde"},
    {"parties", "part"},
    {"housing_areas", "område"},
    {"afdelinger", "afdeling"},
    {"bodies", "organ"},
    {"members", "medlem"},
    {"participants", "deltager"},
    {"staff", "medarbejderressource"},
    {"lines", "budgetlinje"},
    {"milestones", "milepæl"},
    {"paths", "aktiveringsvej"},
    {"steps", "trin"},
    {"communication", "kommunikationslinje"},
    {"signatures", "underskrift"},
    {"success_criteria", "succeskriterium"},
    {"attachments", "bilag"},
    {"activity_list", "aktivitet"},
    {"outreach_targets", "kontakt"},
    {"shared_with", "indsatsområde"},
});

// Goals and steps are matched by position on purpose: "delmål 2" is how the
// plan itself numbers them.
constexpr auto kNaturalKeys = std::to_array<Pair>({
    {"sub_agreements", "focus_area"},
    {"activities", "name"},
    {"indicators", "name"},
    {"overall_goals", "goal_id"},
    {"focus_areas", "name"},
    {"parties", "name"},
    {"housing_areas", "id"},
    {"afdelinger", "id"},
    {"bodies", "name"},
    {"milestones", "title"},
    {"attachments", "title"},
    {"lines", "label"},
    {"paths", "kind"},
    {"communication", "audience"},
});

std::string_view Find(const auto& table, std::string_view key) {
  for (const auto& [k, v] : table) {
    if (k == key) return v;
  }
  return {};
}

}  // namespace

std::string_view KeyLabel(std::string_view key) {
  const std::string_view label = Find(kKeyLabels, key);
  return label.empty() ? key : label;
}

std::string_view ElementNoun(std::string_view array_key) { return Find(kElementNouns, array_key); }
std::string_view NaturalKey(std::string_view array_key) { return Find(kNaturalKeys, array_key); }

}  // namespace helhed::plandiff::internal
