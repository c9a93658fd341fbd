// SPDX-License-Identifier: Apache-2.0
// LabelTable: the template labels the importer recognises, read from
// data/import/labels-<frame>.json (label, variants, target field, source
// line in domain/templates.md). Code never spells a label; it asks the table.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/base/statusor.h"

namespace helhed::import {

// DocumentKind: the documents of a plan package the segmenter tells apart.
enum class DocumentKind {
  kStrategicAgreement,
  kSubAgreement,
  kActivity,
  kTermsOfReference,
  kPreparednessPlan,
};

// One label of a template.
struct LabelEntry {
  DocumentKind document = DocumentKind::kSubAgreement;
  // Target field within the document, e.g. "plan_name", "purpose".
  std::string field;
  // The grant frame whose template has this label ("2019-26", "2015-18").
  std::string frame;
  // The label as written in the template and its known variants.
  std::vector<std::string> texts;
  // MatchKey() of each text.
  std::vector<std::string> keys;
  // CleanInline() of each text: what an inline label is searched as (made
  // once at load; the search runs for every paragraph).
  std::vector<std::string> cleaned;
  // True: the value may follow on the same line after a space (titles,
  // headings with a name). False: only ":" or nothing may follow the label.
  bool prefix = false;
  // True: the label may appear inside a line (fused labels, flattened text).
  bool inline_label = false;
  // Where the label is documented ("templates.md §2, Vejle 13").
  std::string source;
};

// A document title ("Delaftale for indsatsområdet ...").
struct TitleEntry {
  DocumentKind document = DocumentKind::kSubAgreement;
  std::string frame;
  // The title as the template writes it (documents out use it).
  std::string text;
  std::vector<std::string> keys;
  bool prefix = false;
  std::string source;
};

// A focus area name with its aliases (R22).
struct FocusAreaEntry {
  std::string name;
  std::string frame;
  std::vector<std::string> keys;  // MatchKey of name and aliases
};

// A fixed indicator of the strategic agreement's goal table.
struct FixedIndicatorEntry {
  std::string id;
  std::string goal_id;
  std::string key;  // MatchKey of the fixed wording
};

// Words that tell a party's kind ("kommune" -> municipality).
struct PartyKindEntry {
  std::string kind;  // a model PartyKind name, e.g. "municipality"
  std::vector<std::string> words;  // folded
};

// Words that give a baseline its scope, or an indicator its unit. `name` is
// a model enum name ("politikreds", "share").
struct WordClass {
  std::string name;
  std::vector<std::string> words;  // folded
};

// The column headings of a template table ("overall_goals", "goals"), in
// the template's order and spelling; documents out write them.
struct TableHeaderEntry {
  std::string table;
  std::string frame;
  std::vector<std::string> columns;
  std::string source;
};

// A label found in a block.
struct LabelMatch {
  const LabelEntry* entry = nullptr;
  // The rest of the block after the label (and a dropped bold echo of it),
  // cleaned; the value when it sits on the label's own line.
  std::string rest;
};

class LabelTable {
 public:
  // Reads and merges the label files (e.g. labels-2019-26.json and
  // labels-2015-18.json). kInvalidArgument naming the file for a malformed
  // file; kNotFound when a file is missing.
  static StatusOr<LabelTable> Load(const std::vector<std::filesystem::path>& files);
  // Parses one label file's text (for tests and the fuzzer).
  static StatusOr<LabelTable> FromJsonTexts(const std::vector<std::string>& texts);

  // The label of `document` that `text` starts with (templates.md matching
  // rule), preferring the longest. `frame_hint` empty = any frame.
  std::optional<LabelMatch> MatchStart(DocumentKind document, std::string_view text) const;

  // The title `text` starts with, if any; `rest` gets the text after it.
  const TitleEntry* MatchTitle(std::string_view text, std::string* rest) const;

