// SPDX-License-Identifier: Apache-2.0
// Goal table reading (see goal_table.h).
#include "helhed/import/goal_table.h"

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

model::Indicator IndicatorFromRow(const GoalRow& row, const std::string& path, RecogniseContext& ctx) {
  model::Indicator indicator;
  indicator.name = CleanCell(row.cells[1]);
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
      indicators.push_back(IndicatorFromRow(row, fmt::format("{}/indicators/{}", goal_path, indicators.size()), ctx));
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
