// SPDX-License-Identifier: Apache-2.0
// The plan as LBF's documents (see plan_document.h). The order of sections
// is the template's (domain/templates.md §1, §2, §4 and §5); every label comes from
// the label table; helhed's own words are only for what the template leaves
// open ("Ikke udfyldt i planen.", the approval sentence).
#include "helhed/service/plan_document.h"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "helhed/base/danish_number.h"
#include "helhed/base/status_macros.h"

#include "helhed/rules/check.h"
#include "helhed/service/plan_tables.h"
#include "helhed/service/value_text.h"

namespace helhed::service {
namespace {

using document::Document;
using document::Run;
using import::DocumentKind;

constexpr const char* kNotFilled = "Ikke udfyldt i planen.";

// The template's words for one grant frame; remembers the first label the
// data files lack, so the build fails once with a clear message.
class Labels {
 public:
  Labels(const import::LabelTable& table, std::string frame) : table_(table), frame_(std::move(frame)) {}

  std::string Get(DocumentKind document, std::string_view field) {
    const import::LabelEntry* entry = table_.FindLabel(document, field, frame_);
    if (entry == nullptr) return Missing(fmt::format("{} / {}", import::DocumentKindName(document), field));
    return entry->texts.front();
  }
  std::string Title(DocumentKind document) {
    const import::TitleEntry* entry = table_.FindTitle(document, frame_);
    if (entry == nullptr) return Missing(fmt::format("titlen for {}", import::DocumentKindName(document)));
    return entry->text;
  }
  std::vector<std::string> Header(std::string_view table, std::size_t columns) {
    const import::TableHeaderEntry* entry = table_.FindTableHeader(table, frame_);
    if (entry == nullptr || entry->columns.size() != columns) {
      Missing(fmt::format("tabeloverskrifterne for {}", table));
      return std::vector<std::string>(columns);
    }
    return entry->columns;
  }
  Status status() const {
    if (missing_.empty()) return OkStatus();
    return FailedPreconditionError(fmt::format(
        "skabelonens etiket ({}) mangler i data/import/labels-*.json; dokumentet kan ikke laves uden den", missing_));
  }

