// SPDX-License-Identifier: Apache-2.0
// Goal table reading (see goal_table.h).
#include "helhed/import/goal_table.h"

#include <cctype>

#include <fmt/format.h>

#include "helhed/import/baseline_parser.h"
#include "helhed/import/text_clean.h"

namespace helhed::import {
namespace {

constexpr size_t kColumns = 6;
// Three or more blank lines: a page break in Word-exported text (A4).
constexpr int kPageBreakBlanks = 3;

void AppendCell(std::string& cell, const std::string& more) {
  if (more.empty()) return;
  if (!cell.empty()) cell += ' ';
  cell += more;
}

std::optional<model::Election> ElectionFrom(const std::string& text) {
  const std::string folded = FoldCase(text);
  for (const auto& [word, type] : {std::pair{std::string_view("kommunalvalg"), model::ElectionType::kKommunalvalg},
                                   std::pair{std::string_view("folketingsvalg"), model::ElectionType::kFolketingsvalg}}) {
    const size_t pos = folded.find(word);
    if (pos == std::string::npos) continue;
    size_t p = pos + word.size();
    while (p < folded.size() && folded[p] == ' ') ++p;
    if (p + 4 <= folded.size() && folded.compare(p, 2, "20") == 0) {
      return model::Election{type, std::stoi(folded.substr(p, 4))};
    }
  }
  return std::nullopt;
}

// List items fused where the export lost the list markers: "6.3 Aktivitetsparate
// kontanthjælpsmodtager6.8 Rehabiliter" (Fredericia 1270) is two items, cut
// before a target-group code ("6.8 ") glued to the letter before it.
std::vector<std::string> SplitFusedCodes(const std::string& item) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t pos = 1; pos + 3 < item.size(); ++pos) {
    const unsigned char before = static_cast<unsigned char>(item[pos - 1]);
    if (!std::isdigit(static_cast<unsigned char>(item[pos])) || std::isdigit(before) || before == ' ' ||
        before == '.' || before < 0x41) {
      continue;
    }
    size_t p = pos;
    while (p < item.size() && std::isdigit(static_cast<unsigned char>(item[p]))) ++p;
    if (p + 2 >= item.size() || item[p] != '.' || !std::isdigit(static_cast<unsigned char>(item[p + 1]))) continue;
    ++p;
    while (p < item.size() && std::isdigit(static_cast<unsigned char>(item[p]))) ++p;
    if (p >= item.size() || item[p] != ' ') continue;
    parts.push_back(item.substr(start, pos - start));
    start = pos;
  }
  parts.push_back(item.substr(start));
  return parts;
}

// The indicator names of a row: one per list item of the indicator cell,
// each after the cell's lead-in ("… kendskabsgraden¹:"); a cell without a
// list of two or more items is one indicator.
std::vector<std::string> IndicatorNames(const std::string& cell) {
  std::vector<std::string> items = SplitListItems(cell);
  std::string intro;
  if (items.size() > 1 && !items.front().empty() && items.front().back() == ':') {
    intro = items.front();
    items.erase(items.begin());
  }
  std::vector<std::string> names;
  for (const std::string& item : items) {
    for (std::string& part : SplitFusedCodes(item)) {
      std::string name(Trim(part));
      if (name.empty()) continue;
      names.push_back(intro.empty() ? name : intro + " " + name);
    }
  }
  if (names.size() < 2) return {CleanCell(cell)};
  return names;
}

