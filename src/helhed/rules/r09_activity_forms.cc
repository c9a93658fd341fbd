// SPDX-License-Identifier: Apache-2.0
// R9: the activity list of a delaftale (what the board approves) and its
// activity forms (aktivitetsskemaer) describe the same activities. Names are
// compared after normalisation (case, punctuation, a trailing parenthesis);
// a small edit distance or a name that only adds words is a near-match.
#include <algorithm>
#include <memory>
#include <vector>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::Quote;

constexpr std::string_view kFormMissing = "R9.form_missing";
constexpr std::string_view kListMissing = "R9.list_entry_missing";
constexpr std::string_view kNearMatch = "R9.near_match";
constexpr std::string_view kOrder = "R9.order_differs";
constexpr std::string_view kCodes[] = {kFormMissing, kListMissing, kNearMatch, kOrder};

// The first `words` words of a normalised name.
std::string FirstWords(const std::string& name, size_t words) {
  size_t from = 0;
  for (size_t count = 0; count < words; ++count) {
    const size_t space = name.find(' ', from);
    if (space == std::string::npos) return name;
    from = space + 1;
  }
  return name.substr(0, from - 1);
}

// Near when the names are a few edits apart, or when the longer one starts
// with (a few edits of) the shorter one and adds words: Vejle's form
// "Beskæftigelsesrettet" for the list entry "Beskæftigelsesrettet
// kriminalitetsforebyggelse"; Fredericia's "Lommepege- og
// fritidsjob/studiejob" for "Lommepenge- og fritidsjob".
bool IsNear(const std::string& a, const std::string& b, int max_distance) {
  if (internal::EditDistance(a, b) <= max_distance) return true;
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  if (shorter.empty()) return false;
  const size_t words = static_cast<size_t>(std::count(shorter.begin(), shorter.end(), ' ')) + 1;
  return internal::EditDistance(shorter, FirstWords(longer, words)) <= max_distance;
}

class ActivityForms : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    if (!ctx.plan.sub_agreements) return;
    for (size_t sub_idx = 0; sub_idx < ctx.plan.sub_agreements->size(); ++sub_idx) {
      CheckSub((*ctx.plan.sub_agreements)[sub_idx], "/sub_agreements/" + std::to_string(sub_idx),
               ctx.pack.activity_name_max_edit_distance, sink);
    }
  }

 private:
  static void CheckSub(const model::SubAgreement& sub, const std::string& pointer, int max_distance,
                       FindingSink& sink) {
    static const std::vector<std::string> kNone;
    static const std::vector<model::Activity> kNoForms;
    const std::vector<std::string>& list = sub.activity_list ? *sub.activity_list : kNone;
    const std::vector<model::Activity>& forms = sub.activities ? *sub.activities : kNoForms;
    std::vector<std::string> list_names;
    std::vector<std::string> form_names;
    for (const std::string& entry : list) list_names.push_back(internal::NormaliseName(entry));
    for (const model::Activity& form : forms) form_names.push_back(internal::NormaliseName(form.name));
    std::vector<int> form_of_entry(list.size(), -1);
    std::vector<bool> form_used(forms.size(), false);
    // Exact matches first, so a near-match never steals an exact partner.
    for (size_t entry_idx = 0; entry_idx < list.size(); ++entry_idx) {
      for (size_t form_idx = 0; form_idx < forms.size(); ++form_idx) {
        if (!form_used[form_idx] && list_names[entry_idx] == form_names[form_idx]) {
          form_of_entry[entry_idx] = static_cast<int>(form_idx);
          form_used[form_idx] = true;
          break;
        }
      }
    }
    for (size_t entry_idx = 0; entry_idx < list.size(); ++entry_idx) {
      if (form_of_entry[entry_idx] >= 0) continue;
      for (size_t form_idx = 0; form_idx < forms.size(); ++form_idx) {
        if (form_used[form_idx] || !IsNear(list_names[entry_idx], form_names[form_idx], max_distance)) continue;
        form_of_entry[entry_idx] = static_cast<int>(form_idx);
        form_used[form_idx] = true;
        sink.Add(kNearMatch, pointer + "/activities/" + std::to_string(form_idx) + "/name",
                 "I " + internal::SubLabel(sub) + " hedder aktiviteten " + Quote(list[entry_idx]) +
                     " i aktivitetslisten, men " + Quote(forms[form_idx].name) +
                     " i aktivitetsskemaet. Skriv navnet ens begge steder.");
        break;
      }
    }
    for (size_t entry_idx = 0; entry_idx < list.size(); ++entry_idx) {
      if (form_of_entry[entry_idx] >= 0) continue;
      sink.Add(kFormMissing, pointer + "/activity_list/" + std::to_string(entry_idx),
               "Aktiviteten " + Quote(list[entry_idx]) + " står i aktivitetslisten i " + internal::SubLabel(sub) +
                   ", men har intet aktivitetsskema.");
    }
    for (size_t form_idx = 0; form_idx < forms.size(); ++form_idx) {
      if (form_used[form_idx]) continue;
      sink.Add(kListMissing, pointer + "/activities/" + std::to_string(form_idx) + "/name",
               "Aktivitetsskemaet " + Quote(forms[form_idx].name) + " i " + internal::SubLabel(sub) +
                   " står ikke i aktivitetslisten (Aktiviteter, som skal bidrage til indfrielsen af delmålene), som bestyrelsen godkender.");
    }
    int last_form = -1;
    for (int form_idx : form_of_entry) {
      if (form_idx < 0) continue;
      if (form_idx < last_form) {
        sink.Add(kOrder, pointer + "/activities",
                 "Aktivitetsskemaerne i " + internal::SubLabel(sub) +
                     " står i en anden rækkefølge end aktivitetslisten.");
        break;
      }
      last_form = form_idx;
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeActivityForms() { return std::make_unique<ActivityForms>(); }

}  // namespace helhed::rules