  // Byte offsets (> 0) in CleanInline(text) where an inline label of one of
  // `documents` starts: where a fused or flattened line must be split.
  std::vector<size_t> InlineSplitPoints(const std::vector<DocumentKind>& documents,
                                        std::string_view cleaned) const;

  // The focus area `text` names (name or alias, after cleaning), or nullptr.
  const FocusAreaEntry* MatchFocusArea(std::string_view text) const;
  // The focus area named at the start of `text`.
  const FocusAreaEntry* MatchFocusAreaPrefix(std::string_view text) const;

  // True when `text` starts with known template guidance text.
  bool IsTemplateText(std::string_view text) const;

  // True when `text` is a marker after which the real document starts
  // ("Transkript:" in a scraped page); what comes before is not content.
  bool IsPreambleMarker(std::string_view text) const;

  // For documents out: the entry for `field` of `document` in `frame`'s
  // template, else in the first loaded file that has it (so a 2015-18 plan
  // gets the 2019-26 wording where its own template has no such label).
  // nullptr when no file has it. The label text is `texts.front()`.
  const LabelEntry* FindLabel(DocumentKind document, std::string_view field, std::string_view frame) const;
  // The same for a document title and a table's column headings.
  const TitleEntry* FindTitle(DocumentKind document, std::string_view frame) const;
  const TableHeaderEntry* FindTableHeader(std::string_view table, std::string_view frame) const;

  const std::vector<FixedIndicatorEntry>& fixed_indicators() const { return fixed_indicators_; }
  const std::vector<PartyKindEntry>& party_kinds() const { return party_kinds_; }
  const std::vector<LabelEntry>& labels() const { return labels_; }
  const std::vector<WordClass>& baseline_scopes() const { return baseline_scopes_; }
  const std::vector<WordClass>& indicator_units() const { return indicator_units_; }
  // Words that name a body of section 3 by kind ("styregruppe" ->
  // steering_group), an attachment by kind ("milepælsplan" ->
  // milestone_plan), and the role words of a person line: class "role"
  // holds word endings ("direktør", "chef"), class "role_for" the roles whose
  // organisation may follow "for" ("bestyrelsesformand for …"), class
  // "organisation_qualifier" the starts of a segment that belongs to the
  // organisation before it ("…, Region Syddanmark").
  const std::vector<WordClass>& body_kinds() const { return body_kinds_; }
  const std::vector<WordClass>& attachment_kinds() const { return attachment_kinds_; }
  const std::vector<WordClass>& role_words() const { return role_words_; }
  // The verb phrases that start a measure's target ("er faldet med" ->
  // "decrease"), for the 2015-18 "Lokalt opstillede målinger".
  const std::vector<WordClass>& target_phrases() const { return target_phrases_; }
  // The "Scope:" words of a measure's baseline ("Kommunen:" -> kommune).
  const std::vector<WordClass>& measure_scopes() const { return measure_scopes_; }

 private:
  std::vector<LabelEntry> labels_;
  std::vector<TitleEntry> titles_;
  std::vector<TableHeaderEntry> table_headers_;
  std::vector<FocusAreaEntry> focus_areas_;
  std::vector<FixedIndicatorEntry> fixed_indicators_;
  std::vector<PartyKindEntry> party_kinds_;
  std::vector<std::string> template_text_keys_;
  std::vector<std::string> preamble_marker_keys_;
  std::vector<WordClass> baseline_scopes_;
  std::vector<WordClass> indicator_units_;
  std::vector<WordClass> body_kinds_;
  std::vector<WordClass> attachment_kinds_;
  std::vector<WordClass> role_words_;
  std::vector<WordClass> target_phrases_;
  std::vector<WordClass> measure_scopes_;
};

// "strategic_agreement" etc.; nullopt for an unknown name.
std::optional<DocumentKind> DocumentKindFromName(std::string_view name);
std::string_view DocumentKindName(DocumentKind kind);

}  // namespace helhed::import
