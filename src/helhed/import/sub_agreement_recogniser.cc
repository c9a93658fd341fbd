// SPDX-License-Identifier: Apache-2.0
// Delaftale recognition, 2019-26 and 2015-18 layouts (templates.md §2, §6).
#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "helhed/base/danish_number.h"
#include "helhed/import/activity_recogniser.h"
#include "helhed/import/danish_date.h"
#include "helhed/import/goal_table.h"
#include "helhed/import/measures_parser.h"
#include "helhed/import/party_parser.h"
#include "helhed/import/recognisers.h"
#include "helhed/import/staff_parser.h"
#include "helhed/import/text_clean.h"

namespace helhed::import {
namespace {

// The fields every 2019-26 delaftale fills (templates.md §2 rows 1-8).
constexpr std::string_view kRequired2019[] = {"plan_name", "period",   "parties",
                                              "goals",     "activity_list", "staff",
                                              "municipal_alignment", "revision_note"};
constexpr std::string_view kRequired2015[] = {"plan_name", "period_start", "parties", "problem_statement",
                                              "activity_list", "staff", "municipal_alignment"};

double ConfidenceOf(const Section& section) { return section.fused ? 0.9 : 1.0; }

// The first value of a section: the text on the label's line, else the
// first block.
std::string FirstValue(const Section& section) {
  if (!section.inline_value.empty()) return section.inline_value;
  if (!section.blocks.empty()) return CleanInline(section.blocks.front().text);
  return {};
}

// "… 894.000 kr. 114.000 kr. 1.107.000 kr.": n labels then n values (A11).
std::optional<model::BudgetShare> ParseBudgetShare(const std::string& text) {
  std::vector<std::int64_t> amounts;
  size_t pos = 0;
  while ((pos = text.find(" kr.", pos)) != std::string::npos) {
    size_t start = pos;
    while (start > 0 && (std::isdigit(static_cast<unsigned char>(text[start - 1])) || text[start - 1] == '.')) --start;
    if (start < pos) {
      if (auto value = ParseDanishNumber(std::string_view(text).substr(start, pos - start)); value.ok()) {
        amounts.push_back(static_cast<std::int64_t>(*value));
      }
    }
    pos += 4;
  }
  const std::string folded = FoldCase(text);
  const size_t lbf = folded.find("landsbyggefonden");
  const size_t local = folded.find("lokal medfinansiering");
  if (amounts.size() < 2 || lbf == std::string::npos || local == std::string::npos || lbf > local) {
    return std::nullopt;
  }
  return model::BudgetShare{amounts[0], amounts[1]};
}

size_t WordCount(std::string_view text) {
  size_t words = 1;
  for (char c : text) words += c == ' ' ? 1 : 0;
  return words;
}

// An explanation in an activity list ("Aktiviteterne kører i to spor: …."),
// not the name of an activity: a full sentence with a full stop.
bool IsSentence(const std::string& item) { return !item.empty() && item.back() == '.' && WordCount(item) >= 8; }

bool IsUpperStart(std::string_view word) {
  if (word.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(word[0]);
  return (c >= 'A' && c <= 'Z') || (c == 0xC3 && word.size() > 1 &&
                                    (static_cast<unsigned char>(word[1]) == 0x86 ||
                                     static_cast<unsigned char>(word[1]) == 0x98 ||
                                     static_cast<unsigned char>(word[1]) == 0x85));
}

// A flattened numbered item "Kriminalpræventive netværksmøder Der afholdes
// …" (Aalborg 212): the name ends where a capitalised word follows a lower-
// case one. Short items are names as they are.
std::string NameBeforeDescription(const std::string& item) {
  if (WordCount(item) < 15 || (item.find(". ") == std::string::npos && item.back() != '.')) return item;
  size_t pos = item.find(' ');
  size_t words = 1;
  while (pos != std::string::npos && pos + 1 < item.size()) {
    const std::string_view next = std::string_view(item).substr(pos + 1);
    const size_t prev_start = item.rfind(' ', pos - 1);
    const std::string_view prev =
        std::string_view(item).substr(prev_start == std::string::npos ? 0 : prev_start + 1);
    if (words >= 2 && IsUpperStart(next) && !IsUpperStart(prev)) return item.substr(0, pos);
    ++words;
    pos = item.find(' ', pos + 1);
  }
  return item;
}

// A cell listing activities with bullets may end with a paragraph that is a
// remark, not an activity: "• A • B <p><i>Indsatser for unge … hører under
// delaftale …</i></p>" (Fredericia 1279). The paragraph after the last
// bullet is reported and left out of the list.
Section WithoutRemarksAfterBullets(const Section& section, RecogniseContext& ctx) {
  Section out = section;
  for (Block& block : out.blocks) {
    const size_t last_bullet = block.text.rfind("\xE2\x80\xA2");
    if (last_bullet == std::string::npos) continue;
    const size_t remark = block.text.find("<p", last_bullet);
    if (remark == std::string::npos) continue;
    Block note = block;
    note.text = CleanInline(block.text.substr(remark));
    if (!note.text.empty()) ctx.Unrecognised(note, "en bemærkning efter aktivitetslisten, ikke en aktivitet");
    block.text.resize(remark);
  }
  return out;
}

}  // namespace

model::SubAgreement RecogniseSubAgreement(const Segment& segment, const std::string& path, RecogniseContext& ctx,
                                          std::string* frame) {
  model::SubAgreement sub;
  std::string area = segment.title_rest;
  area.erase(std::remove(area.begin(), area.end(), '"'), area.end());
  sub.focus_area = std::string(Trim(area));
  ctx.Field(path + "/focus_area", segment.title_line, ctx.labels.MatchFocusArea(sub.focus_area) ? 1.0 : 0.7);
  if (!ctx.labels.MatchFocusArea(sub.focus_area)) {
    ctx.Warn(segment.title_line, "unknown_focus_area",
             fmt::format("indsatsområdet \"{}\" er ikke et kendt indsatsområde eller alias", Excerpt(sub.focus_area, 80)));
  }
  const std::vector<Section> sections =
      SplitSections(segment.blocks, ctx.labels, {DocumentKind::kSubAgreement, DocumentKind::kActivity});
  std::vector<std::string> seen;
  std::vector<const Section*> activity_sections;
  // 2015-18 "Formål og lokalt opstillede målinger": the purpose and the
  // paragraphs of the measures, read after the loop.
  std::string last_field;
  std::string purpose_text;
  int purpose_line = 0;
  int measures_line = 0;
  std::vector<std::string> measure_paragraphs;
  bool old_layout = false;
  bool in_activities = false;
  // Text before the first label: the template's intro, or not understood.
  for (const Block& block : sections.front().blocks) {
    if (!ctx.labels.IsTemplateText(block.text)) ctx.Unrecognised(block, "tekst før delaftalens første felt");
  }
  for (size_t idx = 1; idx < sections.size(); ++idx) {
    const Section& section = sections[idx];
    const LabelEntry& label = *section.label;
    if (label.frame == "2015-18") old_layout = true;
    if (label.document == DocumentKind::kActivity) {
      if (label.field == "name") in_activities = true;
      if (in_activities) {
        activity_sections.push_back(&section);
      } else if (last_field == "purpose_measures" && label.field == "purpose") {
        // 2015-18: "Formål og lokalt opstillede målinger …: Formål: …".
        purpose_text = SectionText(section, ctx.labels);
        purpose_line = section.line;
      } else if (last_field == "measures") {
        // The measures table's "Datakilde:" column heading, flattened into
        // the measures' text (Aalborg 210).
        measure_paragraphs.push_back(section.inline_value);
        for (const Block& block : section.blocks) measure_paragraphs.push_back(block.text);
      } else {
        // "Formål:" inside the 2015-18 purpose block is not an activity.
        for (const Block& block : section.blocks) ctx.Unrecognised(block, "felt fra et aktivitetsskema uden Aktivitetsnavn");
      }
      continue;
    }
    in_activities = false;
    last_field = label.field;
    seen.push_back(label.field);
    const std::string field_path = path + "/" + label.field;
    if (label.field == "plan_name") {
      const std::string value = FirstValue(section);
      if (value.empty()) continue;
      sub.plan_name = value;
      ctx.Field(path + "/plan_name", section.line, ConfidenceOf(section));
    } else if (label.field == "period" || label.field == "period_start") {
      const std::string value = FirstValue(section);
      if (value.empty()) continue;
      sub.period = ParsePeriod(value, label.field == "period_start" ? label.texts.front() : std::string_view());
      ctx.Field(path + "/period", section.line, sub.period->start && sub.period->end ? 1.0 : 0.6);
      if (!sub.period->start || !sub.period->end) {
        ctx.Warn(section.line, "period_incomplete",
                 fmt::format("perioden \"{}\" har ikke både en fuld start- og slutdato; den er gemt som skrevet",
                             Excerpt(value, 80)));
      }
    } else if (label.field == "parties") {
      // A bold line is a group heading (Vejle 43), as a line ending in ":".
      std::vector<std::string> items;
      if (!section.inline_value.empty()) items = SplitListItems(section.inline_value);
      for (const Block& block : section.blocks) {
        const std::string_view raw = Trim(block.text);
        if (raw.size() > 4 && StartsWith(raw, "**") && raw.substr(raw.size() - 2) == "**") {
          items.push_back(CleanInline(raw) + ":");
          continue;
        }
        for (auto& item : SplitListItems(block.text)) items.push_back(std::move(item));
      }
      if (items.size() == 1) items = SplitFlattenedParties(items.front());
      std::vector<model::Party> parties;
      size_t item_idx = 0;
      for (const PartyItem& item : ParseParties(items, ctx.labels)) {
        if (item.party) {
          ctx.Field(fmt::format("{}/parties/{}", path, parties.size()), section.line, 0.9);
          parties.push_back(*item.party);
        } else if (!item.heading) {
          Block block;
          block.line = section.line;
          block.text = items[item_idx];
          ctx.Unrecognised(block, "ikke en aftalepart (prosatekst i listen over parter)");
        }
        ++item_idx;
      }
      if (!parties.empty()) sub.parties = std::move(parties);
    } else if (label.field == "goals") {
      std::vector<Block> leftover;
      const GoalTable table = ReadGoalTable(section.blocks, &leftover);
      for (const Block& block : leftover) {
        if (!ctx.labels.IsTemplateText(block.text)) ctx.Unrecognised(block, "tekst i afsnittet om delmål uden for tabellen");
      }
      if (table.header_line == 0) continue;
      auto goals = GoalsFromTable(table, path + "/goals", ctx);
      if (!goals.empty()) sub.goals = std::move(goals);
    } else if (label.field == "goal_list") {
      // 2015-18: "Mål for indsatsen er: - a - b" (delmål without a table).
      std::string text = SectionText(section, ctx.labels);
      std::vector<model::Goal> goals = sub.goals.value_or(std::vector<model::Goal>{});
      size_t start = 0;
      const std::string cleaned = CleanInline(text);
      std::vector<std::string> parts;
      while (start < cleaned.size()) {
        size_t next = cleaned.find(" - ", start);
        std::string part(Trim(std::string_view(cleaned).substr(start, next == std::string::npos ? std::string::npos : next - start)));
        if (StartsWith(part, "- ")) part.erase(0, 2);
        if (!part.empty()) parts.push_back(part);
        if (next == std::string::npos) break;
        start = next + 3;
      }
      for (auto& part : parts) {
        ctx.Field(fmt::format("{}/goals/{}/text", path, goals.size()), section.line, 0.8);
        goals.push_back(model::Goal{part, std::nullopt});
      }
      if (!goals.empty()) sub.goals = std::move(goals);
    } else if (label.field == "activity_list") {
      std::vector<std::string> items;
      const Section list = WithoutRemarksAfterBullets(section, ctx);
      for (const std::string& raw_item : SectionItems(list, ctx.labels)) {
        const std::string item = NameBeforeDescription(raw_item);
        if (IsSentence(item)) {
          Block block;
          block.line = section.line;
          block.text = item;
          ctx.Unrecognised(block, "en sætning, ikke et aktivitetsnavn, i aktivitetslisten");
          continue;
        }
        items.push_back(item);
      }
      if (!items.empty()) {
        sub.activity_list = items;
        ctx.Field(path + "/activity_list", section.line, ConfidenceOf(section));
      }
    } else if (label.field == "staff") {
      std::vector<model::Staff> staff = sub.staff.value_or(std::vector<model::Staff>{});
      for (const std::string& item : SectionItems(section, ctx.labels)) {
        // Several amounts in one item: a flattened list (Aalborg 212).
        std::vector<std::string> parts = SplitFlattenedStaff(item);
        if (parts.size() <= 2 && parts.size() >= 1 && !ParseStaffLine(parts.back())) parts = {item};
        for (const std::string& part : parts) {
          if (auto line = ParseStaffLine(part)) {
            ctx.Field(fmt::format("{}/staff/{}", path, staff.size()), section.line, 0.9);
            staff.push_back(std::move(*line));
          } else {
            Block block;
            block.line = section.line;
            block.text = part;
            ctx.Unrecognised(block, "medarbejderlinje uden timer eller stillingsandel");
          }
        }
      }
      if (!staff.empty()) sub.staff = std::move(staff);
    } else if (label.field == "municipal_alignment" || label.field == "revision_note" ||
               label.field == "problem_statement") {
      const std::string text = SectionText(section, ctx.labels);
      if (text.empty()) continue;
      std::optional<std::string>& target = label.field == "municipal_alignment" ? sub.municipal_alignment
                                           : label.field == "revision_note"     ? sub.revision_note
                                                                                : sub.problem_statement;
      target = text;
      ctx.Field(field_path, section.line, ConfidenceOf(section));
    } else if (label.field == "budget_share") {
      if (auto share = ParseBudgetShare(SectionText(section, ctx.labels))) {
        sub.budget_share = share;
        ctx.Field(path + "/budget_share", section.line, 0.8);
      } else {
        ctx.Warn(section.line, "budget_unparsed", "indsatsområdets økonomi kunne ikke læses som beløb");
      }
    } else if (label.field == "measures") {
      measures_line = section.line;
      measure_paragraphs.push_back(section.inline_value);
      for (const Block& block : section.blocks) measure_paragraphs.push_back(block.text);
    } else if (label.field == "conflict") {
      const std::string text = SectionText(section, ctx.labels);
      if (text.empty()) continue;
      sub.conflict_handling = text;
      ctx.Field(path + "/conflict_handling", section.line, ConfidenceOf(section));
    } else if (label.field == "purpose_measures") {
      // The row's label; its "Formål:" and measures follow as labels.
      for (const Block& block : section.blocks) ctx.Unrecognised(block, "tekst i rækken Formål og målinger");
    } else if (label.field == "attachments") {
      // The package's "Bilag" heading: the documents under it are segments
      // of their own (kommissorium, beredskabsplan); other text is reported.
      for (const Block& block : section.blocks) ctx.Unrecognised(block, "tekst under overskriften Bilag");
    } else if (label.field == "activity_forms") {
      for (const Block& block : section.blocks) ctx.Unrecognised(block, "tekst før det første aktivitetsskema");
    }
  }
  std::vector<model::Indicator> measures = ParseLocalMeasures(measure_paragraphs, ctx.labels);
  if (!measures.empty() || !purpose_text.empty()) {
    // The measures belong to the area's purpose (the template's row
    // "Formål og lokalt opstillede målinger"): one goal, first, as in the
    // document.
    model::Goal goal;
    goal.text = purpose_text;
    const std::string goal_path = path + "/goals/0";
    if (purpose_text.empty()) {
      ctx.Missing(goal_path + "/text", "Formål:");
    } else {
      ctx.Field(goal_path + "/text", purpose_line, 0.8);
    }
    for (size_t idx = 0; idx < measures.size(); ++idx) {
      const std::string indicator_path = fmt::format("{}/indicators/{}", goal_path, idx);
      ctx.Field(indicator_path + "/name", measures_line, 0.7);
      if (measures[idx].baseline_year) ctx.Field(indicator_path + "/baseline_year", measures_line, 0.7);
      if (measures[idx].source) ctx.Field(indicator_path + "/source", measures_line, 0.6);
      if (!measures[idx].baselines && !measures[idx].other_baselines) {
        ctx.Missing(indicator_path + "/baselines", "Baseline");
      }
    }
    if (!measures.empty()) goal.indicators = std::move(measures);
    std::vector<model::Goal> goals = sub.goals.value_or(std::vector<model::Goal>{});
    goals.insert(goals.begin(), std::move(goal));
    sub.goals = std::move(goals);
  }
  auto activities = RecogniseActivities(activity_sections, path + "/activities", ctx);
  if (!activities.empty()) sub.activities = std::move(activities);
  *frame = old_layout ? "2015-18" : "2019-26";
  const auto& required = old_layout ? std::vector<std::string_view>(std::begin(kRequired2015), std::end(kRequired2015))
                                    : std::vector<std::string_view>(std::begin(kRequired2019), std::end(kRequired2019));
  for (std::string_view field : required) {
    const bool present = std::find(seen.begin(), seen.end(), field) != seen.end();
    const bool filled =
        (field == "plan_name" && sub.plan_name) || ((field == "period" || field == "period_start") && sub.period) ||
        (field == "parties" && sub.parties) || (field == "goals" && sub.goals) ||
        (field == "activity_list" && sub.activity_list) || (field == "staff" && sub.staff) ||
        (field == "municipal_alignment" && sub.municipal_alignment) ||
        (field == "revision_note" && sub.revision_note) || (field == "problem_statement" && sub.problem_statement);
    if (!present || !filled) {
      const std::string json_field = field == "period_start" ? "period" : std::string(field);
      ctx.Missing(path + "/" + json_field, LabelText(ctx.labels, DocumentKind::kSubAgreement, std::string(field)));
    }
  }
  if (!sub.activities) ctx.Missing(path + "/activities", LabelText(ctx.labels, DocumentKind::kActivity, "name"));
  return sub;
}

}  // namespace helhed::import
