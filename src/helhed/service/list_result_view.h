// SPDX-License-Identifier: Apache-2.0
// A stored § 61 a result (`helhed lists --store`: a helhed/lists@1 document
// with one area) read into the Danish texts a reader sees: each criterion's
// value as a percentage and a fraction, and per list level its threshold,
// whether it is met and the distance to it. The web application's § 61 a
// page and the board's status report show the same words from here.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/store/records.h"

namespace helhed::service {

// One criterion against one list level's threshold.
struct ListCriterionRow {
  std::string criterion;    // the criterion's label ("Andel uden for arbejdsmarkedet ...")
  std::string value;        // "41,5 %"; "–" when unknown
  std::string fraction;     // "83/200"; "ukendt"
  std::string level;        // "udsat", "parallelsamfund", "forebyggelse"
  std::string threshold;    // "40,0 %"; "–"
  std::string met;          // "ja", "nej", "ukendt"
  std::string distance;     // "17 personer", "2.300 kr. pr. person", "–"; "(inden for den statistiske usikkerhed)" added
  std::string explanation;  // the lists engine's sentence
};

struct ListResultView {
  int list_year = 0;
  std::string category;   // "udsat boligområde"
  std::string residents;  // "1.200"; "ukendt"
  std::string criteria_met_udsat;
  std::string criteria_met_forebyggelse;
  std::vector<ListCriterionRow> rows;  // criteria in the document's order; levels udsat, parallelsamfund, forebyggelse
  std::string earlier;                 // "2021: ikke på en liste; ..."; empty when none
  std::string computed;                // "02.03.2026 09.00 af analytiker fra en kriterietabel"
};

// kDataLoss (Danish) when the stored document cannot be read.
StatusOr<ListResultView> ReadListResult(const store::ListResult& result);

// The result with the newest list year at or before `year` (results as the
// store lists them, oldest first); nullopt when there is none.
std::optional<store::ListResult> NewestListResultAtOrBefore(const std::vector<store::ListResult>& results, int year);

}  // namespace helhed::service
