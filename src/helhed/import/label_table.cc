// SPDX-License-Identifier: Apache-2.0
// Loading and matching the label tables (see label_table.h). The only JSON
// reading in this file is of our own data files; nlohmann's exceptions stay
// inside and become a Status.
#include "helhed/import/label_table.h"

#include <algorithm>
#include <fstream>
#include <sstream>
#include <tuple>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "helhed/base/status.h"
#include "helhed/base/status_macros.h"
#include "helhed/import/text_clean.h"

namespace helhed::import {
namespace {

using Json = nlohmann::json;

constexpr std::pair<DocumentKind, std::string_view> kKindNames[] = {
    {DocumentKind::kStrategicAgreement, "strategic_agreement"},
    {DocumentKind::kSubAgreement, "sub_agreement"},
    {DocumentKind::kActivity, "activity"},
    {DocumentKind::kTermsOfReference, "terms_of_reference"},
    {DocumentKind::kPreparednessPlan, "preparedness_plan"},
};

StatusOr<DocumentKind> KindOf(const Json& j) {
  const auto kind = DocumentKindFromName(j.at("document").get<std::string>());
  if (!kind) return InvalidArgumentError("ukendt dokumenttype: " + j.at("document").get<std::string>());
  return *kind;
}

// After `key` (a prefix of `folded`), what may follow decides the match.
bool BoundaryOk(std::string_view folded, size_t key_len, bool prefix) {
  if (folded.size() == key_len) return true;
  const char next = folded[key_len];
  if (next == ':') return true;
  if (prefix) return next == ' ' || next == '"' || next == '(' || next == ',';
  return false;
}

Status AddFile(const Json& root, LabelTable* table, std::vector<LabelEntry>* labels,
               std::vector<TitleEntry>* titles, std::vector<FocusAreaEntry>* areas,
               std::vector<FixedIndicatorEntry>* fixed, std::vector<PartyKindEntry>* kinds,
               std::vector<std::string>* template_keys, std::vector<std::string>* markers) {
  (void)table;
  const std::string frame = root.at("grant_frame").get<std::string>();
  for (const Json& t : root.at("documents")) {
    TitleEntry entry;
    HELHED_ASSIGN_OR_RETURN(entry.document, KindOf(t));
    entry.frame = frame;
    entry.text = t.at("title").get<std::string>();
    entry.keys.push_back(MatchKey(entry.text));
    for (const Json& v : t.value("variants", Json::array())) entry.keys.push_back(MatchKey(v.get<std::string>()));
    entry.prefix = t.value("prefix", false);
    entry.source = t.value("source", "");
    titles->push_back(std::move(entry));
  }
  for (const Json& l : root.at("labels")) {
    LabelEntry entry;
    HELHED_ASSIGN_OR_RETURN(entry.document, KindOf(l));
    entry.field = l.at("field").get<std::string>();
    entry.frame = frame;
    entry.texts.push_back(l.at("label").get<std::string>());
    for (const Json& v : l.value("variants", Json::array())) entry.texts.push_back(v.get<std::string>());
    for (const auto& text : entry.texts) {
      entry.keys.push_back(MatchKey(text));
      entry.cleaned.push_back(CleanInline(text));
    }
    entry.prefix = l.value("prefix", false);
    entry.inline_label = l.value("inline", false);
    entry.source = l.at("source").get<std::string>();
    labels->push_back(std::move(entry));
  }
  for (const Json& a : root.value("focus_areas", Json::array())) {
    FocusAreaEntry entry;
    entry.name = a.at("name").get<std::string>();
    entry.frame = frame;
    entry.keys.push_back(MatchKey(entry.name));
    for (const Json& alias : a.value("aliases", Json::array())) entry.keys.push_back(MatchKey(alias.get<std::string>()));
    areas->push_back(std::move(entry));
  }
  for (const Json& f : root.value("fixed_indicators", Json::array())) {
    fixed->push_back({f.at("id").get<std::string>(), f.at("goal_id").get<std::string>(),
                      MatchKey(f.at("text").get<std::string>())});
  }
  for (const Json& k : root.value("party_kinds", Json::array())) {
    PartyKindEntry entry;
    entry.kind = k.at("kind").get<std::string>();
    for (const Json& w : k.at("words")) entry.words.push_back(FoldCase(w.get<std::string>()));
    kinds->push_back(std::move(entry));
  }
  for (const Json& t : root.value("template_text", Json::array())) {
    template_keys->push_back(MatchKey(t.at("starts").get<std::string>()));
  }
  for (const Json& m : root.value("preamble_markers", Json::array())) {
    markers->push_back(MatchKey(m.at("text").get<std::string>()));
  }
  return OkStatus();
}

}  // namespace

std::optional<DocumentKind> DocumentKindFromName(std::string_view name) {
  for (const auto& [kind, kind_name] : kKindNames) {
    if (kind_name == name) return kind;
  }
  return std::nullopt;
}

std::string_view DocumentKindName(DocumentKind kind) {
  for (const auto& [k, name] : kKindNames) {
    if (k == kind) return name;
  }
  return "unknown";
}

StatusOr<LabelTable> LabelTable::FromJsonTexts(const std::vector<std::string>& texts) {
  LabelTable table;
  for (size_t idx = 0; idx < texts.size(); ++idx) {
    try {
      const Json root = Json::parse(texts[idx]);
      // Word classes: the file key, the key naming the class, the target.
      const std::tuple<const char*, const char*, std::vector<WordClass>*> word_classes[] = {
          {"baseline_scopes", "scope", &table.baseline_scopes_},
          {"indicator_units", "unit", &table.indicator_units_},
          {"body_kinds", "kind", &table.body_kinds_},
          {"attachment_kinds", "kind", &table.attachment_kinds_},
          {"role_words", "class", &table.role_words_},
          {"target_phrases", "direction", &table.target_phrases_},
          {"measure_scopes", "scope", &table.measure_scopes_},
      };
      for (const auto& [key, name_key, target] : word_classes) {
        for (const Json& c : root.value(key, Json::array())) {
          WordClass word_class;
          word_class.name = c.at(name_key).get<std::string>();
          for (const Json& w : c.at("words")) word_class.words.push_back(FoldCase(w.get<std::string>()));
          target->push_back(std::move(word_class));
        }
      }
      for (const Json& h : root.value("table_headers", Json::array())) {
        TableHeaderEntry entry{h.at("table").get<std::string>(), root.at("grant_frame").get<std::string>(),
                               h.at("columns").get<std::vector<std::string>>(), h.at("source").get<std::string>()};
        table.table_headers_.push_back(std::move(entry));
      }
      HELHED_RETURN_IF_ERROR(AddFile(root, &table, &table.labels_, &table.titles_, &table.focus_areas_,
                                     &table.fixed_indicators_, &table.party_kinds_,
                                     &table.template_text_keys_, &table.preamble_marker_keys_));
    } catch (const Json::exception& e) {
      return InvalidArgumentError(fmt::format("etikettabel nr. {} kan ikke læses: {}", idx + 1, e.what()));
    }
  }
  return table;
}

StatusOr<LabelTable> LabelTable::Load(const std::vector<std::filesystem::path>& files) {
  std::vector<std::string> texts;
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return NotFoundError("etikettabellen findes ikke: " + path.string());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    texts.push_back(buffer.str());
  }
  auto table = FromJsonTexts(texts);
  if (!table.ok()) return table.status().WithContext("datafilerne i data/import");
  return table;
}

