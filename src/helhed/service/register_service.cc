// SPDX-License-Identifier: Apache-2.0
// Register use cases; see register_service.h.
#include "helhed/service/register_service.h"

#include <charconv>
#include <chrono>
#include <fstream>
#include <memory>

#include <fmt/format.h>
#include <unistd.h>

#include "helhed/base/checksum.h"
#include "helhed/base/status_macros.h"
#include "helhed/indicators/interval.h"
#include "helhed/register/column_store.h"
#include "helhed/register/geography.h"
#include "helhed/register/synth.h"
#include "helhed/service/published_numbers.h"
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
  register_::Geography geography;
  if (request.geography) {
    geography = *request.geography;
  } else {
    HELHED_ASSIGN_OR_RETURN(geography, register_::LoadGeography(register_::DefaultGeographyPath()));
  }
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
  // A register row is at least 40 bytes of CSV; columns reserved for that
  // many are never moved while they grow.
  uint64_t bytes = 0;
  for (const auto& file : request.files) {
    const auto size = std::filesystem::file_size(file, ec);
    if (!ec) bytes += size;  // a file that cannot be read is reported by the reader
  }
  builder->Reserve(bytes / 40);
  IngestResult result;
  HELHED_ASSIGN_OR_RETURN(result.report, register_::ReadRegisterCsv(request.files, [&](std::span<const register_::PersonYear> rows) {
                            builder->Add(rows);
                          }));
  if (request.strict && result.report.rows_bad > 0) return result;
  HELHED_RETURN_IF_ERROR(builder->Write(request.out, result.report.checksum));
  result.stored = true;
  return result;
}

render::Table PublishedTable(const indicators::Computation& computation) {
  using render::Cell;
  // Counts print as integers, sums of values with 2 decimals, values and intervals with 3.
  auto integer = [](const std::optional<double>& v) { return v ? Cell::Integer(static_cast<int64_t>(*v)) : Cell::Empty(); };
  auto number = [](const std::optional<double>& v, int decimals) { return v ? Cell::Number(*v, decimals) : Cell::Empty(); };
  const auto& rows = computation.table.rows();
  // Cells are made row by row while the file is written: at 6 M persons the
  // whole table as cells took more memory than the register itself.
  return render::Table(
      {"unit_id", "unit_level", "year", "indicator", "numerator", "denominator", "value", "ci_low", "ci_high", "status"},
      rows.size(), [&rows, integer, number](size_t i, std::vector<Cell>& cells) {
        const auto& row = rows[i];
        // `cells` holds the previous row: text is assigned into its strings,
        // so a row costs no allocation.
        auto text = [](Cell& cell, std::string_view value) {
          cell.type = render::CellType::kText;
          cell.text.assign(value);
        };
        cells.resize(10);
        text(cells[0], row.unit_id);
        text(cells[1], row.unit_level);
        cells[2] = Cell::Integer(row.year);
        text(cells[3], row.indicator_id);
        if (row.status == indicators::CellStatus::kSuppressed) {
          for (int c = 4; c < 9; ++c) cells[c] = Cell::Suppressed();
        } else {
          const PublishedNumbers numbers = PublishedNumbersOf(row);
          const bool mean = row.kind == indicators::IndicatorKind::kMean && row.status == indicators::CellStatus::kOk;
          const bool count = row.kind == indicators::IndicatorKind::kCount;
          cells[4] = mean ? number(numbers.numerator, 2) : integer(numbers.numerator);
          cells[5] = integer(numbers.denominator);
          cells[6] = count ? integer(numbers.value) : number(numbers.value, 3);
          cells[7] = number(numbers.ci_low, 3);
          cells[8] = number(numbers.ci_high, 3);
        }
        text(cells[9], indicators::CellStatusName(row.status));
      });
}

StatusOr<ComputeResult> ComputeIndicators(const ComputeRequest& request) {
  if (!request.out && request.store == nullptr) {
    return InvalidArgumentError("angiv en resultatfil (--out) eller gem i databasen (--store)");
  }
  std::optional<render::TableFormat> format;
  if (request.out) {
    HELHED_ASSIGN_OR_RETURN(format, render::FormatForPath(*request.out, request.danish_csv));
  }
  if (request.min_cell < indicators::kMinCellFloor) {
    return InvalidArgumentError(fmt::format("--min-cell {} er for lavt: mindst {} personer skal stå bag hvert tal",
                                            request.min_cell, indicators::kMinCellFloor));
  }
  HELHED_ASSIGN_OR_RETURN(const auto defs,
                          indicators::LoadIndicatorSet(request.indicators_file.value_or(indicators::DefaultIndicatorsPath())));
  HELHED_ASSIGN_OR_RETURN(const auto geography, register_::LoadGeography(register_::DefaultGeographyPath()));
  indicators::UnitMap units;
  std::string areas_checksum;
  if (request.areas) {
    HELHED_ASSIGN_OR_RETURN(units, indicators::ReadUnitMap(*request.areas));
    HELHED_ASSIGN_OR_RETURN(areas_checksum, FileChecksum(*request.areas));
  }
  indicators::YearRange years{0, 9999};
  if (request.years) years = *request.years;
  ComputeResult result;
  indicators::Computation computation;
  {
    // The store is closed before disclosure control, whose working memory
    // makes the peak: its profiles and mapped pages are not needed after the
    // counting pass.
    HELHED_ASSIGN_OR_RETURN(const auto store, register_::ColumnStore::Open(request.register_dir));
    HELHED_ASSIGN_OR_RETURN(computation, indicators::Compute(store, defs, units, years, &geography));
    result.column_bytes = store.column_bytes();
    result.input_checksum = store.input_checksum();
  }
  result.count_seconds = computation.scan_seconds;
  result.rows_seconds = computation.rows_seconds;
  const auto start = std::chrono::steady_clock::now();
  HELHED_ASSIGN_OR_RETURN(result.disclosure, indicators::ApplyDisclosureControl(computation, defs, request.min_cell));
  result.disclosure_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  result.rows = computation.table.rows().size();
  if (request.out) {
    const render::Table table = PublishedTable(computation);
    HELHED_RETURN_IF_ERROR(render::WriteTableFile(table, *request.out, *format, "Indikatorer"));
  }
  if (request.store != nullptr) {
    const ComputationParameters parameters{result.input_checksum, request.min_cell, years, areas_checksum,
                                           request.recorded_by, request.source_override};
    HELHED_ASSIGN_OR_RETURN(result.stored, StoreComputation(*request.store, computation, defs, parameters));
  }
  return result;
}

}  // namespace helhed::service
