// SPDX-License-Identifier: Apache-2.0
// Which register indicator measures a plan indicator: by its indicator_id
// (F1-F9) or, for delmål indicators that carry only a name, by the links in
// data/follow-up/indicator-links.json. Survey indicators (F7, F8) and
// unlinked names get a Danish reason instead.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/indicators/definition.h"
#include "helhed/model/indicator.h"

namespace helhed::service {

struct IndicatorLink {
  std::string plan_indicator;    // a delmål indicator's name, as written
  std::string engine_indicator;  // an id in data/indicators/indicators.json
  std::string why;
};

struct IndicatorLinks {
  std::vector<IndicatorLink> links;
  std::vector<std::pair<std::string, std::string>> not_in_register;  // indicator_id -> Danish reason
};

// Reads and checks the links file against `defs`: kInvalidArgument (Danish)
// for a malformed file or a link to an unknown engine indicator.
StatusOr<IndicatorLinks> LoadIndicatorLinks(const std::filesystem::path& path, const indicators::IndicatorSet& defs);

// data/follow-up/indicator-links.json under `data_dir`.
std::filesystem::path IndicatorLinksPath(const std::filesystem::path& data_dir);

// The register's indicator definitions (data/indicators/indicators.json) and
// the links to them, both read from `data_dir`; what the follow-up
// dashboards and local data entry both need to tell register indicators
// from locally measured ones.
struct IndicatorCatalogue {
  indicators::IndicatorSet defs;
  IndicatorLinks links;
};
StatusOr<IndicatorCatalogue> LoadIndicatorCatalogue(const std::filesystem::path& data_dir);

// What a plan indicator is measured by: an engine definition, or why none.
struct ResolvedIndicator {
  const indicators::IndicatorDef* def = nullptr;  // points into the IndicatorSet
  std::string reason;                              // Danish; set when def is null
};

ResolvedIndicator ResolveIndicator(const model::Indicator& indicator, const IndicatorLinks& links,
                                   const indicators::IndicatorSet& defs);

}  // namespace helhed::service