namespace {

// The entry of `frame` if any, else the first one: the lookup FindLabel,
// FindTitle and FindTableHeader share.
template <typename Entry, typename Pred>
const Entry* FindForFrame(const std::vector<Entry>& entries, std::string_view frame, Pred matches) {
  const Entry* fallback = nullptr;
  for (const Entry& entry : entries) {
    if (!matches(entry)) continue;
    if (entry.frame == frame) return &entry;
    if (fallback == nullptr) fallback = &entry;
  }
  return fallback;
}

}  // namespace

const LabelEntry* LabelTable::FindLabel(DocumentKind document, std::string_view field, std::string_view frame) const {
  return FindForFrame(labels_, frame,
                      [&](const LabelEntry& entry) { return entry.document == document && entry.field == field; });
}

const TitleEntry* LabelTable::FindTitle(DocumentKind document, std::string_view frame) const {
  return FindForFrame(titles_, frame, [&](const TitleEntry& entry) { return entry.document == document; });
}

const TableHeaderEntry* LabelTable::FindTableHeader(std::string_view table, std::string_view frame) const {
  return FindForFrame(table_headers_, frame, [&](const TableHeaderEntry& entry) { return entry.table == table; });
}

std::optional<LabelMatch> LabelTable::MatchStart(DocumentKind document, std::string_view text) const {
  const std::string cleaned = CleanInline(text);
  const std::string folded = FoldCase(cleaned);
  const LabelEntry* best = nullptr;
  size_t best_len = 0;
  for (const auto& entry : labels_) {
    if (entry.document != document) continue;
    for (const auto& key : entry.keys) {
      if (key.empty() || key.size() <= best_len || !StartsWith(folded, key)) continue;
      if (!BoundaryOk(folded, key.size(), entry.prefix)) continue;
      best = &entry;
      best_len = key.size();
    }
  }
  if (best == nullptr) return std::nullopt;
  size_t pos = best_len;
  if (pos < cleaned.size() && cleaned[pos] == ':') ++pos;
  std::string rest(Trim(std::string_view(cleaned).substr(pos)));
  // A bold echo of the label ("Formål:**Formål**") carries nothing.
  for (const auto& key : best->keys) {
    const std::string rest_folded = FoldCase(rest);
    if (!key.empty() && StartsWith(rest_folded, key) &&
        (rest_folded.size() == key.size() || rest_folded[key.size()] == ':')) {
      size_t cut = key.size();
      if (cut < rest.size() && rest[cut] == ':') ++cut;
      rest = std::string(Trim(std::string_view(rest).substr(cut)));
      break;
    }
  }
  return LabelMatch{best, std::move(rest)};
}

