// SPDX-License-Identifier: Apache-2.0
#include "helhed/service/indicator_keys.h"

#include <set>
#include <string_view>
#include <vector>

#include <fmt/format.h>

namespace helhed::service {
namespace {

constexpr std::size_t kMaxKeyLength = 24;

// What identifies an indicator's content across revisions: the delaftale it
// belongs to (by focus area; "" for the overall goals), its goal's text and
// its own name.
struct Identity {
  bool overall = false;
  std::string focus_area;
  std::string goal_text;
  std::string name;
  bool SameScope(const Identity& other) const { return overall == other.overall && focus_area == other.focus_area; }
};

template <typename PlanT, typename Visit>
void VisitIndicators(PlanT& plan, Visit&& visit) {
  if (plan.overall_goals) {
    for (std::size_t g = 0; g < plan.overall_goals->size(); ++g) {
      auto& goal = (*plan.overall_goals)[g];
      if (!goal.indicators) continue;
      for (std::size_t i = 0; i < goal.indicators->size(); ++i) {
        visit((*goal.indicators)[i], IndicatorPlace{std::nullopt, g, i}, Identity{true, "", goal.text, ""});
      }
    }
  }
  if (plan.sub_agreements) {
    for (std::size_t s = 0; s < plan.sub_agreements->size(); ++s) {
      auto& sub = (*plan.sub_agreements)[s];
      if (!sub.goals) continue;
      for (std::size_t g = 0; g < sub.goals->size(); ++g) {
        auto& goal = (*sub.goals)[g];
        if (!goal.indicators) continue;
        for (std::size_t i = 0; i < goal.indicators->size(); ++i) {
          visit((*goal.indicators)[i], IndicatorPlace{s, g, i}, Identity{false, sub.focus_area, goal.text, ""});
        }
      }
    }
  }
}

struct BaseIndicator {
  std::string key;
  Identity identity;
  bool taken = false;
};

struct Pending {
  model::Indicator* indicator;
  IndicatorPlace place;
  Identity identity;
};

std::string PlaceWords(const IndicatorPlace& place) {
  if (!place.sub) return fmt::format("mål {}, indikator {}", place.goal + 1, place.index + 1);
  return fmt::format("delaftale {}, delmål {}, indikator {}", *place.sub + 1, place.goal + 1, place.index + 1);
}

}  // namespace

bool IsValidIndicatorKey(std::string_view key) {
  if (key.empty() || key.size() > kMaxKeyLength || key[0] < 'a' || key[0] > 'z') return false;
  for (char c : key) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

std::string PositionalIndicatorKey(const IndicatorPlace& place) {
  if (!place.sub) return fmt::format("m{}i{}", place.goal + 1, place.index + 1);
  return fmt::format("d{}m{}i{}", *place.sub + 1, place.goal + 1, place.index + 1);
}

std::string IndicatorKeyOf(const model::Indicator& indicator, const IndicatorPlace& place) {
  return indicator.key ? *indicator.key : PositionalIndicatorKey(place);
}

void ForEachIndicator(const model::Plan& plan,
                      const std::function<void(const model::Indicator&, const IndicatorPlace&)>& visit) {
  VisitIndicators(plan, [&](const model::Indicator& indicator, const IndicatorPlace& place, const Identity&) {
    visit(indicator, place);
  });
}

Status AssignIndicatorKeys(const model::Plan* base, int revision, model::Plan& plan) {
  std::set<std::string> used;
  std::vector<Pending> pending;
  Status status = OkStatus();
  VisitIndicators(plan, [&](model::Indicator& indicator, const IndicatorPlace& place, Identity identity) {
    if (!status.ok()) return;
    identity.name = indicator.name;
    if (!indicator.key) {
      pending.push_back({&indicator, place, std::move(identity)});
      return;
    }
    if (!IsValidIndicatorKey(*indicator.key)) {
      status = InvalidArgumentError(fmt::format(
          "Indikatornøglen »{}« ({}) er ugyldig: brug små bogstaver a-z og cifre, start med et bogstav, højst {} tegn.",
          *indicator.key, PlaceWords(place), kMaxKeyLength));
    } else if (!used.insert(*indicator.key).second) {
      status = InvalidArgumentError(fmt::format(
          "Indikatornøglen »{}« bruges af flere indikatorer (igen ved {}); hver indikator skal have sin egen.",
          *indicator.key, PlaceWords(place)));
    }
  });
  if (!status.ok()) return status;

  std::vector<BaseIndicator> earlier;
  if (base != nullptr) {
    VisitIndicators(*base, [&](const model::Indicator& indicator, const IndicatorPlace& place, Identity identity) {
      identity.name = indicator.name;
      const std::string key = IndicatorKeyOf(indicator, place);
      earlier.push_back({key, std::move(identity), used.contains(key)});
    });
  }
  auto take = [&](Pending& p, BaseIndicator& from) {
    p.indicator->key = from.key;
    from.taken = true;
    used.insert(from.key);
  };
  // Same name in the same goal first, so that a name repeated in several
  // goals of one delaftale is matched goal by goal.
  for (Pending& p : pending) {
    for (BaseIndicator& b : earlier) {
      if (!b.taken && b.identity.SameScope(p.identity) && b.identity.goal_text == p.identity.goal_text &&
          b.identity.name == p.identity.name) {
        take(p, b);
        break;
      }
    }
  }
  // Then a goal whose text was edited: the one indicator left with the name.
  for (Pending& p : pending) {
    if (p.indicator->key) continue;
    BaseIndicator* only = nullptr;
    int count = 0;
    for (BaseIndicator& b : earlier) {
      if (!b.taken && b.identity.SameScope(p.identity) && b.identity.name == p.identity.name) {
        only = &b;
        ++count;
      }
    }
    if (count == 1) take(p, *only);
  }
  int next = 1;
  for (const BaseIndicator& b : earlier) used.insert(b.key);
  for (Pending& p : pending) {
    if (p.indicator->key) continue;
    if (base == nullptr) {
      std::string positional = PositionalIndicatorKey(p.place);
      if (used.insert(positional).second) {
        p.indicator->key = std::move(positional);
        continue;
      }
    }
    std::string fresh;
    do {
      fresh = fmt::format("r{}i{}", revision, next++);
    } while (used.contains(fresh));
    used.insert(fresh);
    p.indicator->key = std::move(fresh);
  }
  return OkStatus();
}

}  // namespace helhed::service
