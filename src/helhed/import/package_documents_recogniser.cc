// SPDX-License-Identifier: Apache-2.0
// Recognition of the kommissorium (templates.md §4) and the beredskabsplan
// (§5): the package documents outside the agreement and the delaftaler.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

#include <fmt/format.h>

#include "helhed/import/meeting_cadence.h"
#include "helhed/import/recognisers.h"
#include "helhed/import/role_split.h"
#include "helhed/import/text_clean.h"

namespace helhed::import {
namespace {

// A participant line without its phone number and e-mail: "Chef for …:
// Person K / 00 00 00 00 / person@…" and "Projektchef … Person N /00 00 00
// 00 / person@…" (Fredericia 2254, 2263, 2271).
std::string WithoutContactDetails(const std::string& item) {
  size_t cut = item.find(':');
  for (size_t pos = item.find('/'); pos != std::string::npos && pos < cut; pos = item.find('/', pos + 1)) {
    size_t next = pos + 1;
    while (next < item.size() && item[next] == ' ') ++next;
    if (next < item.size() && std::isdigit(static_cast<unsigned char>(item[next]))) {
      cut = pos;
      break;
    }
  }
  return std::string(Trim(std::string_view(item).substr(0, cut)));
}

// "Medier: …", "Beboere: …", "Samarbejdspartnere: …" (the 3-row matrix).
std::optional<model::Audience> AudienceOf(const std::string& item) {
  const std::string folded = FoldCase(item);
  if (StartsWith(folded, "medier:")) return model::Audience::kMedier;
  if (StartsWith(folded, "beboere:")) return model::Audience::kBeboere;
  if (StartsWith(folded, "samarbejdspartnere:")) return model::Audience::kSamarbejdspartnere;
  return std::nullopt;
}

}  // namespace

model::TermsOfReference RecogniseTermsOfReference(const Segment& segment, RecogniseContext& ctx) {
  model::TermsOfReference terms;
  std::string chair_text;
  int chair_line = 0;
  const std::vector<Section> sections = SplitSections(segment.blocks, ctx.labels, {DocumentKind::kTermsOfReference});
  for (const Block& block : sections.front().blocks) ctx.Unrecognised(block, "tekst før kommissoriets første punkt");
  for (size_t idx = 1; idx < sections.size(); ++idx) {
    const Section& section = sections[idx];
    const std::string& field = section.label->field;
    const std::string text = SectionText(section, ctx.labels);
    if (field == "purpose") {
      terms.purpose = text;
      ctx.Field("/terms_of_reference/purpose", section.line, 1.0);
    } else if (field == "meetings") {
      if (auto meetings = MeetingsPerYear(text)) {
        terms.meetings_per_year = meetings;
        ctx.Field("/terms_of_reference/meetings_per_year", section.line, 0.9);
      }
    } else if (field == "decision_rule") {
      terms.decision_rule = text;
      ctx.Field("/terms_of_reference/decision_rule", section.line, 1.0);
    } else if (field == "secretariat") {
      terms.secretariat = text;
      ctx.Field("/terms_of_reference/secretariat", section.line, 1.0);
    } else if (field == "amendments") {
      if (FoldCase(text).find("konsensus") != std::string::npos) {
        terms.adopted_by_consensus = true;
        ctx.Field("/terms_of_reference/adopted_by_consensus", section.line, 0.8);
      }
    } else if (field == "members") {
      std::vector<model::Member> members;
      for (const std::string& item : SectionItems(section, ctx.labels)) {
        if (auto member = SeatMember(item, ctx.labels)) members.push_back(std::move(*member));
      }
      if (members.empty()) {
        ctx.Warn(section.line, "members_prose",
                 "bestyrelsens sammensætning er prosa; medlemmer og stemmeret skal registreres i hånden");
      } else {
        ctx.Field("/terms_of_reference/members", section.line, 0.8);
        terms.members = std::move(members);
      }
    } else if (field == "chair") {
      chair_text = text;
      chair_line = section.line;
    }
  }
  // "7. Formandskab for bestyrelsen: Direktøren for Boligkontoret
  // Fredericia": the member whose role and organisation the text names.
  if (!chair_text.empty() && terms.members) {
    const std::string folded = FoldCase(chair_text);
    bool found = false;
    for (size_t idx = 0; idx < terms.members->size() && !found; ++idx) {
      model::Member& member = (*terms.members)[idx];
      if (!member.organisation || folded.find(FoldCase(*member.organisation)) == std::string::npos ||
          folded.find(FoldCase(member.role)) == std::string::npos) {
        continue;
      }
      member.chair = true;
      found = true;
      ctx.Field(fmt::format("/terms_of_reference/members/{}/chair", idx), chair_line, 0.8);
    }
    if (!found) {
      ctx.Warn(chair_line, "chair_unmatched",
               fmt::format("formanden (\"{}\") er ikke blandt de opregnede medlemmer", Excerpt(chair_text, 80)));
    }
  }
  return terms;
}

model::PreparednessPlan RecognisePreparednessPlan(const Segment& segment, RecogniseContext& ctx) {
  model::PreparednessPlan plan;
  const std::vector<Section> sections = SplitSections(segment.blocks, ctx.labels, {DocumentKind::kPreparednessPlan});
  for (size_t idx = 1; idx < sections.size(); ++idx) {
    const Section& section = sections[idx];
    const std::string& field = section.label->field;
    if (field == "path_police" || field == "path_no_police") {
      // Section 3 names the paths again for the actions; the participants
      // are under section 1 only.
      const auto kind = field == "path_police" ? model::PathKind::kWithPoliceCase : model::PathKind::kWithoutPoliceCase;
      if (plan.paths && std::any_of(plan.paths->begin(), plan.paths->end(),
                                    [&](const model::ActivationPath& p) { return p.kind == kind; })) {
        continue;
      }
      model::ActivationPath path;
      path.kind = field == "path_police" ? model::PathKind::kWithPoliceCase : model::PathKind::kWithoutPoliceCase;
      std::vector<model::Member> members;
      for (const std::string& item : SectionItems(section, ctx.labels)) {
        if (StartsWith(item, "(") || StartsWith(FoldCase(item), "deltagerkreds")) continue;
        model::Member member;
        member.role = WithoutContactDetails(item);
        if (member.role.empty()) continue;
        members.push_back(std::move(member));
      }
      if (!members.empty()) path.participants = std::move(members);
      if (!plan.paths) plan.paths.emplace();
      ctx.Field(fmt::format("/preparedness_plan/paths/{}", plan.paths->size()), section.line, 0.8);
      plan.paths->push_back(std::move(path));
    } else if (field == "competences") {
      std::vector<model::PreparednessStep> steps;
      for (const Block& block : section.blocks) {
        const std::string text = CleanInline(block.text);
        const size_t dot = text.find(". ");
        if (dot == std::string::npos || dot == 0 || dot > 2) continue;
        const std::string number = text.substr(0, dot);
        if (number.find_first_not_of("0123456789") != std::string::npos) continue;
        steps.push_back({std::stoi(number), text.substr(dot + 2)});
        ctx.Field(fmt::format("/preparedness_plan/steps/{}", steps.size() - 1), block.line, 0.9);
      }
      if (!steps.empty()) plan.steps = std::move(steps);
    } else if (field == "outreach") {
      // "… Målgruppe for den opsøgende henvendelse:" then one item per
      // target (Fredericia 2329-2334); the list ends at the next item or
      // paragraph that is a sentence.
      std::vector<std::string> targets;
      bool in_list = false;
      for (const std::string& item : SectionItems(section, ctx.labels)) {
        const std::string folded = FoldCase(item);
        if (!in_list) {
          in_list = !item.empty() && item.back() == ':' && folded.find("opsøgende") != std::string::npos;
          continue;
        }
        if (item.empty() || item.back() == '.' || item.back() == ':') break;
        targets.push_back(item);
      }
      if (!targets.empty()) {
        ctx.Field("/preparedness_plan/outreach_targets", section.line, 0.8);
        plan.outreach_targets = std::move(targets);
      }
    } else if (field == "communication") {
      std::vector<model::CommunicationLine> lines;
      for (const std::string& item : SectionItems(section, ctx.labels)) {
        const auto audience = AudienceOf(item);
        if (!audience) continue;
        model::CommunicationLine line;
        line.audience = *audience;
        line.responsible = std::string(Trim(std::string_view(item).substr(item.find(':') + 1)));
        ctx.Field(fmt::format("/preparedness_plan/communication/{}", lines.size()), section.line, 0.9);
        lines.push_back(std::move(line));
      }
      if (!lines.empty()) plan.communication = std::move(lines);
    } else if (field == "signatures") {
      ctx.Warn(section.line, "unsigned", "beredskabsplanen har ingen underskrifter");
    }
  }
  return plan;
}

}  // namespace helhed::import