 private:
  std::string Missing(std::string what) {
    if (missing_.empty()) missing_ = std::move(what);
    return "";
  }
  const import::LabelTable& table_;
  std::string frame_;
  std::string missing_;
};

void NotFilled(Document& doc) { doc.AddRuns({Run{kNotFilled, false, true}}); }

void TextOrNotFilled(Document& doc, const std::optional<std::string>& text) {
  if (text && !text->empty()) {
    doc.AddText(*text);
  } else {
    NotFilled(doc);
  }
}

void Section(Document& doc, int level, const std::string& label, const std::optional<std::string>& text) {
  doc.AddHeading(level, label);
  TextOrNotFilled(doc, text);
}

// "Label" in bold on its own line, then the text: the template's layout for
// fields whose value is longer than a line.
void LabelledText(Document& doc, const std::string& label, const std::optional<std::string>& text) {
  doc.AddRuns({Run{label, true}});
  TextOrNotFilled(doc, text);
}

std::string PeriodText(const std::optional<model::Period>& period) {
  if (!period) return "Ikke angivet";
  if (period->start && period->end) return period->start->ToDanishLong() + " – " + period->end->ToDanishLong();
  if (period->as_written) return *period->as_written;
  if (period->start) return "fra " + period->start->ToDanishLong();
  if (period->end) return "til " + period->end->ToDanishLong();
  return "Ikke angivet";
}

// Organisations only: a party's contact person is personal data (R27) and
// is not part of what the template asks for.
void Parties(Document& doc, const std::string& label, const std::optional<std::vector<model::Party>>& parties) {
  doc.AddRuns({Run{label, true}});
  if (!parties || parties->empty()) {
    NotFilled(doc);
    return;
  }
  // Several contacts of one organisation are one party on paper.
  std::vector<std::string> names;
  for (const model::Party& party : *parties) {
    if (std::find(names.begin(), names.end(), party.name) == names.end()) names.push_back(party.name);
  }
  doc.AddBullets(std::move(names));
}

void Signatures(Document& doc, const std::string& label, const std::optional<std::vector<model::Party>>& parties) {
  if (!parties || parties->empty()) return;
  doc.AddRuns({Run{label, true}});
  std::vector<std::string> lines;
  for (const model::Party& party : *parties) {
    if (!party.signature) {
      lines.push_back(party.name + ": ikke underskrevet");
    } else {
      lines.push_back(fmt::format("{}: underskrevet af {}{}", party.name, party.signature->signed_by,
                                  party.signature->date ? " den " + party.signature->date->ToDanishNumeric() : ""));
    }
  }
  doc.AddBullets(std::move(lines));
}

// One template baseline cell: the value alone for the whole area, else
// "Zone 1: 26 %" per baseline. A lone suppressed value is a suppressed cell.
document::TableCell BaselineCell(const std::optional<std::vector<model::Baseline>>& baselines) {
  if (!baselines || baselines->empty()) return document::TableCell::Text("");
  if (baselines->size() == 1 && baselines->front().value.status == model::ValueStatus::kSuppressed) {
    return document::TableCell::Suppressed();
  }
  std::string text;
  for (const model::Baseline& baseline : *baselines) {
    const bool whole = !baseline.area && (baseline.scope == model::BaselineScope::kPlan ||
                                          baseline.scope == model::BaselineScope::kBoligomraade);
    const std::string value = baseline.value.status == model::ValueStatus::kSuppressed
                                  ? std::string(document::kSuppressedMark)
                                  : ValueText(baseline.value);
    if (!text.empty()) text += "\n";
    text += whole ? value : BaselineLabel(baseline) + ": " + value;
    if (baseline.year) text += " (" + *baseline.year + ")";
  }
  return document::TableCell::Text(text);
}

// The template's goal table: the goal only on its first row, as LBF's
// table writes it.
void GoalRows(document::Table& table, const std::string& goal, const std::vector<model::Indicator>& indicators) {
  bool first = true;
  auto text = [](const std::optional<std::string>& value) { return document::TableCell::Text(value.value_or("")); };
  if (indicators.empty()) {
    table.rows.push_back({document::TableCell::Text(goal), text({}), text({}), text({}), text({}), text({})});
    return;
  }
  for (const model::Indicator& indicator : indicators) {
    table.rows.push_back({document::TableCell::Text(first ? goal : ""), document::TableCell::Text(indicator.name),
                          BaselineCell(indicator.baselines), BaselineCell(indicator.other_baselines),
                          text(indicator.baseline_year), text(indicator.source)});
    first = false;
  }
}

void Targets(Document& doc, const std::vector<model::Goal>& goals) {
  std::vector<std::string> lines;
  for (const model::Goal& goal : goals) {
    for (const model::Indicator& indicator : goal.indicators.value_or(std::vector<model::Indicator>{})) {
      if (indicator.target && indicator.target->text) lines.push_back(indicator.name + ": " + *indicator.target->text);
    }
  }
  if (lines.empty()) return;
  doc.AddRuns({Run{"Målsætninger", true}});
  doc.AddBullets(std::move(lines));
}

// A body's members (the organisation's bodies, the board in the kommissorium).
document::Table MembersTable(const std::vector<model::Member>& members) {
  document::Table table;
  table.header = {"Rolle", "Organisation", "Stemmeret", "Formand"};
  auto yes_no = [](const std::optional<bool>& flag) { return flag ? (*flag ? "ja" : "nej") : ""; };
  for (const model::Member& member : members) {
    table.rows.push_back({document::TableCell::Text(member.role),
                          document::TableCell::Text(member.organisation.value_or("")),
                          document::TableCell::Text(yes_no(member.voting)),
                          document::TableCell::Text(yes_no(member.chair))});
  }
  return table;
}

void Organisation(Document& doc, const std::optional<model::Organisation>& organisation) {
  if (!organisation || !organisation->bodies || organisation->bodies->empty()) {
    NotFilled(doc);
    return;
  }
  for (const model::Body& body : *organisation->bodies) {
    doc.AddHeading(3, body.name);
    if (body.description) doc.AddText(*body.description);
    if (body.meetings_per_year) {
      doc.AddFields({{"Møder pr. år:", fmt::format("{:g}", *body.meetings_per_year)}});
    }
    if (body.members && !body.members->empty()) doc.AddTable(MembersTable(*body.members));
  }
}

void ApprovalLine(Document& doc, const PlanDocumentOptions& options, const std::string& key) {
  auto it = options.approval_sentences.find(key);
  if (it == options.approval_sentences.end()) return;
  doc.AddRuns({Run{"Godkendelse: ", true}, Run{it->second, false, true}});
}

void StrategicAgreement(Document& doc, const model::Plan& plan, Labels& labels, const PlanDocumentOptions& options) {
  const DocumentKind kind = DocumentKind::kStrategicAgreement;
  doc.AddHeading(1, labels.Title(kind));
  ApprovalLine(doc, options, "strategic_agreement");
  doc.AddFields({{labels.Get(kind, "name"), plan.name}, {labels.Get(kind, "period"), PeriodText(plan.period)}});
  Parties(doc, labels.Get(kind, "parties"), plan.parties);
  Signatures(doc, labels.Get(kind, "signatures"), plan.parties);
  Section(doc, 2, labels.Get(kind, "description"), plan.description);
  Section(doc, 2, labels.Get(kind, "vision"), plan.vision);
  doc.AddHeading(2, labels.Get(kind, "organisation"));
  Organisation(doc, plan.organisation);
  Section(doc, 2, labels.Get(kind, "municipal_interplay"), plan.municipal_interplay);

  doc.AddHeading(2, labels.Get(kind, "overall_goals"));
  if (plan.overall_goals && !plan.overall_goals->empty()) {
    document::Table table;
    table.header = labels.Header("overall_goals", 6);
    for (const model::OverallGoal& goal : *plan.overall_goals) {
      GoalRows(table, goal.text, goal.indicators.value_or(std::vector<model::Indicator>{}));
    }
    doc.AddTable(std::move(table));
  } else {
    NotFilled(doc);
  }

  doc.AddHeading(2, labels.Get(kind, "focus_areas"));
  if (plan.focus_areas && !plan.focus_areas->empty()) {
    for (const model::FocusArea& area : *plan.focus_areas) {
      doc.AddHeading(3, area.name);
      LabelledText(doc, labels.Get(kind, "problem_statement"), area.problem_statement);
      if (area.summary) LabelledText(doc, labels.Get(kind, "problem_summary"), area.summary);
    }
  } else {
    NotFilled(doc);
  }
  Section(doc, 2, labels.Get(kind, "local_evaluation"), plan.local_evaluation);
  Section(doc, 2, labels.Get(kind, "revision"), plan.revision);
}

void ActivityForm(Document& doc, const model::Activity& activity, Labels& labels) {
  const DocumentKind kind = DocumentKind::kActivity;
  doc.AddHeading(3, activity.name);
  doc.AddFields({{labels.Get(kind, "name"), activity.name}});
  LabelledText(doc, labels.Get(kind, "purpose"), activity.purpose);
  LabelledText(doc, labels.Get(kind, "target_groups"), activity.target_groups);
  LabelledText(doc, labels.Get(kind, "content"), activity.content);
  if (activity.actors) LabelledText(doc, labels.Get(kind, "actors"), activity.actors);
  LabelledText(doc, labels.Get(kind, "responsibilities"), activity.responsibilities);
  if (activity.success_criteria && !activity.success_criteria->empty()) {
    doc.AddRuns({Run{labels.Get(kind, "success_criteria"), true}});
    std::vector<std::string> items;
    for (const model::SuccessCriterion& criterion : *activity.success_criteria) {
      items.push_back(criterion.data_source ? criterion.text + " (datakilde: " + *criterion.data_source + ")"
                                            : criterion.text);
    }
    doc.AddBullets(std::move(items));
  }
  if (activity.data_source) LabelledText(doc, labels.Get(kind, "data_source"), activity.data_source);
  if (activity.anchoring) LabelledText(doc, labels.Get(kind, "anchoring"), activity.anchoring);
}

void SubAgreement(Document& doc, const model::Plan& plan, const model::SubAgreement& sub, Labels& labels,
                  const PlanDocumentOptions& options) {
  const DocumentKind kind = DocumentKind::kSubAgreement;
  doc.AddHeading(1, labels.Title(kind) + " " + sub.focus_area);
  ApprovalLine(doc, options, "sub_agreement/" + sub.focus_area);
  doc.AddFields({{labels.Get(kind, "plan_name"), sub.plan_name.value_or(plan.name)},
                 {labels.Get(kind, "period"), PeriodText(sub.period)}});
  Parties(doc, labels.Get(kind, "parties"), sub.parties);
  if (sub.problem_statement) Section(doc, 2, labels.Get(kind, "problem_statement"), sub.problem_statement);

  doc.AddHeading(2, labels.Get(kind, "goals"));
  if (sub.goals && !sub.goals->empty()) {
    document::Table table;
    table.header = labels.Header("goals", 6);
    for (const model::Goal& goal : *sub.goals) {
      GoalRows(table, goal.text, goal.indicators.value_or(std::vector<model::Indicator>{}));
    }
    doc.AddTable(std::move(table));
    Targets(doc, *sub.goals);
  } else {
    NotFilled(doc);
  }

  doc.AddHeading(2, labels.Get(kind, "activity_list"));
  if (sub.activity_list && !sub.activity_list->empty()) {
    doc.AddBullets(*sub.activity_list);
  } else {
    NotFilled(doc);
  }

  doc.AddHeading(2, labels.Get(kind, "staff"));
  document::Table staff = ToDocumentTable(StaffTable(plan, &sub.focus_area));
  if (staff.rows.empty()) {
    NotFilled(doc);
  } else {
    // The focus area column repeats the heading; drop it here.
    staff.header.erase(staff.header.begin());
    for (auto& row : staff.rows) row.erase(row.begin());
    doc.AddTable(std::move(staff));
  }

  Section(doc, 2, labels.Get(kind, "municipal_alignment"), sub.municipal_alignment);
  if (sub.budget_share) {
    doc.AddHeading(2, labels.Get(kind, "budget_share"));
    auto amount = [](const std::optional<std::int64_t>& dkk) {
      return dkk ? FormatDanish(static_cast<double>(*dkk), 0) + " kr." : std::string("ikke angivet");
    };
    doc.AddFields({{"Landsbyggefonden:", amount(sub.budget_share->lbf_dkk)},
                   {"Lokal medfinansiering:", amount(sub.budget_share->local_dkk)}});
  }
  if (sub.conflict_handling) Section(doc, 2, labels.Get(kind, "conflict"), sub.conflict_handling);
  Section(doc, 2, labels.Get(kind, "revision_note"), sub.revision_note);

  doc.AddHeading(2, labels.Get(kind, "activity_forms"));
  if (sub.activities && !sub.activities->empty()) {
    for (const model::Activity& activity : *sub.activities) ActivityForm(doc, activity, labels);
  } else {
    NotFilled(doc);
  }
}

std::string MemberText(const model::Member& member) {
  return member.organisation && !member.organisation->empty() ? member.role + " (" + *member.organisation + ")"
                                                               : member.role;
}

// The kommissorium (domain/templates.md §4: LBF has no template; the labels
// are the Fredericia document's numbered rows). The plan format keeps the
// board's tasks (row 4) in the purpose, and row 4 says so.
void TermsOfReference(Document& doc, const model::TermsOfReference& terms, Labels& labels,
                      const PlanDocumentOptions& options) {
  const DocumentKind kind = DocumentKind::kTermsOfReference;
  doc.AddHeading(1, labels.Title(kind));
  ApprovalLine(doc, options, "terms_of_reference");
  Section(doc, 2, labels.Get(kind, "purpose"), terms.purpose);
  doc.AddHeading(2, labels.Get(kind, "members"));
  if (terms.members && !terms.members->empty()) {
    doc.AddTable(MembersTable(*terms.members));
  } else {
    NotFilled(doc);
  }
  doc.AddHeading(2, labels.Get(kind, "meetings"));
  if (terms.meetings_per_year) {
    const double meetings = *terms.meetings_per_year;
    doc.AddText(fmt::format("{} møder om året.", FormatDanish(meetings, meetings == std::floor(meetings) ? 0 : 1)));
  } else {
    NotFilled(doc);
  }
  doc.AddHeading(2, labels.Get(kind, "tasks"));
  doc.AddRuns({Run{"Planen beskriver bestyrelsens opgaver under " + labels.Get(kind, "purpose") + ".", false, true}});
  Section(doc, 2, labels.Get(kind, "decision_rule"), terms.decision_rule);
  Section(doc, 2, labels.Get(kind, "secretariat"), terms.secretariat);
  doc.AddHeading(2, labels.Get(kind, "chair"));
  std::vector<std::string> chairs;
  for (const model::Member& member : terms.members.value_or(std::vector<model::Member>{})) {
    if (member.chair.value_or(false)) chairs.push_back(MemberText(member));
  }
  if (chairs.empty()) {
    NotFilled(doc);
  } else {
    doc.AddBullets(std::move(chairs));
  }
  doc.AddHeading(2, labels.Get(kind, "amendments"));
  doc.AddFields(
      {{"Vedtaget ved konsensus i bestyrelsen:",
        terms.adopted_by_consensus ? (*terms.adopted_by_consensus ? "ja" : "nej") : "ikke angivet i planen"},
       {"Godkendt af Landsbyggefonden:",
        terms.lbf_approval_date ? terms.lbf_approval_date->ToDanishNumeric() : "ikke angivet i planen"}});
}

std::vector<std::string> Participants(const std::optional<std::vector<model::Member>>& members) {
  std::vector<std::string> lines;
  for (const model::Member& member : members.value_or(std::vector<model::Member>{})) {
    // An empty line of the template's participant list is no participant
    // (rule R20.path_incomplete reports it).
    if (!member.role.empty() || member.organisation) lines.push_back(MemberText(member));
  }
  return lines;
}

std::string AudienceText(model::Audience audience) {
  switch (audience) {
    case model::Audience::kMedier: return "Medier";
    case model::Audience::kBeboere: return "Beboere";
    case model::Audience::kSamarbejdspartnere: return "Samarbejdspartnere";
  }
  return "";
}

// The beredskabsplan in the order of LBF's template (domain/templates.md §5).
// Sections 2 and 3 (management, organisation) have no fields in the plan
// format and are left out rather than shown empty.
void PreparednessPlan(Document& doc, const model::PreparednessPlan& plan, Labels& labels,
                      const PlanDocumentOptions& options) {
  const DocumentKind kind = DocumentKind::kPreparednessPlan;
  doc.AddHeading(1, labels.Title(kind));
  ApprovalLine(doc, options, "preparedness_plan");
  doc.AddFields({{"Godkendt af Landsbyggefonden:",
                  plan.lbf_approval_date ? plan.lbf_approval_date->ToDanishNumeric() : "ikke angivet i planen"}});
  doc.AddHeading(2, labels.Get(kind, "participants"));
  const std::vector<model::ActivationPath> paths = plan.paths.value_or(std::vector<model::ActivationPath>{});
  if (paths.empty()) NotFilled(doc);
  for (const model::ActivationPath& path : paths) {
    doc.AddHeading(3, labels.Get(kind, path.kind == model::PathKind::kWithPoliceCase ? "path_police" : "path_no_police"));
    doc.AddFields({{"Leder:", path.lead.value_or("ikke angivet i planen")}});
    std::vector<std::string> participants = Participants(path.participants);
    if (participants.empty()) {
      NotFilled(doc);
    } else {
      doc.AddBullets(std::move(participants));
    }
  }
  doc.AddHeading(2, labels.Get(kind, "competences"));
  std::vector<std::string> steps;
  for (const model::PreparednessStep& step : plan.steps.value_or(std::vector<model::PreparednessStep>{})) {
    steps.push_back(fmt::format("Trin {}: {}", step.number, step.text));
  }
  if (steps.empty()) {
    NotFilled(doc);
  } else {
    doc.AddBullets(std::move(steps));
  }
  doc.AddHeading(2, labels.Get(kind, "outreach"));
  std::vector<std::string> outreach = plan.outreach_targets.value_or(std::vector<std::string>{});
  if (outreach.empty()) {
    NotFilled(doc);
  } else {
    doc.AddBullets(std::move(outreach));
  }
  doc.AddHeading(3, labels.Get(kind, "communication"));
  if (plan.communication && !plan.communication->empty()) {
    document::Table table;
    table.header = {"Målgruppe", "Ansvarlig", "Hvordan"};
    for (const model::CommunicationLine& line : *plan.communication) {
      table.rows.push_back({document::TableCell::Text(AudienceText(line.audience)),
                            document::TableCell::Text(line.responsible.value_or("")),
                            document::TableCell::Text(line.channel.value_or(""))});
    }
    doc.AddTable(std::move(table));
  } else {
    NotFilled(doc);
  }
  doc.AddHeading(2, labels.Get(kind, "signatures"));
  std::vector<std::string> signed_by;
  for (const model::Signature& signature : plan.signatures.value_or(std::vector<model::Signature>{})) {
    signed_by.push_back(signature.signed_by +
                        (signature.date ? " den " + signature.date->ToDanishNumeric() : std::string()));
  }
  if (signed_by.empty()) {
    doc.AddRuns({Run{"Ikke underskrevet.", false, true}});
  } else {
    doc.AddBullets(std::move(signed_by));
  }
}

void PackageTables(Document& doc, const model::Plan& plan) {
  if (plan.budget && plan.budget->lines && !plan.budget->lines->empty()) {
    doc.AddPageBreak();
    doc.AddHeading(1, "Budget");
    doc.AddTable(ToDocumentTable(BudgetTable(plan)));
    if (plan.budget->stated_total_dkk) {
      doc.AddFields({{"Samlet budget som angivet:", FormatDanish(static_cast<double>(*plan.budget->stated_total_dkk), 0) + " kr."}});
    }
  }
  if (plan.milestones && !plan.milestones->empty()) {
    doc.AddPageBreak();
    doc.AddHeading(1, "Milepælsplan");
    doc.AddTable(ToDocumentTable(MilestonesTable(plan)));
  }
}

}  // namespace

StatusOr<document::Document> BuildPlanDocument(const model::Plan& plan, const import::LabelTable& label_table,
                                               const PlanDocumentOptions& options) {
  Labels labels(label_table, plan.grant_frame);
  Document doc;
  if (!options.status_fields.empty()) doc.AddFields(options.status_fields);
  const std::vector<model::SubAgreement> subs = plan.sub_agreements.value_or(std::vector<model::SubAgreement>{});
  if (options.only_focus_area) {
    doc.title = labels.Title(DocumentKind::kSubAgreement) + " " + *options.only_focus_area + " – " + plan.name;
    for (const model::SubAgreement& sub : subs) {
      if (sub.focus_area == *options.only_focus_area) SubAgreement(doc, plan, sub, labels, options);
    }
  } else {
    doc.title = plan.name;
    // A partial plan (delaftaler only, as rules::CheckPlan treats it) gets no
    // empty agreement full of "Ikke udfyldt".
    const bool partial = !subs.empty() && !rules::HasStrategicAgreement(plan);
    if (partial) {
      doc.AddRuns({Run{"Planen rummer kun delaftaler; den strategiske samarbejdsaftale er ikke gemt i helhed.", false,
                       true}});
    } else {
      StrategicAgreement(doc, plan, labels, options);
    }
    for (std::size_t idx = 0; idx < subs.size(); ++idx) {
      if (!partial || idx > 0) doc.AddPageBreak();
      SubAgreement(doc, plan, subs[idx], labels, options);
    }
    // LBF's order: the agreement, the delaftaler, then the board's
    // kommissorium and the beredskabsplan (Fredericia 2197, 2216).
    if (plan.terms_of_reference) {
      doc.AddPageBreak();
      TermsOfReference(doc, *plan.terms_of_reference, labels, options);
    }
    if (plan.preparedness_plan) {
      doc.AddPageBreak();
      PreparednessPlan(doc, *plan.preparedness_plan, labels, options);
    }
    PackageTables(doc, plan);
  }
  HELHED_RETURN_IF_ERROR(labels.status());
  return doc;
}

}  // namespace helhed::service
