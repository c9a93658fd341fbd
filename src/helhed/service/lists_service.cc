// SPDX-License-Identifier: Apache-2.0
#include "helhed/service/lists_service.h"

#include <fstream>
#include <map>
#include <sstream>
#include <system_error>

#include <fmt/format.h>
#include <unistd.h>

#include "helhed/base/status_macros.h"
#include "helhed/indicators/definition.h"
#include "helhed/indicators/engine.h"
#include "helhed/indicators/units.h"
#include "helhed/lists/classify.h"
#include "helhed/lists/criteria_table.h"
#include "helhed/lists/register_input.h"
#include "helhed/lists/rules_loader.h"
#include "helhed/register/column_store.h"
#include "helhed/register/geography.h"
#include "helhed/render/table_writers.h"

namespace helhed::service {
namespace {

StatusOr<std::string> ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFoundError(fmt::format("filen {} findes ikke eller kan ikke læses", path.string()));
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

render::Table ToRenderTable(const lists::FlatTable& flat) {
  render::Table table(flat.header);
  for (const auto& flat_row : flat.rows) {
    std::vector<render::Cell> row;
    for (const auto& cell : flat_row) {
      switch (cell.kind) {
        case lists::FlatCell::Kind::kEmpty:
          row.push_back(render::Cell::Empty());
          break;
        case lists::FlatCell::Kind::kText:
          row.push_back(render::Cell::Text(cell.text));
          break;
        case lists::FlatCell::Kind::kInteger:
          row.push_back(render::Cell::Integer(cell.integer));
          break;
        case lists::FlatCell::Kind::kNumber:
          row.push_back(render::Cell::Number(cell.number, cell.decimals));
          break;
      }
    }
    table.AddRow(std::move(row));
  }
  return table;
}

Status WriteAtomically(const std::filesystem::path& out, const std::string& content) {
  const std::filesystem::path tmp = out.string() + fmt::format(".tmp-{}", ::getpid());
  {
    std::ofstream file(tmp, std::ios::binary | std::ios::trunc);
    file << content;
    file.flush();
    if (!file) {
      std::error_code ignored;
      std::filesystem::remove(tmp, ignored);
      return UnavailableError(fmt::format("filen {} kan ikke skrives", out.string()));
    }
  }
  std::error_code ec;
  std::filesystem::rename(tmp, out, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(tmp, ignored);
    return UnavailableError(fmt::format("filen {} kan ikke skrives: {}", out.string(), ec.message()));
  }
  return OkStatus();
}

}  // namespace

Status CheckListsOutput(const std::filesystem::path& out) {
  return render::FormatForPath(out).status();
}

StatusOr<lists::ListsReport> ComputeLists(const ListsRequest& request) {
  const bool from_table = request.criteria_file.has_value();
  const bool from_register = request.register_dir.has_value() || request.areas_file.has_value();
  if (from_table == from_register) {
    return InvalidArgumentError("angiv enten --criteria FIL eller både --register MAPPE og --areas FIL");
  }
  if (from_register && (!request.register_dir.has_value() || !request.areas_file.has_value())) {
    return InvalidArgumentError("--register og --areas skal bruges sammen");
  }
  const std::filesystem::path data_dir = request.data_dir.empty() ? lists::DefaultDataDir() : request.data_dir;
  std::map<int, StatusOr<lists::ListRules>> cache;
  const lists::RulesProvider rules_for = [&](int year) -> StatusOr<lists::ListRules> {
    auto it = cache.find(year);
    if (it == cache.end()) it = cache.emplace(year, lists::LoadListRules(data_dir, year)).first;
    return it->second;
  };
  // Fail on an unknown list year before reading any input.
  HELHED_RETURN_IF_ERROR(rules_for(request.list_year).status());

  std::optional<lists::Rational> national;
  if (request.national_convicted.has_value()) {
    auto parsed = lists::ParseDanishDecimal(*request.national_convicted);
    if (!parsed.ok()) return InvalidArgumentError("--national-convicted: " + parsed.status().message());
    if (*parsed <= lists::Rational::Integer(0) || *parsed >= lists::Rational::Integer(100)) {
      return InvalidArgumentError(fmt::format(
          "--national-convicted {} skal være en procentandel over 0 og under 100 (fx 0,76)", *request.national_convicted));
    }
    national = lists::PercentToShare(*parsed);
  }

  lists::ListsReport report;
  report.list_year = request.list_year;
  std::vector<lists::AreaInput> inputs;
  if (from_table) {
    report.origin = "kriterietabel " + request.criteria_file->string();
    lists::CriteriaTableOptions options;
    options.national_convicted_share = national;
    options.national_year = request.list_year;
    HELHED_ASSIGN_OR_RETURN(options.population_shares, lists::LoadPopulationShares(data_dir));
    HELHED_ASSIGN_OR_RETURN(const std::string text, ReadText(*request.criteria_file));
    HELHED_ASSIGN_OR_RETURN(inputs, lists::ParseCriteriaTable(text, request.criteria_file->string(), options));
    report.notes.push_back(
        "afstande i personer for andele er skøn: antal personer bag en andel er beboere × aldersgruppens andel "
        "(data/lists/population-shares.json), medmindre tabellen angiver population_18_64, population_18_plus og "
        "population_30_59");
  } else {
    report.origin = "register " + request.register_dir->string();
    HELHED_ASSIGN_OR_RETURN(const auto defs, indicators::LoadIndicatorSet(indicators::DefaultIndicatorsPath()));
    HELHED_ASSIGN_OR_RETURN(const auto geography, register_::LoadGeography(register_::DefaultGeographyPath()));
    HELHED_ASSIGN_OR_RETURN(const auto units, indicators::ReadUnitMap(*request.areas_file));
    HELHED_ASSIGN_OR_RETURN(const auto store, register_::ColumnStore::Open(*request.register_dir));
    HELHED_ASSIGN_OR_RETURN(const auto computation,
                            indicators::Compute(store, defs, units, indicators::YearRange{0, 9999}, &geography));
    lists::RegisterInputOptions options;
    options.area_level = request.area_level;
    options.list_year = request.list_year;
    options.national_convicted_share = national;
    HELHED_ASSIGN_OR_RETURN(inputs, lists::AreaInputsFromRegister(computation, options, rules_for));
    if (!national.has_value()) {
      report.notes.push_back("landsgennemsnittet for dømte er beregnet fra registerets landstal for de samme år");
    }
  }
  HELHED_ASSIGN_OR_RETURN(report.areas, lists::ClassifyAreas(inputs, request.list_year, rules_for));
  return report;
}

Status WriteLists(const lists::ListsReport& report, const std::filesystem::path& out, bool danish_csv) {
  HELHED_ASSIGN_OR_RETURN(const auto format, render::FormatForPath(out, danish_csv));
  if (format == render::TableFormat::kJson) return WriteAtomically(out, lists::FormatJson(report));
  return render::WriteTableFile(ToRenderTable(lists::ToTable(report)), out, format,
                                fmt::format("Lister {}", report.list_year));
}

}  // namespace helhed::service
