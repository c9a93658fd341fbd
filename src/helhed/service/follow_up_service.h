// SPDX-License-Identifier: Apache-2.0
// Follow-up dashboards (opfølgning): for an overall goal or a delmål of a
// plan, each indicator's register measurements from the store as charts —
// the plan's area against the kommune and the whole country by year, with the
// plan's baseline and target, 95 % bands and suppressed values shown as such,
// and a breakdown by the plan's zones — or, where there are no register
// data, the reason in Danish. Shared by the web pages and the documents.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/charts/bar_chart.h"
#include "helhed/charts/line_chart.h"
#include "helhed/charts/svg.h"
#include "helhed/model/plan.h"
#include "helhed/store/store.h"

namespace helhed::service {

struct FollowUpIndicator {
  std::string name;              // the plan's wording
  std::string engine_indicator;  // "F4", "charged_15plus"; empty without register data
  std::string engine_name;       // what the register indicator counts (Danish)
  std::string no_data;           // Danish; set when there is nothing to draw
  std::optional<charts::Chart> by_year;  // area, kommune and land over the years
  std::optional<charts::Chart> by_zone;  // the zones in the latest year with data
  // The published numbers each chart draws (after disclosure control), for
  // the JSON API: the same points, so the API can never show more.
  std::optional<charts::LineChartSpec> by_year_data;
  std::optional<charts::BarChartSpec> by_zone_data;
  // Each zone's (or, for local values without zones, each afdeling's)
  // published points over all years; the bars show only the latest.
  std::vector<std::pair<std::string, std::vector<charts::Point>>> zone_years;
  std::string source;            // "Kilde: ..." with the provenance of the numbers
  bool local = false;            // the numbers were entered by hand (local_data_service.h)
};

struct FollowUpSection {
  std::string heading;      // "Mål 2: Flere bliver tilknyttet arbejdsmarkedet"
  std::string context;      // "Beskæftigelse" (focus area) or the delaftale's
  std::vector<FollowUpIndicator> indicators;
};

// One entry per overall goal and per delmål, for the index page.
struct FollowUpEntry {
  std::string heading;
  std::string path;          // relative to the plan: "opfoelgning/maal/2", "opfoelgning/delaftaler/1/delmaal/3"
  std::size_t goal = 0;      // 0-based index of the goal (overall goal, or delmål in its delaftale)
  int indicators = 0;
  int with_register_data = 0;  // indicators linked to a register indicator
};

struct FollowUpIndex {
  std::vector<FollowUpEntry> overall_goals;
  // focus area -> delmål, in the plan's order of delaftaler
  std::vector<std::pair<std::string, std::vector<FollowUpEntry>>> sub_agreements;
};

// Which indicators of the plan have register indicators; reads no measurements.
StatusOr<FollowUpIndex> FollowUpIndexOf(const model::Plan& plan, const std::filesystem::path& data_dir);

// What a dashboard reads besides the register measurements.
struct FollowUpScope {
  // With it, indicators without register data show the values partners
  // entered for this plan (local_data_service.h), published as stored.
  std::optional<store::PlanId> plan_id;
  // With it, years after this one are left out: a report for a past period
  // shows the numbers of that period, not later ones.
  std::optional<int> last_year;
  // Without it only the numbers are read (by_year_data, by_zone_data,
  // zone_years), no SVG is drawn: for the JSON API and the data tables.
  bool draw_charts = true;
};

// The headings of the dashboards below ("Mål 2: ...", "Delmål 3: ..."), with
// the same kNotFound (Danish) for an index the plan does not have; cheap, so
// a page can title a dashboard it kept without building it again.
StatusOr<std::string> OverallGoalFollowUpHeading(const model::Plan& plan, std::size_t goal_idx);
StatusOr<std::string> SubGoalFollowUpHeading(const model::Plan& plan, std::size_t sub_idx, std::size_t goal_idx);

// The dashboard of overall goal `goal_idx` (0-based). kNotFound (Danish) for
// an index the plan does not have.
StatusOr<FollowUpSection> OverallGoalFollowUp(store::Store& store, const model::Plan& plan, std::size_t goal_idx,
                                              const std::filesystem::path& data_dir, const FollowUpScope& scope = {});

// The dashboard of delmål `goal_idx` in delaftale `sub_idx` (both 0-based).
StatusOr<FollowUpSection> SubGoalFollowUp(store::Store& store, const model::Plan& plan, std::size_t sub_idx,
                                          std::size_t goal_idx, const std::filesystem::path& data_dir,
                                          const FollowUpScope& scope = {});

}  // namespace helhed::service
