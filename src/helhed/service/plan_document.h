// SPDX-License-Identifier: Apache-2.0
// The plan as LBF's documents: the strategic agreement, each delaftale, the
// board's kommissorium and the beredskabsplan in the order of LBF's template, with the template's labels read from
// data/import/labels-*.json (the importer's label table, so the words
// exist once), and each part's approval state in a sentence.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "helhed/base/statusor.h"
#include "helhed/document/document.h"
#include "helhed/import/label_table.h"
#include "helhed/model/plan.h"

namespace helhed::service {

struct PlanDocumentOptions {
  // Only this delaftale (its focus_area), without the strategic agreement.
  std::optional<std::string> only_focus_area;
  // Lines under the title saying which revision, as of when.
  std::vector<document::Field> status_fields;
  // Approval sentence per part: "strategic_agreement" and
  // "sub_agreement/<focus area>" (plandiff part names). Absent: no sentence.
  std::map<std::string, std::string> approval_sentences;
};

// kFailedPrecondition naming the file when a label the template needs is
// missing from the label table.
StatusOr<document::Document> BuildPlanDocument(const model::Plan& plan, const import::LabelTable& labels,
                                               const PlanDocumentOptions& options);

}  // namespace helhed::service
