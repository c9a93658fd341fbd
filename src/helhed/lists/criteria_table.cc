// SPDX-License-Identifier: Apache-2.0
#include "helhed/lists/criteria_table.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

#include <fmt/format.h>

#include "helhed/base/danish_number.h"

namespace helhed::lists {
namespace {

constexpr const char* kRequired[] = {"area_id",          "area_name",       "year",
                                     "residents",        "outside_work_share", "non_western_share",
                                     "convicted_share",  "basic_education_share", "income_ratio"};
constexpr const char* kOptional[] = {"national_convicted_share", "population_18_64", "population_18_plus",
                                     "population_30_59"};
constexpr size_t kMaxErrors = 20;

std::string Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

// Splits one line; quotes may wrap a cell ("41,5") and "" is a literal quote.
std::vector<std::string> SplitLine(std::string_view line, char separator) {
  std::vector<std::string> cells;
  std::string cell;
  bool quoted = false;
  for (size_t idx = 0; idx < line.size(); ++idx) {
    const char c = line[idx];
    if (quoted) {
      if (c == '"' && idx + 1 < line.size() && line[idx + 1] == '"') {
        cell += '"';
        ++idx;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == separator) {
      cells.push_back(Trim(cell));
      cell.clear();
    } else {
      cell += c;
    }
  }
  cells.push_back(Trim(cell));
  return cells;
}

class RowReader {
 public:
  RowReader(std::string_view file, int line, std::vector<std::string>& errors)
      : file_(file), line_(line), errors_(errors) {}

  void Fail(std::string_view column, const std::string& what) {
    errors_.push_back(fmt::format("{}, linje {}, kolonne {}: {}", file_, line_, column, what));
  }

  // A percentage cell: std::nullopt for "-" (missing); records an error otherwise.
  std::optional<Rational> Percent(std::string_view column, const std::string& cell, bool* ok, bool allow_above_100) {
    if (cell == "-") return std::nullopt;
    if (cell.empty()) {
      Fail(column, "cellen er tom; skriv - for en manglende værdi");
      *ok = false;
      return std::nullopt;
    }
    auto parsed = ParseDanishDecimal(cell);
    if (!parsed.ok()) {
      Fail(column, parsed.status().message());
      *ok = false;
      return std::nullopt;
    }
    if (*parsed < Rational::Integer(0) || (!allow_above_100 && *parsed > Rational::Integer(100))) {
      Fail(column, fmt::format("\"{}\" er ikke en procentandel mellem 0 og 100", cell));
      *ok = false;
      return std::nullopt;
    }
    return PercentToShare(*parsed);
  }

  // A whole, non-negative count ("8.282"); std::nullopt for "-".
  std::optional<int64_t> Count(std::string_view column, const std::string& cell, bool* ok) {
    if (cell == "-") return std::nullopt;
    auto parsed = ParseDanishDecimal(cell);
    if (cell.empty() || !parsed.ok() || parsed->denominator() != 1 || parsed->numerator() < 0) {
      Fail(column, fmt::format("\"{}\" er ikke et helt, ikke-negativt antal", cell));
      *ok = false;
      return std::nullopt;
    }
    return parsed->numerator();
  }

 private:
  std::string_view file_;
  int line_;
  std::vector<std::string>& errors_;
};

std::optional<ShareInput> MakeShare(const std::optional<Rational>& share, const std::optional<int64_t>& population,
                                    const std::optional<int64_t>& residents, const Rational& age_share) {
  if (!share.has_value()) return std::nullopt;
  ShareInput input;
  input.value = *share;
  if (population.has_value()) {
    input.estimated_population = *population;
  } else if (residents.has_value()) {
    // residents × the age group's share of residents, rounded to whole persons.
    const Rational estimate = Rational::Integer(*residents) * age_share + Rational(1, 2);
    input.estimated_population = estimate.Floor();
  }
  // Counts given in the table are not estimates (the share is still rounded).
  input.estimated = !population.has_value() && input.estimated_population.has_value();
  return input;
}

}  // namespace

StatusOr<std::vector<AreaInput>> ParseCriteriaTable(std::string_view text, std::string_view file_name,
                                                    const CriteriaTableOptions& options) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(start, end - start));
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
    start = end + 1;
  }
  const auto first = std::find_if(lines.begin(), lines.end(), [](const std::string& l) { return !Trim(l).empty(); });
  if (first == lines.end()) return InvalidArgumentError(fmt::format("{}: filen er tom", file_name));
  const int header_line = static_cast<int>(first - lines.begin()) + 1;
  const char separator = first->find(';') != std::string::npos ? ';' : ',';

  std::map<std::string, size_t> column;
  const std::vector<std::string> header = SplitLine(*first, separator);
  for (size_t idx = 0; idx < header.size(); ++idx) {
    std::string name = header[idx];
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    if (!column.emplace(name, idx).second) {
      return InvalidArgumentError(fmt::format("{}, linje {}: kolonnen \"{}\" står to gange", file_name,
                                              header_line, name));
    }
  }
  std::string missing;
  for (const char* name : kRequired) {
    if (!column.count(name)) missing += (missing.empty() ? "" : ", ") + std::string(name);
  }
  if (!missing.empty()) {
    return InvalidArgumentError(fmt::format("{}, linje {}: kolonner mangler: {} (adskil med semikolon, fx "
                                            "area_id;area_name;year;...)",
                                            file_name, header_line, missing));
  }
  for (const auto& [name, idx] : column) {
    const bool known = std::any_of(std::begin(kRequired), std::end(kRequired), [&](const char* k) { return name == k; }) ||
                       std::any_of(std::begin(kOptional), std::end(kOptional), [&](const char* k) { return name == k; });
    if (!known) {
      return InvalidArgumentError(fmt::format("{}, linje {}: ukendt kolonne \"{}\"", file_name, header_line, name));
    }
  }

  std::vector<std::string> errors;
  std::vector<AreaInput> inputs;
  for (size_t line_idx = static_cast<size_t>(header_line); line_idx < lines.size(); ++line_idx) {
    if (Trim(lines[line_idx]).empty()) continue;
    const int line_number = static_cast<int>(line_idx) + 1;
    const std::vector<std::string> cells = SplitLine(lines[line_idx], separator);
    RowReader row(file_name, line_number, errors);
    if (cells.size() != header.size()) {
      errors.push_back(fmt::format("{}, linje {}: {} celler, men overskriften har {}", file_name, line_number,
                                   cells.size(), header.size()));
      continue;
    }
    auto cell = [&](const char* name) -> std::string {
      const auto it = column.find(name);
      return it == column.end() ? std::string() : cells[it->second];
    };
    bool ok = true;
    AreaInput input;
    input.origin = "kriterietabel";
    input.area_id = cell("area_id");
    input.area_name = cell("area_name");
    if (input.area_id.empty() || input.area_id == "-") {
      row.Fail("area_id", "områdets id mangler");
      ok = false;
    }
    const std::string year_text = cell("year");
    if (year_text.size() != 4 || year_text.find_first_not_of("0123456789") != std::string::npos) {
      row.Fail("year", fmt::format("\"{}\" er ikke et listeår (fx 2024)", year_text));
      ok = false;
    } else {
      input.list_year = std::stoi(year_text);
    }
    input.residents = row.Count("residents", cell("residents"), &ok);
    const auto outside = row.Percent("outside_work_share", cell("outside_work_share"), &ok, false);
    const auto non_western = row.Percent("non_western_share", cell("non_western_share"), &ok, false);
    const auto convicted = row.Percent("convicted_share", cell("convicted_share"), &ok, false);
    const auto basic = row.Percent("basic_education_share", cell("basic_education_share"), &ok, false);
    const auto income = row.Percent("income_ratio", cell("income_ratio"), &ok, true);
    std::optional<Rational> national;
    if (column.count("national_convicted_share")) {
      national = row.Percent("national_convicted_share", cell("national_convicted_share"), &ok, false);
      if (national.has_value() && *national == Rational::Integer(0)) {
        row.Fail("national_convicted_share", "landsgennemsnittet kan ikke være 0");
        ok = false;
      }
    }
    std::optional<int64_t> pop_18_64, pop_18_plus, pop_30_59;
    if (column.count("population_18_64")) pop_18_64 = row.Count("population_18_64", cell("population_18_64"), &ok);
    if (column.count("population_18_plus")) {
      pop_18_plus = row.Count("population_18_plus", cell("population_18_plus"), &ok);
    }
    if (column.count("population_30_59")) pop_30_59 = row.Count("population_30_59", cell("population_30_59"), &ok);
    if (!ok) continue;

    const PopulationShares& shares = options.population_shares;
    input.outside_work = MakeShare(outside, pop_18_64, input.residents, shares.age_18_64);
    input.convicted = MakeShare(convicted, pop_18_plus, input.residents, shares.age_18_plus);
    input.basic_education = MakeShare(basic, pop_30_59, input.residents, shares.age_30_59);
    // The non-Western share is of all residents: its population is known, not estimated.
    input.non_western = MakeShare(non_western, input.residents, input.residents, Rational::Integer(1));
    if (income.has_value()) input.income = IncomeInput{*income, std::nullopt};
    if (national.has_value()) {
      input.national_convicted_share = national;
    } else if (options.national_convicted_share.has_value() && input.list_year == options.national_year) {
      input.national_convicted_share = options.national_convicted_share;
    }
    inputs.push_back(std::move(input));
    if (errors.size() >= kMaxErrors) break;
  }
  if (!errors.empty()) {
    std::string message = fmt::format("kriterietabellen kan ikke bruges ({} fejl):", errors.size());
    for (const auto& error : errors) message += "\n  " + error;
    return InvalidArgumentError(message);
  }
  if (inputs.empty()) return InvalidArgumentError(fmt::format("{}: tabellen har ingen rækker", file_name));
  return inputs;
}

}  // namespace helhed::lists
