// SPDX-License-Identifier: Apache-2.0
// § 61 a list results (one row per area and list year) in portable SQL.
#include <fmt/format.h>

#include "helhed/base/status_macros.h"
#include "helhed/store/internal/row.h"
#include "helhed/store/internal/sql_store.h"

namespace helhed::store::internal {

Status SqlStore::PutListResult(const ListResult& r) {
  return InWrite([&]() -> Status {
    HELHED_RETURN_IF_ERROR(
        Q("INSERT INTO list_results (list_year, area_id, area_name, category, origin, result_json, stored_by, "
          "stored_at, input_checksum, engine_version, parameters) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (area_id, list_year) DO UPDATE SET area_name = excluded.area_name, "
          "category = excluded.category, origin = excluded.origin, result_json = excluded.result_json, "
          "stored_by = excluded.stored_by, stored_at = excluded.stored_at, "
          "input_checksum = excluded.input_checksum, engine_version = excluded.engine_version, "
          "parameters = excluded.parameters",
          {std::int64_t{r.list_year}, r.area_id, r.area_name, r.category, r.origin, r.result_json, r.stored_by,
           FormatTimestamp(clock_->Now()), r.provenance.input_checksum, r.provenance.engine_version,
           r.provenance.parameters})
            .status());
    HELHED_RETURN_IF_ERROR(NewDataGeneration());
    return InsertAudit(r.stored_by, "lists.store", fmt::format("area/{}", r.area_id),
                       fmt::format("listeår {}: {} ({})", r.list_year, r.category, r.origin));
  });
}

StatusOr<std::vector<ListResult>> SqlStore::ListListResults(std::string_view area_id) {
  HELHED_ASSIGN_OR_RETURN(
      SqlResult result,
      Q("SELECT list_year, area_id, area_name, category, origin, result_json, stored_by, stored_at, input_checksum, "
        "engine_version, parameters FROM list_results WHERE area_id = ? ORDER BY list_year",
        {std::string(area_id)}));
  std::vector<ListResult> out;
  for (const SqlRow& row : result.rows) {
    ListResult r;
    HELHED_ASSIGN_OR_RETURN(const std::int64_t year, ColInt(row, 0));
    r.list_year = static_cast<int>(year);
    r.area_id = ColText(row, 1);
    r.area_name = ColText(row, 2);
    r.category = ColText(row, 3);
    r.origin = ColText(row, 4);
    r.result_json = ColText(row, 5);
    r.stored_by = ColText(row, 6);
    HELHED_ASSIGN_OR_RETURN(r.stored_at, ParseTimestamp(ColText(row, 7)));
    r.provenance = Provenance{ColText(row, 8), ColText(row, 9), ColText(row, 10)};
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace helhed::store::internal
