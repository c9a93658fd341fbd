// SPDX-License-Identifier: Apache-2.0
// R19: the board's members and meeting cadence agree between section 3
// (Organisering) and the kommissorium. Fredericia lists 5 members in the
// agreement and 6 in the kommissorium.
#include <memory>
#include <vector>

#include "helhed/rules/plan_walk.h"
#include "helhed/rules/rules.h"
#include "helhed/rules/text_util.h"

namespace helhed::rules {
namespace {

using internal::Normalise;
using internal::Num;

constexpr std::string_view kMembers = "R19.board_members_differ";
constexpr std::string_view kMeetings = "R19.board_meetings_differ";
constexpr std::string_view kCodes[] = {kMembers, kMeetings};

std::string MemberKey(const model::Member& member) {
  return Normalise(member.role + " " + member.organisation.value_or(""));
}

std::string MemberText(const model::Member& member) {
  return member.organisation ? member.role + " (" + *member.organisation + ")" : member.role;
}

// Members of `a` with no equal member in `b`, joined for a message.
std::string OnlyIn(const std::vector<model::Member>& a, const std::vector<model::Member>& b) {
  std::vector<bool> used(b.size(), false);
  std::string out;
  for (const model::Member& member : a) {
    bool found = false;
    for (size_t idx = 0; idx < b.size() && !found; ++idx) {
      if (!used[idx] && MemberKey(b[idx]) == MemberKey(member)) used[idx] = found = true;
    }
    if (found) continue;
    if (!out.empty()) out += ", ";
    out += MemberText(member);
  }
  return out.empty() ? "ingen" : out;
}

class Governance : public Rule {
 public:
  std::span<const std::string_view> codes() const override { return kCodes; }

  void Check(const RuleContext& ctx, FindingSink& sink) const override {
    if (!ctx.plan.organisation || !ctx.plan.organisation->bodies || !ctx.plan.terms_of_reference) return;
    const std::vector<model::Body>& bodies = *ctx.plan.organisation->bodies;
    size_t board_idx = bodies.size();
    for (size_t idx = 0; idx < bodies.size(); ++idx) {
      if (bodies[idx].kind == model::BodyKind::kBoard) {
        board_idx = idx;
        break;
      }
    }
    if (board_idx == bodies.size()) return;
    const model::Body& board = bodies[board_idx];
    const model::TermsOfReference& terms = *ctx.plan.terms_of_reference;
    const std::string board_pointer = "/organisation/bodies/" + std::to_string(board_idx);
    if (board.members && terms.members) {
      const std::string only_board = OnlyIn(*board.members, *terms.members);
      const std::string only_terms = OnlyIn(*terms.members, *board.members);
      if (only_board != "ingen" || only_terms != "ingen") {
        sink.Add(kMembers, board_pointer + "/members",
                 "Bestyrelsens medlemmer er ikke de samme i afsnit 3 (Organisering) og i kommissoriet: " +
                     std::to_string(board.members->size()) + " mod " + std::to_string(terms.members->size()) +
                     " medlemmer. Kun i Organisering: " + only_board + ". Kun i kommissoriet: " + only_terms + ".");
      }
    }
    if (board.meetings_per_year && terms.meetings_per_year && *board.meetings_per_year != *terms.meetings_per_year) {
      sink.Add(kMeetings, board_pointer + "/meetings_per_year",
               "Bestyrelsen mødes " + Num(*board.meetings_per_year) + " gange om året ifølge afsnit 3 (Organisering), men " +
                   Num(*terms.meetings_per_year) + " gange ifølge kommissoriet (Mødefrekvens).");
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeGovernance() { return std::make_unique<Governance>(); }

}  // namespace helhed::rules
