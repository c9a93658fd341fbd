// SPDX-License-Identifier: Apache-2.0
// Strategic agreement recognition (templates.md §1): the header fields,
// sections 1-8, the fixed-goal table and the per-area blocks of section 6.
#include <algorithm>

#include <fmt/format.h>

#include "helhed/import/danish_date.h"
#include "helhed/import/goal_table.h"
#include "helhed/import/party_parser.h"
#include "helhed/import/recognisers.h"
#include "helhed/import/text_clean.h"
#include "helhed/model/enum_names.h"

namespace helhed::import {
namespace {

std::string FirstValue(const Section& section) {
  if (!section.inline_value.empty()) return section.inline_value;
  if (!section.blocks.empty()) return CleanInline(section.blocks.front().text);
  return {};
}

// Section 6: an area heading, then "Problemkompleks for indsatsområdet" and
// a local "Sammenfatning af problemkompleks …" block.
void ReadFocusAreas(const std::vector<Section>& sections, size_t first, model::Plan& plan, RecogniseContext& ctx) {
  std::vector<model::FocusArea> areas;
  std::optional<std::string>* collector = nullptr;
  auto append = [&](const std::string& text) {
    if (collector == nullptr || text.empty()) return;
    if (*collector) {
      **collector += "\n" + text;
    } else {
      *collector = text;
    }
  };
  for (size_t idx = first; idx < sections.size(); ++idx) {
    const Section& section = sections[idx];
    const std::string& field = section.label->field;
    if (idx != first && field != "problem_statement" && field != "problem_summary") break;
    if (!areas.empty() && field == "problem_statement") {
      collector = &areas.back().problem_statement;
      ctx.Field(fmt::format("/focus_areas/{}/problem_statement", areas.size() - 1), section.line, 1.0);
    } else if (!areas.empty() && field == "problem_summary") {
      collector = &areas.back().summary;
      append(section.inline_value);
      ctx.Field(fmt::format("/focus_areas/{}/summary", areas.size() - 1), section.line, 0.9);
    }
    for (const Block& block : section.blocks) {
      if (!block.is_row() && ctx.labels.MatchFocusArea(block.text) != nullptr) {
        areas.push_back(model::FocusArea{CleanInline(block.text), std::nullopt, std::nullopt});
        ctx.Field(fmt::format("/focus_areas/{}/name", areas.size() - 1), block.line, 1.0);
        collector = nullptr;
        continue;
      }
      if (collector == nullptr) {
        if (!ctx.labels.IsTemplateText(block.text)) ctx.Unrecognised(block, "tekst i afsnit 6 uden for et indsatsområde");
        continue;
      }
      Section single;
      single.blocks.push_back(block);
      append(SectionText(single, ctx.labels));
    }
  }
  if (!areas.empty()) plan.focus_areas = std::move(areas);
}

// The attachment kind a text names ("Et budget", "… et indberetningsskema
// på sagen …"); `at_start`: only a caption that begins with the word
// ("Zonekort over de 41 …"). `offset` gets where the word starts.
const WordClass* AttachmentKindOf(const std::string& text, const LabelTable& labels, bool at_start, size_t* offset) {
  const std::string folded = FoldCase(text);
  for (const WordClass& kind : labels.attachment_kinds()) {
    for (const std::string& word : kind.words) {
      const size_t pos = folded.find(word);
      if (pos == std::string::npos || (at_start && pos != 0)) continue;
      *offset = pos;
      return &kind;
    }
  }
  return nullptr;
}

size_t Words(const std::string& text) {
  size_t words = text.empty() ? 0 : 1;
  for (char c : text) words += c == ' ' ? 1 : 0;
  return words;
}

// The documents the agreement names but the package does not hold: the
// checklist under "Aftaledokumenter" and figure captions whose figure a text
// export cannot carry. All are "referenced"; R3 reports them.
class AttachmentCollector {
 public:
  AttachmentCollector(model::Plan& plan, RecogniseContext& ctx) : plan_(plan), ctx_(ctx) {}

  void FromChecklistItem(const std::string& item, int line) {
    size_t offset = 0;
    const WordClass* kind = AttachmentKindOf(item, ctx_.labels, false, &offset);
    if (kind == nullptr) return;
    constexpr size_t kMaxTitleWords = 6;
    std::string title = item;
    if (Words(item) > kMaxTitleWords) {
      // A sentence: the word as written ("indberetningsskema").
      size_t end = offset;
      while (end < item.size() && item[end] != ' ' && item[end] != ',' && item[end] != '.') ++end;
      title = item.substr(offset, end - offset);
    }
    while (!title.empty() && (title.back() == '.' || title.back() == ':')) title.pop_back();
    Add(*kind, title, line);
  }

  void FromCaption(const Block& block) {
    if (block.is_row() || block.list_level >= 0) return;
    const std::string text = CleanInline(block.text);
    constexpr size_t kMaxCaptionWords = 12;
    if (text.empty() || text.back() == '.' || text.back() == ':' || Words(text) > kMaxCaptionWords) return;
    size_t offset = 0;
    if (const WordClass* kind = AttachmentKindOf(text, ctx_.labels, true, &offset)) Add(*kind, text, block.line);
  }

