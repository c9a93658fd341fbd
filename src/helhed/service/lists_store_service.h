// SPDX-License-Identifier: Apache-2.0
// Keeping § 61 a results in the store (`helhed lists --store`) and reading
// them back for the web application's § 61 a page and portfolio.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/lists/report.h"
#include "helhed/service/lists_service.h"
#include "helhed/store/store.h"

namespace helhed::service {

// Stores every area of `report` (one row per area and list year, replacing
// an earlier computation of the same), with provenance: BLAKE2b checksums of
// the inputs named in `request` and its parameters. Each area is one
// transaction with its audit entry; returns how many were stored.
StatusOr<int> StoreListResults(store::Store& store, const ListsRequest& request, const lists::ListsReport& report,
                               std::string_view stored_by);

// The Danish name of a stored category id ("udsat" -> "udsat boligområde").
std::string ListCategoryDanish(std::string_view category);

}  // namespace helhed::service