const TitleEntry* LabelTable::MatchTitle(std::string_view text, std::string* rest) const {
  const std::string cleaned = CleanInline(text);
  const std::string folded = FoldCase(cleaned);
  const TitleEntry* best = nullptr;
  size_t best_len = 0;
  for (const auto& entry : titles_) {
    for (const auto& key : entry.keys) {
      if (key.size() <= best_len || !StartsWith(folded, key)) continue;
      if (!BoundaryOk(folded, key.size(), entry.prefix) && !(entry.prefix && folded[key.size()] == '/')) continue;
      best = &entry;
      best_len = key.size();
    }
  }
  if (best != nullptr && rest != nullptr) {
    *rest = std::string(Trim(std::string_view(cleaned).substr(best_len)));
  }
  return best;
}

std::vector<size_t> LabelTable::InlineSplitPoints(const std::vector<DocumentKind>& documents,
                                                  std::string_view cleaned) const {
  // (start, end) of every inline label occurrence; longest wins at a start,
  // and an occurrence inside another is ignored.
  std::vector<std::pair<size_t, size_t>> hits;
  for (const auto& entry : labels_) {
    if (!entry.inline_label) continue;
    if (std::find(documents.begin(), documents.end(), entry.document) == documents.end()) continue;
    for (const std::string& needle : entry.cleaned) {
      if (needle.size() < 6) continue;
      size_t pos = cleaned.find(needle, 1);
      while (pos != std::string_view::npos) {
        hits.emplace_back(pos, pos + needle.size());
        pos = cleaned.find(needle, pos + 1);
      }
    }
  }
  std::sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : a.second > b.second;
  });
  std::vector<size_t> points;
  size_t covered_until = 0;
  for (const auto& [start, end] : hits) {
    if (start < covered_until) continue;
    points.push_back(start);
    covered_until = end;
  }
  return points;
}

const FocusAreaEntry* LabelTable::MatchFocusArea(std::string_view text) const {
  const std::string key = MatchKey(text);
  for (const auto& entry : focus_areas_) {
    for (const auto& k : entry.keys) {
      if (k == key) return &entry;
    }
  }
  return nullptr;
}

const FocusAreaEntry* LabelTable::MatchFocusAreaPrefix(std::string_view text) const {
  std::string key = MatchKey(text);
  // Quotes around a title's area name ("Sammenhængskraft og medborgerskab").
  key.erase(std::remove(key.begin(), key.end(), '"'), key.end());
  const FocusAreaEntry* best = nullptr;
  size_t best_len = 0;
  for (const auto& entry : focus_areas_) {
    for (const auto& k : entry.keys) {
      if (k.size() > best_len && StartsWith(key, k) && BoundaryOk(key, k.size(), true)) {
        best = &entry;
        best_len = k.size();
      }
    }
  }
  return best;
}

bool LabelTable::IsTemplateText(std::string_view text) const {
  const std::string key = MatchKey(text);
  for (const auto& t : template_text_keys_) {
    if (StartsWith(key, t)) return true;
  }
  return false;
}

bool LabelTable::IsPreambleMarker(std::string_view text) const {
  const std::string key = MatchKey(text);
  return std::find(preamble_marker_keys_.begin(), preamble_marker_keys_.end(), key) !=
         preamble_marker_keys_.end();
}

}  // namespace helhed::import
