// SPDX-License-Identifier: Apache-2.0
// Party list parsing (see party_parser.h).
#include "helhed/import/party_parser.h"

#include "helhed/import/role_split.h"
#include "helhed/import/text_clean.h"
#include "helhed/model/enum_names.h"

namespace helhed::import {
namespace {

bool IsUpper(std::string_view text, size_t pos) {
  if (pos >= text.size()) return false;
  const unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c >= 'A' && c <= 'Z') return true;
  // Æ Ø Å (C3 86, C3 98, C3 85).
  return c == 0xC3 && pos + 1 < text.size() &&
         (static_cast<unsigned char>(text[pos + 1]) == 0x86 || static_cast<unsigned char>(text[pos + 1]) == 0x98 ||
          static_cast<unsigned char>(text[pos + 1]) == 0x85);
}

size_t WordEnd(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] != ' ' && text[pos] != ',') ++pos;
  return pos;
}

// A prose sentence is not a party: long and ending with a full stop.
bool IsProse(std::string_view text) {
  size_t words = 1;
  for (char c : text) words += c == ' ' ? 1 : 0;
  return words > 12 || (!text.empty() && text.back() == '.' && words > 6);
}

std::string GroupOrganisation(std::string heading) {
  while (!heading.empty() && heading.back() == ':') heading.pop_back();
  // "Samarbejdspartnere i Jobcenter Vejle" -> "Jobcenter Vejle".
  const std::string folded = FoldCase(heading);
  const size_t in = folded.find(" i ");
  if (in != std::string::npos && folded.find("samarbejdspartnere") != std::string::npos) {
    return std::string(Trim(std::string_view(heading).substr(in + 3)));
  }
  return heading;
}

}  // namespace

std::optional<model::PartyKind> PartyKindOf(std::string_view text, const LabelTable& labels) {
  const std::string folded = FoldCase(text);
  for (const auto& kind : labels.party_kinds()) {
    for (const auto& word : kind.words) {
      if (folded.find(word) == std::string::npos) continue;
      if (auto parsed = model::ParseEnum<model::PartyKind>(kind.kind); parsed.ok()) return *parsed;
    }
  }
  return std::nullopt;
}

std::vector<std::string> SplitFlattenedParties(std::string_view text) {
  const std::string cleaned = CleanInline(text);
  std::vector<size_t> starts;
  size_t pos = 0;
  while (pos < cleaned.size()) {
    if ((pos == 0 || cleaned[pos - 1] == ' ') && IsUpper(cleaned, pos)) {
      const size_t first_end = WordEnd(cleaned, pos);
      if (first_end + 1 < cleaned.size() && cleaned[first_end] == ' ' && IsUpper(cleaned, first_end + 1)) {
        const size_t second_end = WordEnd(cleaned, first_end + 1);
        if (second_end < cleaned.size() && cleaned[second_end] == ',') {
          starts.push_back(pos);
          pos = second_end;
          continue;
        }
      }
    }
    ++pos;
  }
  if (starts.size() < 2) return {cleaned};
  std::vector<std::string> parts;
  if (starts[0] > 0) parts.emplace_back(Trim(std::string_view(cleaned).substr(0, starts[0])));
  for (size_t idx = 0; idx < starts.size(); ++idx) {
    const size_t end = idx + 1 < starts.size() ? starts[idx + 1] : cleaned.size();
    std::string part(Trim(std::string_view(cleaned).substr(starts[idx], end - starts[idx])));
    while (!part.empty() && part.back() == '.') part.pop_back();
    parts.push_back(std::move(part));
  }
  return parts;
}

std::vector<PartyItem> ParseParties(const std::vector<std::string>& items, const LabelTable& labels) {
  std::vector<PartyItem> out;
  std::string group;
  for (const std::string& raw : items) {
    const std::string item = CleanInline(raw);
    PartyItem parsed;
    if (item.empty() || IsProse(item)) {
      out.push_back(parsed);
      continue;
    }
    if (item.back() == ':' || raw.find("**") != std::string::npos) {
      parsed.heading = true;
      group = GroupOrganisation(item);
      out.push_back(parsed);
      continue;
    }
    model::Party party;
    const size_t dash = item.find(" \xE2\x80\x93 ");  // " – "
    if (dash != std::string::npos) {
      // "Person A – udviklingschef i Kulturforvaltningen": a person.
      party.contact = item;
      party.name = group.empty() ? item : group;
    } else if (RoleAndOrganisation split = SplitRoleAndOrganisation(item, labels); split.organisation) {
      // "Chef for Børn og Skole, Fredericia Kommune", "Erhvervsdirektør
      // Business Fredericia": the role is the contact.
      party.contact = split.role;
      party.name = *split.organisation;
    } else {
      party.name = item;
    }
    party.kind = PartyKindOf(party.name, labels);
    if (!party.kind && party.contact) party.kind = PartyKindOf(*party.contact, labels);
    if (!party.kind) party.kind = model::PartyKind::kOther;
    parsed.party = std::move(party);
    out.push_back(std::move(parsed));
  }
  return out;
}

}  // namespace helhed::import
