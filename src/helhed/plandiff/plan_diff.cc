// SPDX-License-Identifier: Apache-2.0
// The structural diff. A path of Danish segments is built while walking both
// trees; a sentence is "<first segment>: <rest, comma-separated> <verb>".
#include "helhed/plandiff/plan_diff.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "helhed/base/danish_number.h"
#include "helhed/base/status_macros.h"
#include "helhed/plandiff/json_text.h"
#include "helhed/plandiff/labels.h"

namespace helhed::plandiff {
namespace {

using json = nlohmann::ordered_json;
using Path = std::vector<std::string>;

// Strings longer than this are prose: the sentence says it changed, not how.
constexpr std::size_t kMaxQuotedLength = 80;

int DecimalsNeeded(double v) {
  for (int decimals = 0; decimals < 3; ++decimals) {
    const double scaled = v * std::pow(10.0, decimals);
    if (std::fabs(scaled - std::round(scaled)) < 1e-6) return decimals;
  }
  return 3;
}

std::string Number(double v) { return FormatDanish(v, DecimalsNeeded(v)); }

bool IsValueObject(const json& node) {
  if (!node.is_object() || !node.contains("unit")) return false;
  static const std::set<std::string> kValueKeys = {"unit", "value", "numerator", "denominator", "status", "until", "note"};
  for (const auto& item : node.items()) {
    if (!kValueKeys.contains(item.key())) return false;
  }
  return true;
}

std::string StatusWord(const std::string& status) {
  if (status == "not_available") return "ikke tilgængelig";
  if (status == "suppressed") return "diskretioneret";
  if (status == "not_measured") return "ikke målt";
  if (status == "pending") return "afventer måling";
  if (status == "not_applicable") return "ikke relevant";
  return status;
}

// A Value as a person writes it: "42,6 %", "5,4", "12 timer/uge".
std::string FormatValue(const json& node, bool with_counts) {
  const std::string unit = node.value("unit", "");
  std::string text;
  if (node.contains("value") && node["value"].is_number()) {
    const double v = node["value"].get<double>();
    const std::string n = Number(v);
    if (unit == "share") text = FormatDanishPercent(v, DecimalsNeeded(v));
    else if (unit == "amount_dkk") text = n + " kr.";
    else if (unit == "hours_per_week") text = n + " timer/uge";
    else if (unit == "percent_of_position") text = n + " % af en stilling";
    else if (unit == "fte") text = n + " årsværk";
    else if (unit == "rate_per_100") text = n + " pr. 100";
    else if (unit == "rate_per_1000") text = n + " pr. 1.000";
    else if (unit == "count") text = n + " personer";
    else if (unit == "case_count") text = n + " sager";
    else text = n;
  } else {
    text = StatusWord(node.value("status", ""));
    if (node.contains("until") && node["until"].is_string()) text += " (til " + node["until"].get<std::string>() + ")";
  }
  if (with_counts && node.contains("numerator") && node.contains("denominator") && node["numerator"].is_number() &&
      node["denominator"].is_number()) {
    text += fmt::format(" ({} af {})", Number(node["numerator"].get<double>()),
                        Number(node["denominator"].get<double>()));
  }
  return text;
}

std::string FormatScalar(const json& node, std::string_view key) {
  if (node.is_boolean()) return node.get<bool>() ? "ja" : "nej";
  if (node.is_number()) {
    const std::string n = Number(node.get<double>());
    const bool money = key.size() > 4 && key.substr(key.size() - 4) == "_dkk";
    // Years and codes are names, not amounts: no thousands dot in "2024".
    if (key == "year" || key == "number") return node.dump();
    return money ? n + " kr." : n;
  }
  if (node.is_string()) return "«" + node.get<std::string>() + "»";
  return node.dump();
}

bool IsShortText(const json& node) {
  if (!node.is_string()) return true;
  const auto& s = node.get_ref<const std::string&>();
  return s.size() <= kMaxQuotedLength && s.find('\n') == std::string::npos;
}

std::string Capitalize(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::string Sentence(const Path& path, const std::string& predicate) {
  if (path.empty()) return Capitalize(predicate);
  std::string out = Capitalize(path[0]);
  if (path.size() > 1) {
    out += ":";
    for (std::size_t idx = 1; idx < path.size(); ++idx) out += (idx == 1 ? " " : ", ") + path[idx];
  }
  return out + " " + predicate;
}

// The identity of an element: its natural key's value, or "" for position.
std::string ElementKey(std::string_view array_key, const json& item) {
  if (!item.is_object()) return item.is_string() ? item.get<std::string>() : item.dump();
  if (array_key == "indicators") {
    if (item.contains("indicator_id") && item["indicator_id"].is_string()) return item["indicator_id"].get<std::string>();
    return item.value("name", "");
  }
  // Baselines are named by their area ("Zone 1") when every one has one.
  if (array_key == "baselines" || array_key == "other_baselines") {
    return item.contains("area") && item["area"].is_string() ? item["area"].get<std::string>() : "";
  }
  if (array_key == "lines") {
    std::string key = item.value("label", "");
    if (item.contains("year")) key += ", " + item["year"].dump();
    if (item.contains("focus_area")) key += ", " + item.value("focus_area", "");
    return key;
  }
  const std::string_view natural = internal::NaturalKey(array_key);
  if (natural.empty()) return "";
  auto it = item.find(std::string(natural));
  if (it == item.end()) return "";
  return it->is_string() ? it->get<std::string>() : it->dump();
}

// An indicator's key, or nothing when it has none.
std::optional<std::string> KeyOf(const json& indicator) {
  if (!indicator.is_object()) return std::nullopt;
  const auto it = indicator.find(std::string(internal::kIndicatorKey));
  if (it == indicator.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// Every indicator's key in every goal of `goals`, or nothing when one has none.
std::optional<std::vector<std::set<std::string>>> GoalIndicatorKeys(const json& goals) {
  std::vector<std::set<std::string>> out;
  for (const json& goal : goals) {
    std::set<std::string> keys;
    if (!goal.is_object()) return std::nullopt;
    if (auto list = goal.find("indicators"); list != goal.end() && list->is_array()) {
      for (const json& indicator : *list) {
        std::optional<std::string> key = KeyOf(indicator);
        if (!key) return std::nullopt;
        keys.insert(std::move(*key));
      }
    }
    out.push_back(std::move(keys));
  }
  return out;
}

// Match tokens for the delmål of two keyed revisions: a delmål continues the
// earlier one it shares an indicator key with; delmål without indicators
// continue one with the same text, else the next unmatched one without
// indicators. False (positions, as before keys) unless both are keyed.
bool MatchGoalsByIndicatorKeys(const json& a, const json& b, std::vector<std::string>& tokens_a,
                               std::vector<std::string>& tokens_b) {
  const auto keys_a = GoalIndicatorKeys(a);
  const auto keys_b = GoalIndicatorKeys(b);
  if (!keys_a || !keys_b) return false;
  tokens_a.clear();
  tokens_b.assign(b.size(), "");
  for (std::size_t i = 0; i < a.size(); ++i) tokens_a.push_back("g" + std::to_string(i));
  std::vector<bool> taken(a.size(), false);
  auto take = [&](std::size_t j, std::size_t i) {
    tokens_b[j] = tokens_a[i];
    taken[i] = true;
  };
  auto shares_key = [](const std::set<std::string>& x, const std::set<std::string>& y) {
    return std::any_of(x.begin(), x.end(), [&](const std::string& k) { return y.contains(k); });
  };
  auto text = [](const json& goal) { return goal.value("text", std::string()); };
  for (std::size_t j = 0; j < b.size(); ++j) {
    for (std::size_t i = 0; i < a.size() && tokens_b[j].empty(); ++i) {
      if (!taken[i] && shares_key((*keys_b)[j], (*keys_a)[i])) take(j, i);
    }
  }
  for (std::size_t j = 0; j < b.size(); ++j) {
    for (std::size_t i = 0; i < a.size() && tokens_b[j].empty() && (*keys_b)[j].empty(); ++i) {
      if (!taken[i] && (*keys_a)[i].empty() && text(a[i]) == text(b[j])) take(j, i);
    }
  }
  for (std::size_t j = 0; j < b.size(); ++j) {
    for (std::size_t i = 0; i < a.size() && tokens_b[j].empty() && (*keys_b)[j].empty(); ++i) {
      if (!taken[i] && (*keys_a)[i].empty()) take(j, i);
    }
  }
  for (std::size_t j = 0; j < b.size(); ++j) {
    if (tokens_b[j].empty()) tokens_b[j] = "new" + std::to_string(j);
  }
  return true;
}

// Match tokens for the indicators of one delmål in two keyed revisions: their
// keys. False unless every indicator on both sides has a distinct key.
bool MatchIndicatorsByKey(const json& a, const json& b, std::vector<std::string>& keys_a,
                          std::vector<std::string>& keys_b, std::map<std::string, std::string>& names) {
  auto keys_of = [&](const json& list, std::vector<std::string>& out) {
    std::set<std::string> seen;
    out.clear();
    for (const json& indicator : list) {
      std::optional<std::string> key = KeyOf(indicator);
      if (!key || !seen.insert(*key).second) return false;
      out.push_back(std::move(*key));
    }
    return true;
  };
  std::vector<std::string> ka;
  std::vector<std::string> kb;
  if (!keys_of(a, ka) || !keys_of(b, kb)) return false;
  for (std::size_t i = 0; i < a.size(); ++i) names[ka[i]] = ElementKey("indicators", a[i]);
  for (std::size_t j = 0; j < b.size(); ++j) names[kb[j]] = ElementKey("indicators", b[j]);
  keys_a = std::move(ka);
  keys_b = std::move(kb);
  return true;
}

class Differ {
 public:
  std::vector<std::string> lines;

  void Node(const Path& path, std::string_view key, const json& a, const json& b) {
    if (a == b) return;
    if (IsValueObject(a) && IsValueObject(b)) {
      const bool counts = FormatValue(a, false) == FormatValue(b, false);
      Emit(path, fmt::format("ændret fra {} til {}", FormatValue(a, counts), FormatValue(b, counts)));
      return;
    }
    if (a.is_object() && b.is_object()) {
      Object(path, a, b);
      return;
    }
    if (a.is_array() && b.is_array()) {
      Array(path, key, a, b);
      return;
    }
    if (IsShortText(a) && IsShortText(b)) {
      Emit(path, fmt::format("ændret fra {} til {}", Describe(a, key), Describe(b, key)));
    } else {
      Emit(path, "ændret");
    }
  }

 private:
  static std::string Describe(const json& node, std::string_view key) {
    if (IsValueObject(node)) return FormatValue(node, false);
    return FormatScalar(node, key);
  }

  void Emit(const Path& path, const std::string& predicate) { lines.push_back(Sentence(path, predicate)); }

  void Added(const Path& path, std::string_view key, const json& node) {
    if (node.is_object() || node.is_array() || !IsShortText(node)) {
      Emit(path, "tilføjet");
    } else {
      Emit(path, "tilføjet: " + Describe(node, key));
    }
  }

  void Removed(const Path& path, std::string_view key, const json& node) {
    if (node.is_object() || node.is_array() || !IsShortText(node)) {
      Emit(path, "fjernet");
    } else {
      Emit(path, "fjernet (var " + Describe(node, key) + ")");
    }
  }

  // A Value inside a baseline is the baseline itself: "baseline ændret fra…".
  static Path Child(const Path& path, std::string_view key, const json& sample) {
    Path child = path;
    if (key == "value" && IsValueObject(sample)) return child;
    child.emplace_back(internal::KeyLabel(key));
    return child;
  }

  void Object(const Path& path, const json& a, const json& b) {
    for (const auto& item : b.items()) {
      const std::string& key = item.key();
      if (key == internal::kIndicatorKey) continue;  // a name, not content
      const json& sample = item.value();
      auto old = a.find(key);
      if (old == a.end()) {
        Added(ChildForArray(path, key, sample), key, sample);
      } else {
        Node(ChildForArray(path, key, sample), key, *old, item.value());
      }
    }
    for (const auto& item : a.items()) {
      if (item.key() != internal::kIndicatorKey && !b.contains(item.key())) Removed(ChildForArray(path, item.key(), item.value()), item.key(), item.value());
    }
  }

  // Arrays with element nouns name their elements instead of themselves.
  static Path ChildForArray(const Path& path, std::string_view key, const json& sample) {
    if (sample.is_array() && !internal::ElementNoun(key).empty()) {
      Path child = path;
      child.emplace_back(std::string("\x01") + std::string(key));  // marker: replaced per element
      return child;
    }
    return Child(path, key, sample);
  }

  static Path ElementPath(const Path& path, std::string_view array_key, const std::string& element, bool single) {
    Path child(path.begin(), path.end() - 1);
    const std::string noun(internal::ElementNoun(array_key));
    // One indicator or one baseline needs no name: the example sentence reads
    // "delmål 2, baseline ændret", not "delmål 2, indikator 1, baseline 1".
    if (single && (array_key == "indicators" || array_key == "baselines" || array_key == "other_baselines")) {
      if (array_key != "indicators") child.push_back(noun);
      return child;
    }
    child.push_back(noun + " " + element);
    return child;
  }

  void Array(const Path& path, std::string_view key, const json& a, const json& b) {
    const bool named = !path.empty() && !path.back().empty() && path.back()[0] == '\x01';
    if (!named) {
      // Without an element noun the list is reported as one value.
      Emit(path, "ændret");
      return;
    }
    const bool single = a.size() <= 1 && b.size() <= 1;
    const bool scalars = !a.empty() ? !a[0].is_object() : (!b.empty() && !b[0].is_object());
    // Natural keys when every element has a distinct one; else positions.
    auto keys_of = [&](const json& list) {
      std::vector<std::string> keys;
      std::set<std::string> seen;
      for (const auto& item : list) {
        std::string k = ElementKey(key, item);
        if (k.empty() || !seen.insert(k).second) return std::vector<std::string>();
        keys.push_back(std::move(k));
      }
      return keys;
    };
    std::vector<std::string> keys_a = keys_of(a);
    std::vector<std::string> keys_b = keys_of(b);
    bool by_key = (keys_a.size() == a.size() && keys_b.size() == b.size()) && !(key == "goals" || key == "steps");
    // Between two keyed revisions, indicators are matched by their key (a
    // renamed one reads "navn ændret", not added and removed) and delmål by
    // the keys of their indicators (a delmål inserted before others is one
    // added delmål, not every later one changed). Labels stay as before.
    std::map<std::string, std::string> names;  // key -> the indicator's name, for labels
    const bool keyed_goals = key == "goals" && MatchGoalsByIndicatorKeys(a, b, keys_a, keys_b);
    const bool keyed_indicators = key == "indicators" && MatchIndicatorsByKey(a, b, keys_a, keys_b, names);
    if (keyed_goals || keyed_indicators) by_key = true;
    auto label = [&](const std::string& k, std::size_t pos) {
      if (!by_key || keyed_goals) return std::to_string(pos + 1);
      if (keyed_indicators) return names[k];
      if (key == "sub_agreements") return k;
      if (key == "overall_goals" || key == "afdelinger" || key == "indicators" || key == "baselines" ||
          key == "other_baselines") {
        return k;
      }
      return "«" + k + "»";
    };
    if (!by_key) {
      const std::size_t common = std::min(a.size(), b.size());
      for (std::size_t pos = 0; pos < b.size(); ++pos) {
        const Path child = ElementPath(path, key, label("", pos), single);
        if (pos < common) Node(child, key, a[pos], b[pos]);
        else Added(child, key, b[pos]);
      }
      for (std::size_t pos = common; pos < a.size(); ++pos) Removed(ElementPath(path, key, label("", pos), single), key, a[pos]);
      return;
    }
    for (std::size_t pos = 0; pos < b.size(); ++pos) {
      const auto it = std::find(keys_a.begin(), keys_a.end(), keys_b[pos]);
      const Path child = ElementPath(path, key, label(keys_b[pos], pos), single && !scalars);
      if (scalars) {
        if (it == keys_a.end()) Emit(child, "tilføjet");
      } else if (it == keys_a.end()) {
        Emit(child, "tilføjet");
      } else {
        Node(child, key, a[static_cast<std::size_t>(it - keys_a.begin())], b[pos]);
      }
    }
    for (std::size_t pos = 0; pos < a.size(); ++pos) {
      if (std::find(keys_b.begin(), keys_b.end(), keys_a[pos]) == keys_b.end()) {
        Emit(ElementPath(path, key, label(keys_a[pos], pos), single && !scalars), "fjernet");
      }
    }
  }
};

}  // namespace

StatusOr<std::vector<std::string>> DiffPlans(std::string_view before, std::string_view after) {
  HELHED_ASSIGN_OR_RETURN(const json a, internal::ParsePlanObject(before, "den tidligere version"));
  HELHED_ASSIGN_OR_RETURN(const json b, internal::ParsePlanObject(after, "den nye version"));
  Differ differ;
  differ.Node({}, "", a, b);
  return differ.lines;
}

}  // namespace helhed::plandiff
