// SPDX-License-Identifier: Apache-2.0
// § 61 a results into the store, with provenance.
#include "helhed/service/lists_store_service.h"


#include <array>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "helhed/base/checksum.h"
#include "helhed/base/status_macros.h"
#include "helhed/lists/rules.h"

namespace helhed::service {

std::string ListCategoryDanish(std::string_view category) {
  if (category == "none") return "ikke på en liste";
  if (category == "forebyggelse") return "forebyggelsesområde";
  if (category == "udsat") return "udsat boligområde";
  if (category == "parallelsamfund") return "parallelsamfund";
  if (category == "omdannelse") return "omdannelsesområde";
  if (category == "uafklaret") return "uafklaret (manglende værdier)";
  return std::string(category);
}

StatusOr<int> StoreListResults(store::Store& store, const ListsRequest& request, const lists::ListsReport& report,
                               std::string_view stored_by) {
  store::Provenance provenance;
  nlohmann::json parameters = {{"list_year", report.list_year}, {"input", report.origin}};
  if (request.criteria_file) {
    HELHED_ASSIGN_OR_RETURN(provenance.input_checksum, FileChecksum(*request.criteria_file));
    parameters["criteria_file"] = request.criteria_file->filename().string();
  } else if (request.register_dir) {
    HELHED_ASSIGN_OR_RETURN(provenance.input_checksum, FileChecksum(*request.register_dir / "manifest.json"));
    parameters["area_level"] = request.area_level;
  }
  if (request.areas_file) {
    HELHED_ASSIGN_OR_RETURN(std::string areas, FileChecksum(*request.areas_file));
    parameters["areas_file"] = areas;
  }
  if (request.national_convicted) parameters["national_convicted"] = *request.national_convicted;
  // The rules that decided the categories, by list year (data/lists/).
  parameters["rules"] = "data/lists/" + std::to_string(report.list_year) + ".json";
  provenance.engine_version = "helhed lists (helhed/lists@1)";
  provenance.parameters = parameters.dump();

  int stored = 0;
  for (const lists::AreaResult& area : report.areas) {
    lists::ListsReport one{report.list_year, report.origin, {area}, report.notes};
    store::ListResult row;
    row.list_year = report.list_year;
    row.area_id = area.area_id;
    row.area_name = area.area_name;
    row.category = lists::CategoryId(area.category);
    // report.origin names the file for people; the row keeps the kind.
    row.origin = request.criteria_file ? "kriterietabel" : "register";
    row.result_json = lists::FormatJson(one);
    row.stored_by = std::string(stored_by);
    row.provenance = provenance;
    HELHED_RETURN_IF_ERROR(store.PutListResult(row));
    ++stored;
  }
  return stored;
}

}  // namespace helhed::service
