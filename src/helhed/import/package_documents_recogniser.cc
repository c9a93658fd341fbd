// SPDX-License-Identifier: Apache-2.0
// Recognition of the kommissorium (templates.md §4) and the beredskabsplan
// (§5): the package documents outside the agreement and the delaftaler.
#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

#include <fmt/format.h>

#include "helhed/import/recognisers.h"
#include "helhed/import/text_clean.h"

namespace helhed::import {
namespace {

// Danish number words up to twelve, as meeting cadences are written
// ("fire faste møder årligt").
constexpr std::string_view kNumberWords[] = {"en",  "to",   "tre", "fire", "fem",  "seks",
                                             "syv", "otte", "ni",  "ti",   "elve", "tolv"};

std::optional<double> MeetingsPerYear(const std::string& text) {
  const std::string folded = FoldCase(CleanInline(text));
  if (folded.find("årligt") == std::string::npos && folded.find("om året") == std::string::npos) return std::nullopt;
  size_t start = 0;
  while (start < folded.size()) {
    size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    const std::string_view word = std::string_view(folded).substr(start, end - start);
    for (size_t idx = 0; idx < std::size(kNumberWords); ++idx) {
      if (word == kNumberWords[idx]) return static_cast<double>(idx + 1);
    }
    if (!word.empty() && std::isdigit(static_cast<unsigned char>(word[0])) && word.size() <= 2) {
      return std::stod(std::string(word));
    }
    start = end + 1;
  }
  return std::nullopt;
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
      ctx.Warn(section.line, "members_prose",
               "bestyrelsens sammensætning er prosa; medlemmer og stemmeret skal registreres i hånden");
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
        const size_t colon = item.find(':');
        member.role = std::string(Trim(std::string_view(item).substr(0, colon)));
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