 private:
  void Add(const WordClass& kind, const std::string& title, int line) {
    auto parsed = model::ParseEnum<model::AttachmentKind>(kind.name);
    if (!parsed.ok()) return;
    if (!plan_.attachments) plan_.attachments.emplace();
    for (const model::Attachment& known : *plan_.attachments) {
      if (known.kind == *parsed && known.title == title) return;
    }
    ctx_.Field(fmt::format("/attachments/{}", plan_.attachments->size()), line, 0.7);
    plan_.attachments->push_back(model::Attachment{*parsed, title, model::AttachmentStatus::kReferenced});
  }

  model::Plan& plan_;
  RecogniseContext& ctx_;
};

}  // namespace

void RecogniseStrategicAgreement(const Segment& segment, model::Plan& plan, RecogniseContext& ctx) {
  const std::vector<Section> sections = SplitSections(segment.blocks, ctx.labels, {DocumentKind::kStrategicAgreement});
  for (const Block& block : sections.front().blocks) ctx.Unrecognised(block, "tekst før aftalens første felt");
  std::vector<std::string> seen;
  AttachmentCollector attachments(plan, ctx);
  for (size_t idx = 1; idx < sections.size(); ++idx) {
    const Section& section = sections[idx];
    const std::string& field = section.label->field;
    seen.push_back(field);
    if (field == "documents") {
      for (const std::string& item : SectionItems(section, ctx.labels)) attachments.FromChecklistItem(item, section.line);
    } else {
      for (const Block& block : section.blocks) attachments.FromCaption(block);
    }
    auto set_text = [&](std::optional<std::string>& target, const std::string& json_field) {
      const std::string text = SectionText(section, ctx.labels);
      if (text.empty()) return;
      target = text;
      ctx.Field("/" + json_field, section.line, 1.0);
    };
    if (field == "name") {
      plan.name = FirstValue(section);
      if (!plan.name.empty()) ctx.Field("/name", section.line, 1.0);
    } else if (field == "parties") {
      std::vector<model::Party> parties;
      for (const PartyItem& item : ParseParties(SectionItems(section, ctx.labels), ctx.labels)) {
        if (!item.party) continue;
        ctx.Field(fmt::format("/parties/{}", parties.size()), section.line, 0.9);
        parties.push_back(*item.party);
      }
      if (!parties.empty()) plan.parties = std::move(parties);
    } else if (field == "period") {
      const std::string value = FirstValue(section);
      if (value.empty()) continue;
      plan.period = ParsePeriod(value);
      ctx.Field("/period", section.line, plan.period->start && plan.period->end ? 1.0 : 0.6);
    } else if (field == "signatures") {
      // "Dato Navn" under each party: the form is there, nobody has signed.
      const std::string text = FoldCase(SectionText(section, ctx.labels));
      if (text.find("dato navn") != std::string::npos) {
        ctx.Warn(section.line, "unsigned", "underskriftsfelterne er tomme (\"Dato Navn\"): aftalen er ikke underskrevet");
      }
    } else if (field == "description") {
      set_text(plan.description, "description");
    } else if (field == "vision") {
      set_text(plan.vision, "vision");
    } else if (field == "municipal_interplay") {
      set_text(plan.municipal_interplay, "municipal_interplay");
    } else if (field == "local_evaluation") {
      set_text(plan.local_evaluation, "local_evaluation");
    } else if (field == "revision") {
      set_text(plan.revision, "revision");
    } else if (field == "overall_goals") {
      std::vector<Block> leftover;
      const GoalTable table = ReadGoalTable(section.blocks, &leftover);
      if (table.header_line != 0) {
        auto goals = OverallGoalsFromTable(table, "/overall_goals", ctx);
        if (!goals.empty()) plan.overall_goals = std::move(goals);
      } else {
        ctx.Missing("/overall_goals", section.label->texts.front());
      }
    } else if (field == "focus_areas") {
      ReadFocusAreas(sections, idx, plan, ctx);
    } else if (field == "organisation") {
      plan.organisation = RecogniseOrganisation(section, ctx);
      if (!plan.organisation) {
        ctx.Warn(section.line, "organisation_prose",
                 "afsnit 3 (Organisering) nævner ingen bestyrelse, sekretariat eller styregruppe under en overskrift; "
                 "de skal registreres i hånden");
      }
    }
  }
  for (const auto& [field, json] : {std::pair{"name", "/name"}, std::pair{"parties", "/parties"},
                                    std::pair{"period", "/period"}, std::pair{"overall_goals", "/overall_goals"},
                                    std::pair{"focus_areas", "/focus_areas"}}) {
    if (std::find(seen.begin(), seen.end(), field) == seen.end()) {
      ctx.Missing(json, LabelText(ctx.labels, DocumentKind::kStrategicAgreement, field));
    }
  }
}

}  // namespace helhed::import
