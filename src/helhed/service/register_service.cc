// SPDX-License-Identifier: Apache-2.0
// Register use cases; see register_service.h.
#include "helhed/service/register_service.h"

#include <charconv>
#include <chrono>
#include <fstream>
#include <memory>

#include <fmt/format.h>
#include <unistd.h>

#include "helhed/base/status_macros.h"
#include "helhed/indicators/interval.h"
#include "helhed/register/column_store.h"
#include "helhed/register/geography.h"
#include "helhed/register/synth.h"
#include "helhed/render/table_writers.h"

namespace helhed::service {
namespace {

bool ParseYear(std::string_view text, int& year) {
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  return ec == std::errc() && ptr == text.data() + text.size() && year >= 1900 && year <= 2200;
}

}  // namespace

StatusOr<indicators::YearRange> ParseYearRange(std::string_view text) {
  indicators::YearRange range;
  const size_t dash = text.find('-');
  const bool ok = dash == std::string_view::npos
                      ? ParseYear(text, range.first) && ParseYear(text, range.last)
                      : ParseYear(text.substr(0, dash), range.first) && ParseYear(text.substr(dash + 1), range.last);
  if (!ok || range.first > range.last) {
    return InvalidArgumentError(fmt::format("årene '{}' kan ikke bruges; skriv fx 2016-2025 eller 2023", text));
  }
  return range;
}

Status Synthesize(const SynthRequest& request) {
  HELHED_ASSIGN_OR_RETURN(const auto geography, register_::LoadGeography(register_::DefaultGeographyPath()));
  const auto parent = request.out.has_parent_path() ? request.out.parent_path() : std::filesystem::path(".");
  const auto tmp = parent / fmt::format(".{}.tmp-{}", request.out.filename().string(), ::getpid());
  Status status;
  {
    std::ofstream out(tmp, std::ios::binary);
    if (!out) return UnavailableError(fmt::format("kan ikke oprette {}", request.out.string()));
    register_::SynthOptions options{request.persons, request.years.first, request.years.last, request.seed};
    status = register_::WriteSyntheticRegister(options, geography, out);
  }
  std::error_code ec;
  if (status.ok()) {
    std::filesystem::rename(tmp, request.out, ec);
    if (ec) status = UnavailableError(fmt::format("kan ikke gemme {}: {}", request.out.string(), ec.message()));
  }
  if (!status.ok()) std::filesystem::remove(tmp, ec);
  return status;
}

StatusOr<IngestResult> IngestRegister(const IngestRequest& request) {
  if (request.files.empty()) return InvalidArgumentError("angiv mindst én registerfil");
  std::error_code ec;
  if (std::filesystem::exists(request.out, ec)) {
    return AlreadyExistsError(
        fmt::format("{} findes allerede; vælg en ny mappe eller slet den først", request.out.string()));
  }
  auto builder = std::make_unique<register_::ColumnStoreBuilder>();
  IngestResult result;
  HELHED_ASSIGN_OR_RETURN(result.report, register_::ReadRegisterCsv(request.files, [&](const register_::PersonYear& row) {
                            builder->Add(row);
                          }));
  if (request.strict && result.report.rows_bad > 0) return result;
  HELHED_RETURN_IF_ERROR(builder->Write(request.out, result.report.checksum));
  result.stored = true;
  return result;
}

render::Table PublishedTable(const indicators::Computation& computation) {
  using render::Cell;
  render::Table table(
      {"unit_id", "unit_level", "year", "indicator", "numerator", "denominator", "value", "ci_low", "ci_high", "status"});
  for (const auto& row : computation.table.rows()) {
    std::vector<Cell> cells = {Cell::Text(row.unit_id), Cell::Text(row.unit_level), Cell::Integer(row.year),
                               Cell::Text(row.indicator_id)};
    const std::string status(indicators::CellStatusName(row.status));
    if (row.status == indicators::CellStatus::kSuppressed) {
      for (int i = 0; i < 5; ++i) cells.push_back(Cell::Suppressed());
    } else if (row.status == indicators::CellStatus::kNotAvailable) {
      // An empty population: the zero is known, a value is not.
      cells.push_back(Cell::Integer(0));
      cells.push_back(Cell::Integer(0));
      for (int i = 0; i < 3; ++i) cells.push_back(Cell::Empty());
    } else {
      switch (row.kind) {
        case indicators::IndicatorKind::kShare: {
          cells.push_back(Cell::Integer(row.numerator));
          cells.push_back(Cell::Integer(row.denominator));
          cells.push_back(Cell::Number(100.0 * row.Value(), 3));
          const auto ci = indicators::WilsonInterval(row.numerator, row.denominator);
          cells.push_back(Cell::Number(100.0 * ci->low, 3));
          cells.push_back(Cell::Number(100.0 * ci->high, 3));
          break;
        }
        case indicators::IndicatorKind::kMean: {
          cells.push_back(Cell::Number(row.sum, 2));
          cells.push_back(Cell::Integer(row.denominator));
          cells.push_back(Cell::Number(row.Value(), 3));
          if (const auto ci = indicators::MeanInterval(row.sum, row.sum_squares, row.denominator)) {
            cells.push_back(Cell::Number(ci->low, 3));
            cells.push_back(Cell::Number(ci->high, 3));
          } else {
            cells.push_back(Cell::Empty());
            cells.push_back(Cell::Empty());
          }
          break;
        }
        case indicators::IndicatorKind::kCount:
          cells.push_back(Cell::Integer(row.numerator));
          cells.push_back(Cell::Empty());
          cells.push_back(Cell::Integer(row.numerator));
          cells.push_back(Cell::Empty());
          cells.push_back(Cell::Empty());
          break;
      }
    }
    cells.push_back(Cell::Text(status));
    table.AddRow(std::move(cells));
  }
  return table;
}

StatusOr<ComputeResult> ComputeIndicators(const ComputeRequest& request) {
  HELHED_ASSIGN_OR_RETURN(const auto format, render::FormatForPath(request.out, request.danish_csv));
  if (request.min_cell < indicators::kMinCellFloor) {
    return InvalidArgumentError(fmt::format("--min-cell {} er for lavt: mindst {} personer skal stå bag hvert tal",
                                            request.min_cell, indicators::kMinCellFloor));
  }
  HELHED_ASSIGN_OR_RETURN(const auto defs,
                          indicators::LoadIndicatorSet(request.indicators_file.value_or(indicators::DefaultIndicatorsPath())));
  HELHED_ASSIGN_OR_RETURN(const auto geography, register_::LoadGeography(register_::DefaultGeographyPath()));
  indicators::UnitMap units;
  if (request.areas) {
    HELHED_ASSIGN_OR_RETURN(units, indicators::ReadUnitMap(*request.areas));
  }
  HELHED_ASSIGN_OR_RETURN(const auto store, register_::ColumnStore::Open(request.register_dir));
  indicators::YearRange years{0, 9999};
  if (request.years) years = *request.years;
  const auto start = std::chrono::steady_clock::now();
  HELHED_ASSIGN_OR_RETURN(auto computation, indicators::Compute(store, defs, units, years, &geography));
  ComputeResult result;
  result.count_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  result.column_bytes = store.column_bytes();
  HELHED_ASSIGN_OR_RETURN(result.disclosure, indicators::ApplyDisclosureControl(computation, defs, request.min_cell));
  const render::Table table = PublishedTable(computation);
  HELHED_RETURN_IF_ERROR(render::WriteTableFile(table, request.out, format, "Indikatorer"));
  result.rows = table.rows().size();
  result.input_checksum = store.input_checksum();
  return result;
}

}  // namespace helhed::service