model::Indicator IndicatorFromRow(const GoalRow& row, const std::string& name, const std::string& path,
                                  RecogniseContext& ctx) {
  model::Indicator indicator;
  indicator.name = name;
  ctx.Field(path + "/name", row.line, 1.0);
  const auto unit = UnitFromIndicatorName(indicator.name, ctx.labels);
  if (unit) indicator.unit = unit;
  BaselineCellOptions options;
  options.unit = unit;
  options.default_scope = model::BaselineScope::kPlan;
  auto baselines = ParseBaselineCell(row.cells[2], options, ctx.labels);
  if (!baselines.empty()) {
    indicator.baselines = std::move(baselines);
    ctx.Field(path + "/baselines", row.line, 0.9);
  } else if (!Trim(row.cells[2]).empty()) {
    ctx.Warn(row.line, "baseline_unparsed",
             fmt::format("baselinen \"{}\" kunne ikke læses som tal; den er ikke overført",
                         Excerpt(CleanCell(row.cells[2]), 80)));
  } else {
    ctx.Missing(path + "/baselines", "Baseline boligområde");
  }
  options.default_scope = model::BaselineScope::kKommune;
  options.named_scope = model::BaselineScope::kKommune;
  auto others = ParseBaselineCell(row.cells[3], options, ctx.labels);
  if (!others.empty()) {
    indicator.other_baselines = std::move(others);
    ctx.Field(path + "/other_baselines", row.line, 0.9);
  }
  const std::string year = CleanCell(row.cells[4]);
  // A value's own year is kept only where it differs from the row's
  // ("3,7% i 2019/2020" in a 2020/2021 row); "7,2 % (2020/2021)" is the row's.
  for (auto* list : {&indicator.baselines, &indicator.other_baselines}) {
    if (!*list) continue;
    for (model::Baseline& baseline : **list) {
      if (baseline.year && StartsWith(year, *baseline.year)) baseline.year.reset();
    }
  }
  if (!year.empty()) {
    if (auto election = ElectionFrom(year)) {
      indicator.election = election;
      indicator.baseline_year = std::to_string(election->year);
    } else {
      indicator.baseline_year = year;
    }
    ctx.Field(path + "/baseline_year", row.line, 1.0);
  } else {
    ctx.Missing(path + "/baseline_year", "Baseline år");
  }
  const std::string source = CleanCell(row.cells[5]);
  if (!source.empty()) {
    indicator.source = source;
    ctx.Field(path + "/source", row.line, 1.0);
  } else {
    ctx.Missing(path + "/source", "Datakilde");
  }
  return indicator;
}

// The indicators of one table row. A row whose indicator cell lists N
// indicators and whose baseline cell holds a multiple of N values gets N
// indicators, each with its share of the values in order (Fredericia 851:
// "• Antal unge uddannelseparate. • Antal aktivitetsparate unge." with "58 …
// 70 …"); otherwise the row is one indicator, as written.
std::vector<model::Indicator> IndicatorsFromRow(const GoalRow& row, const std::string& goal_path, size_t first,
                                                RecogniseContext& ctx) {
  const std::vector<std::string> names = IndicatorNames(row.cells[1]);
  auto path_of = [&](size_t k) { return fmt::format("{}/indicators/{}", goal_path, first + k); };
  if (names.size() > 1) {
    // Parsed once as a whole (nothing reported) to count the values.
    ImportReport scratch;
    RecogniseContext quiet{ctx.labels, scratch};
    const model::Indicator whole = IndicatorFromRow(row, CleanCell(row.cells[1]), path_of(0), quiet);
    const size_t count = whole.baselines ? whole.baselines->size() : 0;
    const bool others = whole.other_baselines.has_value();
    if (count > 0 && count % names.size() == 0 && !others) {
      const size_t share = count / names.size();
      std::vector<model::Indicator> out;
      for (size_t k = 0; k < names.size(); ++k) {
        model::Indicator indicator = IndicatorFromRow(row, names[k], path_of(k), ctx);
        indicator.baselines = std::vector<model::Baseline>(whole.baselines->begin() + static_cast<long>(k * share),
                                                           whole.baselines->begin() + static_cast<long>((k + 1) * share));
        out.push_back(std::move(indicator));
      }
      ctx.Warn(row.line, "indicator_split",
               fmt::format("rækken har {} indikatorer i én celle; baselineværdierne er fordelt {} til hver i "
                           "rækkefølge",
                           names.size(), share));
      return out;
    }
  }
  return {IndicatorFromRow(row, CleanCell(row.cells[1]), path_of(0), ctx)};
}

}  // namespace

bool IsGoalTableHeader(const Block& block) {
  if (block.cells.size() < 2) return false;
  const std::string first = MatchKey(block.cells[0]);
  return (first == "delmål" || first == "mål") && MatchKey(block.cells[1]) == "indikator";
}

