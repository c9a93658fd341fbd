// SPDX-License-Identifier: Apache-2.0
#include "helhed/service/demo_register.h"

#include <fstream>
#include <map>
#include <random>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include "helhed/base/status_macros.h"
#include "helhed/register/geography.h"
#include "helhed/service/lists_service.h"
#include "helhed/service/lists_store_service.h"
#include "helhed/service/register_service.h"

namespace helhed::service {
namespace {

struct DemoRegisterConfig {
  uint64_t persons = 0;
  indicators::YearRange years;
  uint64_t seed = 0;
  int min_cell = 0;
  std::map<int, int> kommune_weights;  // DST code -> weight
  std::string areas;
  std::string measurement_source;
};

StatusOr<DemoRegisterConfig> ReadConfig(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError(fmt::format("demoregisteret {} findes ikke", path.string()));
  const nlohmann::json json = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  auto bad = [&](std::string_view what) {
    return InvalidArgumentError(fmt::format("{}: {} mangler eller er forkert", path.string(), what));
  };
  if (!json.is_object() || json.value("format", "") != "helhed/demo-register@1") return bad("\"format\"");
  DemoRegisterConfig config;
  if (!json.contains("persons") || !json["persons"].is_number_unsigned()) return bad("\"persons\"");
  config.persons = json["persons"].get<uint64_t>();
  if (!json.contains("seed") || !json["seed"].is_number_unsigned()) return bad("\"seed\"");
  config.seed = json["seed"].get<uint64_t>();
  if (!json.contains("min_cell") || !json["min_cell"].is_number_integer()) return bad("\"min_cell\"");
  config.min_cell = json["min_cell"].get<int>();
  if (!json.contains("years") || !json["years"].is_string()) return bad("\"years\"");
  HELHED_ASSIGN_OR_RETURN(config.years, ParseYearRange(json["years"].get<std::string>()));
  if (!json.contains("kommuner") || !json["kommuner"].is_object()) return bad("\"kommuner\"");
  for (const auto& [code, weight] : json["kommuner"].items()) {
    if (!weight.is_number_unsigned()) return bad("vægten for kommune " + code);
    config.kommune_weights[std::atoi(code.c_str())] = weight.get<int>();
  }
  if (!json.contains("areas") || !json["areas"].is_string()) return bad("\"areas\"");
  config.areas = json["areas"].get<std::string>();
  if (!json.contains("measurement_source") || !json["measurement_source"].is_string()) return bad("\"measurement_source\"");
  config.measurement_source = json["measurement_source"].get<std::string>();
  return config;
}

// The full geography cut down to the configured kommuner, with their weights.
StatusOr<register_::Geography> DemoGeography(const DemoRegisterConfig& config) {
  HELHED_ASSIGN_OR_RETURN(register_::Geography full, register_::LoadGeography(register_::DefaultGeographyPath()));
  register_::Geography demo;
  demo.regions = full.regions;
  for (const register_::Kommune& kommune : full.kommuner) {
    auto weight = config.kommune_weights.find(kommune.code);
    if (weight == config.kommune_weights.end()) continue;
    register_::Kommune copy = kommune;
    copy.population_thousands = weight->second;
    demo.kommuner.push_back(copy);
  }
  if (demo.kommuner.size() != config.kommune_weights.size()) {
    return InvalidArgumentError("demoregisteret nævner en kommunekode, der ikke findes i data/geography/kommuner.json");
  }
  return demo;
}

// A fresh private directory under the system's temporary directory.
StatusOr<std::filesystem::path> MakeWorkDir() {
  std::random_device random;
  const auto dir = std::filesystem::temp_directory_path() /
                   fmt::format("helhed-demo-{}-{:08x}", ::getpid(), static_cast<uint32_t>(random()));
  std::error_code ec;
  if (!std::filesystem::create_directories(dir, ec) || ec) {
    return UnavailableError(fmt::format("kan ikke oprette {}: {}", dir.string(), ec.message()));
  }
  return dir;
}

// The § 61 a lists for every list year the demo register covers (list year
// Y reads register years Y-1 and Y), so the § 61 a page and the portfolio's
// category column show real results at once.
Status SeedDemoLists(store::Store& store, const std::filesystem::path& data_dir, const DemoRegisterConfig& config,
                     const ComputeRequest& compute) {
  for (int year = config.years.first + 1; year <= config.years.last; ++year) {
    ListsRequest request;
    request.list_year = year;
    request.register_dir = compute.register_dir;
    request.areas_file = compute.areas;
    request.data_dir = data_dir;
    HELHED_ASSIGN_OR_RETURN(const lists::ListsReport report, ComputeLists(request));
    HELHED_RETURN_IF_ERROR(StoreListResults(store, request, report, compute.recorded_by).status());
  }
  return OkStatus();
}

}  // namespace

Status SeedDemoRegister(store::Store& store, const std::filesystem::path& data_dir) {
  if (StatusOr<store::OrgUnit> seeded = store.GetOrgUnit(kDemoSeededUnit); seeded.ok()) {
    return OkStatus();
  } else if (seeded.status().code() != StatusCode::kNotFound) {
    return seeded.status();
  }
  HELHED_ASSIGN_OR_RETURN(const DemoRegisterConfig config, ReadConfig(data_dir / "demo" / "register.json"));
  HELHED_ASSIGN_OR_RETURN(register_::Geography geography, DemoGeography(config));
  HELHED_ASSIGN_OR_RETURN(const std::filesystem::path work, MakeWorkDir());
  const Status status = [&]() -> Status {
    SynthRequest synth{config.persons, config.years, config.seed, work / "register.csv", std::move(geography)};
    HELHED_RETURN_IF_ERROR(Synthesize(synth));
    HELHED_ASSIGN_OR_RETURN(const IngestResult ingested, IngestRegister(IngestRequest{{synth.out}, work / "store", true}));
    if (!ingested.stored) return InternalError("det syntetiske demoregister havde fejlbehæftede rækker");
    ComputeRequest compute;
    compute.register_dir = work / "store";
    compute.areas = data_dir / "demo" / config.areas;
    compute.years = config.years;
    compute.min_cell = config.min_cell;
    compute.store = &store;
    compute.recorded_by = "demo";
    compute.source_override = config.measurement_source;
    HELHED_RETURN_IF_ERROR(ComputeIndicators(compute).status());
    return SeedDemoLists(store, data_dir, config, compute);
  }();
  std::error_code ec;
  std::filesystem::remove_all(work, ec);
  return status;
}

}  // namespace helhed::service
