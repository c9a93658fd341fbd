// SPDX-License-Identifier: Apache-2.0
// Role/organisation splitting (see role_split.h).
#include "helhed/import/role_split.h"

#include <vector>

#include "helhed/import/text_clean.h"

namespace helhed::import {
namespace {

const WordClass* ClassNamed(const LabelTable& labels, std::string_view name) {
  for (const WordClass& word_class : labels.role_words()) {
    if (word_class.name == name) return &word_class;
  }
  return nullptr;
}

bool EndsWith(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

// True when the folded word ends in one of the class's endings, also in the
// definite or plural form ("direktøren", "medarbejdere").
bool WordInClass(std::string_view word, std::string_view class_name, const LabelTable& labels) {
  const WordClass* word_class = ClassNamed(labels, class_name);
  if (word_class == nullptr) return false;
  std::string folded = FoldCase(word);
  while (!folded.empty() && (folded.back() == ',' || folded.back() == '.' || folded.back() == ':' ||
                             folded.back() == ';')) {
    folded.pop_back();
  }
  for (const std::string& ending : word_class->words) {
    for (std::string_view suffix : {"", "e", "en", "er", "ne"}) {
      if (EndsWith(folded, ending + std::string(suffix))) return true;
    }
  }
  return false;
}

bool StartsUpper(std::string_view text) {
  if (text.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(text[0]);
  if (c >= 'A' && c <= 'Z') return true;
  return c == 0xC3 && text.size() > 1 &&
         (static_cast<unsigned char>(text[1]) == 0x86 || static_cast<unsigned char>(text[1]) == 0x98 ||
          static_cast<unsigned char>(text[1]) == 0x85);
}

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(' ', pos);
    if (end == std::string_view::npos) end = text.size();
    if (end > pos) words.push_back(text.substr(pos, end - pos));
    pos = end + 1;
  }
  return words;
}

std::string Joined(const std::vector<std::string_view>& words, size_t from, size_t to) {
  std::string out;
  for (size_t idx = from; idx < to; ++idx) {
    if (!out.empty()) out += ' ';
    out += words[idx];
  }
  return out;
}

// "Erhvervsdirektør Business Fredericia", "Direktør i boli.nu",
// "Bestyrelsesformand for Almue Retsjælpen": a role word among the first
// three words, then the organisation (after "i", or "for" for the roles that
// take it, or directly when it starts with a capital).
std::optional<RoleAndOrganisation> RoleThenOrganisation(std::string_view text, const LabelTable& labels) {
  const std::vector<std::string_view> words = Words(text);
  for (size_t idx = 0; idx < words.size() && idx < 3; ++idx) {
    if (!IsRoleWord(words[idx], labels)) continue;
    if (idx + 1 >= words.size()) return std::nullopt;
    const std::string next = FoldCase(words[idx + 1]);
    size_t org_start = idx + 1;
    if (next == "i" || (next == "for" && WordInClass(words[idx], "role_for", labels))) {
      org_start = idx + 2;
    } else if (!StartsUpper(words[idx + 1])) {
      // "Repræsentant fra direktionen i Fredericia Kommune": the
      // organisation after the role's own " i ".
      for (size_t later = idx + 1; later + 1 < words.size(); ++later) {
        if (FoldCase(words[later]) == "i" && StartsUpper(words[later + 1])) {
          return RoleAndOrganisation{Joined(words, 0, later), Joined(words, later + 1, words.size())};
        }
      }
      return std::nullopt;
    }
    if (org_start >= words.size()) return std::nullopt;
    return RoleAndOrganisation{Joined(words, 0, idx + 1), Joined(words, org_start, words.size())};
  }
  return std::nullopt;
}

// "Boli.nu Direktør": the organisation, then one role word.
std::optional<RoleAndOrganisation> OrganisationThenRole(std::string_view text, const LabelTable& labels) {
  const std::vector<std::string_view> words = Words(text);
  // Both capitalised, as a table cell writes them ("Boligsocial projektchef"
  // is one role).
  if (words.size() < 2 || !StartsUpper(text) || !StartsUpper(words.back()) || !IsRoleWord(words.back(), labels)) {
    return std::nullopt;
  }
  for (size_t idx = 0; idx + 1 < words.size(); ++idx) {
    if (IsRoleWord(words[idx], labels)) return std::nullopt;
  }
  return RoleAndOrganisation{std::string(words.back()), Joined(words, 0, words.size() - 1)};
}

}  // namespace

bool IsRoleWord(std::string_view word, const LabelTable& labels) { return WordInClass(word, "role", labels); }

RoleAndOrganisation SplitRoleAndOrganisation(std::string_view line, const LabelTable& labels) {
  const std::string text(Trim(line));
  // "Fagchef for Beskæftigelse og Borgerservice – Fredericia Kommune".
  const size_t dash = text.rfind(" \xE2\x80\x93 ");
  if (dash != std::string::npos && StartsUpper(std::string_view(text).substr(dash + 5))) {
    return {text.substr(0, dash), text.substr(dash + 5)};
  }
  // Comma segments; a qualifier ("Region Syddanmark") belongs to the
  // organisation before it.
  std::vector<std::string> segments;
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = text.find(", ", start);
    std::string segment(Trim(std::string_view(text).substr(start, comma == std::string::npos ? std::string::npos
                                                                                               : comma - start)));
    bool qualifier = false;
    if (const WordClass* qualifiers = ClassNamed(labels, "organisation_qualifier"); qualifiers != nullptr) {
      const std::string folded = FoldCase(segment);
      for (const std::string& word : qualifiers->words) qualifier = qualifier || StartsWith(folded, word);
    }
    if (qualifier && !segments.empty()) {
      segments.back() += ", " + segment;
    } else {
      segments.push_back(std::move(segment));
    }
    if (comma == std::string::npos) break;
    start = comma + 2;
  }
  auto rest_before_last = [&] {
    std::string out;
    for (size_t idx = 0; idx + 1 < segments.size(); ++idx) {
      if (!out.empty()) out += ", ";
      out += segments[idx];
    }
    return out;
  };
  const std::string& last = segments.back();
  if (segments.size() > 1) {
    const std::vector<std::string_view> last_words = Words(last);
    // "…, Fredericia Kommune": the last segment is the organisation.
    if (StartsUpper(last) && !last_words.empty() && !IsRoleWord(last_words.front(), labels)) {
      return {rest_before_last(), last};
    }
    // "Person O, direktør Alabu Bolig": role word, then the organisation.
    if (auto split = RoleThenOrganisation(last, labels)) {
      return {rest_before_last() + ", " + split->role, split->organisation};
    }
    return {text, std::nullopt};
  }
  if (auto split = RoleThenOrganisation(text, labels)) return *split;
  if (auto split = OrganisationThenRole(text, labels)) return *split;
  return {text, std::nullopt};
}

std::optional<model::Member> SeatMember(std::string_view item, const LabelTable& labels) {
  std::string text = CleanInline(item);
  if (StartsWith(text, "- ")) text.erase(0, 2);
  if (text.empty() || text.back() == '.' || text.back() == ':') return std::nullopt;
  std::string note;
  if (text.back() == ')') {
    const size_t open = text.rfind('(');
    if (open != std::string::npos && open > 0) {
      note = FoldCase(text.substr(open));
      text = std::string(Trim(std::string_view(text).substr(0, open)));
    }
  }
  const std::vector<std::string_view> words = Words(text);
  constexpr size_t kMaxSeatWords = 10;
  if (words.empty() || words.size() > kMaxSeatWords) return std::nullopt;
  bool has_role = false;
  for (std::string_view word : words) has_role = has_role || IsRoleWord(word, labels);
  if (!has_role) return std::nullopt;
  const RoleAndOrganisation split = SplitRoleAndOrganisation(text, labels);
  model::Member member;
  member.role = split.role;
  member.organisation = split.organisation;
  if (note.find("uden stemme") != std::string::npos) member.voting = false;
  if (note.find("med stemme") != std::string::npos) member.voting = true;
  return member;
}

}  // namespace helhed::import