GoalTable ReadGoalTable(const std::vector<Block>& blocks, std::vector<Block>* leftover) {
  GoalTable table;
  bool in_table = false;
  for (const Block& block : blocks) {
    if (!in_table && IsGoalTableHeader(block)) {
      in_table = true;
      table.header_line = block.line;
      continue;
    }
    // Footnotes between rows (Fredericia 1264) are not the table's; the
    // table goes on to the next label, which ends the section.
    if (!in_table || !block.is_row()) {
      leftover->push_back(block);
      continue;
    }
    std::vector<std::string> cells = block.cells;
    cells.resize(kColumns);
    const bool page_break = block.blank_lines_before >= kPageBreakBlanks;
    const bool goal_empty = Trim(cells[0]).empty();
    const bool indicator_empty = Trim(cells[1]).empty();
    // A row without an indicator cannot start an indicator row: it is the
    // rest of the previous row, cut by a page break or a merged cell.
    if (!table.rows.empty() && indicator_empty) {
      GoalRow& previous = table.rows.back();
      if (!goal_empty) AppendCell(table.goal_texts[previous.goal_index], CleanCell(cells[0]));
      for (size_t col = 1; col < kColumns; ++col) AppendCell(previous.cells[col], cells[col]);
      continue;
    }
    GoalRow row;
    row.line = block.line;
    row.cells = cells;
    if (goal_empty && !table.goal_texts.empty()) {
      row.goal_index = table.goal_texts.size() - 1;  // merged goal cell carried down
    } else if (!goal_empty && !table.goal_texts.empty() && StartsLikeContinuation(CleanInline(cells[0])) &&
               (page_break || table.goal_texts.back().empty() || table.goal_texts.back().back() != '.')) {
      // "…et liv uden" / "kriminalitet, og …": the goal cell cut by a page.
      row.goal_index = table.goal_texts.size() - 1;
      AppendCell(table.goal_texts[row.goal_index], CleanCell(cells[0]));
    } else {
      table.goal_texts.push_back(goal_empty ? std::string() : CleanCell(cells[0]));
      table.goal_lines.push_back(block.line);
      row.goal_index = table.goal_texts.size() - 1;
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

std::vector<model::Goal> GoalsFromTable(const GoalTable& table, const std::string& path, RecogniseContext& ctx) {
  std::vector<model::Goal> goals;
  for (size_t g = 0; g < table.goal_texts.size(); ++g) {
    model::Goal goal;
    goal.text = table.goal_texts[g];
    const std::string goal_path = fmt::format("{}/{}", path, g);
    if (goal.text.empty()) {
      ctx.Missing(goal_path + "/text", "Delmål");
    } else {
      ctx.Field(goal_path + "/text", table.goal_lines[g], 1.0);
    }
    std::vector<model::Indicator> indicators;
    for (const GoalRow& row : table.rows) {
      if (row.goal_index != g) continue;
      if (Trim(row.cells[1]).empty()) {
        ctx.Missing(fmt::format("{}/indicators/{}", goal_path, indicators.size()), "Indikator");
        continue;
      }
      for (model::Indicator& indicator : IndicatorsFromRow(row, goal_path, indicators.size(), ctx)) {
        indicators.push_back(std::move(indicator));
      }
    }
    if (!indicators.empty()) goal.indicators = std::move(indicators);
    goals.push_back(std::move(goal));
  }
  return goals;
}

std::vector<model::OverallGoal> OverallGoalsFromTable(const GoalTable& table, const std::string& path,
                                                      RecogniseContext& ctx) {
  std::vector<model::OverallGoal> out;
  for (const model::Goal& goal : GoalsFromTable(table, path, ctx)) {
    model::OverallGoal overall;
    overall.text = goal.text;
    overall.indicators = goal.indicators;
    if (overall.indicators) {
      for (auto& indicator : *overall.indicators) {
        const std::string key = MatchKey(indicator.name);
        for (const auto& fixed : ctx.labels.fixed_indicators()) {
          if (StartsWith(key, fixed.key)) {
            indicator.indicator_id = fixed.id;
            overall.goal_id = fixed.goal_id;
            break;
          }
        }
      }
    }
    out.push_back(std::move(overall));
  }
  return out;
}

}  // namespace helhed::import
