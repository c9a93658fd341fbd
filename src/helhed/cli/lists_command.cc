// SPDX-License-Identifier: Apache-2.0
// `helhed lists`: classifies boligområder on the § 61 a / § 61 b lists for a
// list year, from a register store with an areas file or from a criteria
// table, with the distance to each threshold; Danish text or a file.
#include <map>
#include <memory>
#include <string>

#include <fmt/format.h>

#include "helhed/cli/command.h"
#include "helhed/cli/exit_code.h"
#include "helhed/service/lists_service.h"
#include "helhed/service/lists_store_service.h"
#include "helhed/store/open_store.h"

namespace helhed::cli {

void RegisterListsCommand(CLI::App& app, CommandContext& ctx) {
  auto* cmd = app.add_subcommand(
      "lists", "Beregn § 61 a-listerne (udsat, parallelsamfund, omdannelse, forebyggelse) og afstanden til grænserne");
  struct Args {
    int year = 0;
    std::string register_dir;
    std::string areas;
    std::string level = "boligområde";
    std::string criteria;
    std::string national_convicted;
    std::string out;
    bool danish_csv = false;
    bool store = false;
    std::string db;
    std::string author;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("--year", args->year, "Listeåret, fx 2024 (listen 1. december)")->required();
  cmd->add_option("--register", args->register_dir, "Kolonnelager fra 'helhed register ingest'");
  cmd->add_option("--areas", args->areas, "CSV afdeling,unit_id,unit_name,level der samler afdelinger i boligområder");
  cmd->add_option("--level", args->level, "Niveauet i områdefilen der rummer boligområderne (standard: boligområde)");
  cmd->add_option("--criteria", args->criteria,
                  "Kriterietabel (CSV): area_id, area_name, year, residents, outside_work_share, non_western_share, "
                  "convicted_share, basic_education_share, income_ratio");
  cmd->add_option("--national-convicted", args->national_convicted,
                  "Landsgennemsnittet for andelen af dømte i procent, fx 0,76");
  cmd->add_option("--out", args->out, "Resultatfil: .json, .csv eller .xlsx (uden: læsbar tekst)");
  cmd->add_flag("--dansk-csv", args->danish_csv, ".csv med semikolon, decimalkomma og BOM (til Excel med danske indstillinger)");
  cmd->add_flag("--store", args->store,
                "Gem resultatet for hvert område i databasen (til webapplikationens § 61 a-side)");
  cmd->add_option("--db", args->db, "Databasen til --store: sqlite:STI eller postgresql://... (ellers $HELHED_DB, ellers sqlite:helhed.db)");
  cmd->add_option("--author", args->author, "Hvem gemmer med --store (ellers $HELHED_AUTHOR eller $USER)");
  cmd->callback([&ctx, args] {
    ctx.action = [&ctx, args]() -> int {
      service::ListsRequest request;
      request.list_year = args->year;
      if (!args->criteria.empty()) request.criteria_file = args->criteria;
      if (!args->register_dir.empty()) request.register_dir = args->register_dir;
      if (!args->areas.empty()) request.areas_file = args->areas;
      request.area_level = args->level;
      if (!args->national_convicted.empty()) request.national_convicted = args->national_convicted;
      if (!args->out.empty()) {
        const Status checked = service::CheckListsOutput(args->out);
        if (!checked.ok()) return ReportError(ctx, checked);
      }
      auto report = service::ComputeLists(request);
      if (!report.ok()) return ReportError(ctx, report.status());
      if (args->store) {
        auto opened = store::OpenStore(store::ResolveStoreUrl(args->db));
        if (!opened.ok()) return ReportError(ctx, opened.status());
        auto stored = service::StoreListResults(**opened, request, *report, CommandAuthor(args->author));
        if (!stored.ok()) return ReportError(ctx, stored.status());
        ctx.out << fmt::format("Gemte {} områder for listeåret {} i {}\n", *stored, args->year,
                               (*opened)->display_url());
        if (args->out.empty()) return kExitOk;
      }
      if (args->out.empty()) {
        ctx.out << lists::FormatText(*report);
        return kExitOk;
      }
      const Status written = service::WriteLists(*report, args->out, args->danish_csv);
      if (!written.ok()) return ReportError(ctx, written);
      std::map<std::string, int> counts;
      for (const auto& area : report->areas) ++counts[area.category_name];
      std::string summary;
      for (const auto& [name, count] : counts) summary += fmt::format("{}{}: {}", summary.empty() ? "" : ", ", name, count);
      ctx.out << fmt::format("Skrev {} områder for listeåret {} til {} ({})\n", report->areas.size(), args->year,
                             args->out, summary);
      return kExitOk;
    };
  });
}

}  // namespace helhed::cli
