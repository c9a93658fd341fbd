// SPDX-License-Identifier: Apache-2.0
// Section 3 (Organisering) of the strategic agreement: the bodies, each under
// a heading ("Bestyrelse for Den Bydækkende Helhedsplan", "Områdesekretariatet")
// or as a list item "<body> består af …:" (the steering groups under
// "Styregrupper"), with the list of seats that follows and the cadence of a
// sentence "… mødes 4 gange årligt" that names the body's kind.
#include <fmt/format.h>

#include "helhed/import/meeting_cadence.h"
#include "helhed/import/recognisers.h"
#include "helhed/import/role_split.h"
#include "helhed/import/text_clean.h"
#include "helhed/model/enum_names.h"

namespace helhed::import {
namespace {

constexpr size_t kMaxHeadingWords = 8;
constexpr std::string_view kConsistsOf = " består af";

const WordClass* BodyKindOf(std::string_view text, const LabelTable& labels) {
  const std::string folded = FoldCase(text);
  for (const WordClass& kind : labels.body_kinds()) {
    for (const std::string& word : kind.words) {
      if (folded.find(word) != std::string::npos) return &kind;
    }
  }
  return nullptr;
}

size_t WordCount(std::string_view text) {
  size_t words = text.empty() ? 0 : 1;
  for (char c : text) words += c == ' ' ? 1 : 0;
  return words;
}

bool IsListItem(const Block& block) {
  const std::string_view raw = Trim(block.text);
  return block.list_level >= 0 || StartsWith(raw, "- ") || StartsWith(raw, "\xE2\x80\xA2");
}

// A heading: a short line of its own without closing punctuation.
bool IsHeading(const Block& block, const std::string& text) {
  if (block.is_row() || IsListItem(block) || text.empty()) return false;
  const char last = text.back();
  return WordCount(text) <= kMaxHeadingWords && last != '.' && last != ':' && last != ',';
}

// The sentences of a paragraph that say how often a body meets.
std::optional<double> CadenceIn(const std::string& text, const WordClass& kind) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(". ", start);
    if (end == std::string::npos) end = text.size();
    const std::string sentence = text.substr(start, end - start);
    const std::string folded = FoldCase(sentence);
    bool names_kind = false;
    for (const std::string& word : kind.words) names_kind = names_kind || folded.find(word) != std::string::npos;
    if (names_kind && folded.find("mødes") != std::string::npos) {
      if (auto meetings = MeetingsPerYear(sentence)) return meetings;
    }
    start = end + 2;
  }
  return std::nullopt;
}

struct OpenBody {
  model::Body body;
  const WordClass* kind = nullptr;
  int line = 0;
  // A plural heading ("Styregrupper") whose bodies are its list items.
  bool heading_only = false;
};

}  // namespace

std::optional<model::Organisation> RecogniseOrganisation(const Section& section, RecogniseContext& ctx) {
  std::vector<OpenBody> bodies;
  // The bodies under the current heading; a cadence sentence applies to all.
  size_t group_start = 0;
  bool group_open = false;
  auto start_body = [&](const std::string& name, const WordClass* kind, int line) {
    OpenBody open;
    open.body.name = name;
    if (auto parsed = model::ParseEnum<model::BodyKind>(kind->name); parsed.ok()) open.body.kind = *parsed;
    open.kind = kind;
    open.line = line;
    bodies.push_back(std::move(open));
  };
  for (const Block& block : section.blocks) {
    std::string text = CleanInline(block.text);
    if (StartsWith(text, "- ")) text.erase(0, 2);
    if (text.empty() || ctx.labels.IsTemplateText(block.text)) continue;
    const size_t consists = FoldCase(text).find(kConsistsOf);
    if (IsHeading(block, text)) {
      const WordClass* kind = BodyKindOf(text, ctx.labels);
      group_open = kind != nullptr && !StartsWith(FoldCase(text), "organisationsdiagram");
      if (!group_open) continue;
      group_start = bodies.size();
      start_body(text, kind, block.line);
      continue;
    }
    if (!group_open) continue;
    if (IsListItem(block) && consists != std::string::npos) {
      // "Styregruppen for … består af …:" opens a body of the group; the
      // plural heading above it was only a heading.
      const std::string name(Trim(std::string_view(text).substr(0, consists)));
      if (const WordClass* kind = BodyKindOf(name, ctx.labels)) {
        if (bodies.size() == group_start + 1 && !bodies.back().body.members && !bodies.back().heading_only) {
          bodies.back().heading_only = true;
        }
        start_body(name, kind, block.line);
        continue;
      }
    }
    OpenBody& current = bodies.back();
    if (IsListItem(block)) {
      if (auto member = SeatMember(text, ctx.labels)) {
        if (!current.body.members) current.body.members.emplace();
        current.body.members->push_back(std::move(*member));
      }
      continue;
    }
    // Prose: the cadence for the group's bodies, the description of a body
    // under its own heading.
    for (size_t idx = group_start; idx < bodies.size(); ++idx) {
      OpenBody& body = bodies[idx];
      if (body.body.meetings_per_year || body.heading_only) continue;
      if (auto meetings = CadenceIn(text, *body.kind)) body.body.meetings_per_year = meetings;
    }
    if (bodies.size() == group_start + 1 && !current.heading_only) {
      current.body.description = current.body.description ? *current.body.description + "\n" + text : text;
    }
  }
  std::vector<model::Body> out;
  for (OpenBody& open : bodies) {
    if (open.heading_only) continue;
    const std::string path = fmt::format("/organisation/bodies/{}", out.size());
    ctx.Field(path + "/name", open.line, 0.9);
    if (open.body.members) ctx.Field(path + "/members", open.line, 0.8);
    if (open.body.meetings_per_year) ctx.Field(path + "/meetings_per_year", open.line, 0.8);
    out.push_back(std::move(open.body));
  }
  if (out.empty()) return std::nullopt;
  model::Organisation organisation;
  organisation.bodies = std::move(out);
  return organisation;
}

}  // namespace helhed::import
