// SPDX-License-Identifier: Apache-2.0
// R21: "Navn på den boligsociale indsats" in a delaftale names the plan.
// Spelling variants pass: words are compared after normalisation, without
// small words and years, and a word matches its inflected form
// ("Boligsociale" / "Boligsocial"). Fredericia's Krim delaftale gives the
// area name "Kriminalitetsforebyggelse" instead.
#include <cctype>
#include <memory>
#include <vector>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::Quote;

constexpr std::string_view kCode = "R21.plan_name_differs";
constexpr std::string_view kCodes[] = {kCode};

// Danish function words that name no plan.
constexpr std::string_view kSmallWords[] = {"den", "det", "de", "i", "og", "for", "af", "v", "ved", "til", "på"};

std::vector<std::string> Words(std::string_view name) {
  const std::string normalised = internal::Normalise(name);
  std::vector<std::string> words;
  size_t from = 0;
  while (from <= normalised.size()) {
    size_t space = normalised.find(' ', from);
    if (space == std::string::npos) space = normalised.size();
    std::string word = normalised.substr(from, space - from);
    from = space + 1;
    if (word.empty() || std::isdigit(static_cast<unsigned char>(word[0]))) continue;
    bool small = false;
    for (std::string_view small_word : kSmallWords) small = small || word == small_word;
    if (!small) words.push_back(std::move(word));
  }
  return words;
}

bool SameWord(const std::string& a, const std::string& b) {
  // One is the other plus an inflection ending of at most three letters.
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return shorter.size() >= 4 && longer.starts_with(shorter) && longer.size() - shorter.size() <= 3;
}

bool Covers(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& word : a) {
    bool found = false;
    for (const std::string& other : b) found = found || word == other || SameWord(word, other);
    if (!found) return false;
  }
  return true;
}

class PlanName : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    if (!ctx.has_parent || internal::IsBlank(ctx.plan.name) || !ctx.plan.sub_agreements) return;
    const std::vector<std::string> plan_words = Words(ctx.plan.name);
    for (size_t idx = 0; idx < ctx.plan.sub_agreements->size(); ++idx) {
      const model::SubAgreement& sub = (*ctx.plan.sub_agreements)[idx];
      if (internal::IsBlank(sub.plan_name)) continue;
      const std::vector<std::string> sub_words = Words(*sub.plan_name);
      if (Covers(sub_words, plan_words) && Covers(plan_words, sub_words)) continue;
      sink.Add(kCode, "/sub_agreements/" + std::to_string(idx) + "/plan_name",
               "I " + internal::SubLabel(sub) + " står " + Quote(*sub.plan_name) +
                   " som navn på den boligsociale indsats, men planen hedder " + Quote(ctx.plan.name) +
                   ". Delaftalen skal nævne den plan, den hører til.");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakePlanName() { return std::make_unique<PlanName>(); }

}  // namespace helhed::rules
