// SPDX-License-Identifier: Apache-2.0
// Attachment: a document of the plan package besides the agreements
// (indberetningsskema, organisationsdiagram, kort, ...).
#pragma once

#include <string>

namespace helhed::model {

// AttachmentKind (bilagstype).
enum class AttachmentKind {
  kReportingForm,
  kOrganisationDiagram,
  kMap,
  kBudget,
  kMilestonePlan,
  kOther,
};

// AttachmentStatus: kReferenced means the package names the document but does
// not hold it (rule R3 reports it apart from a document not mentioned at all).
enum class AttachmentStatus {
  kPresent,
  kReferenced,
};

// Attachment (bilag).
struct Attachment {
  AttachmentKind kind = AttachmentKind::kOther;
  std::string title;
  AttachmentStatus status = AttachmentStatus::kPresent;

  friend bool operator==(const Attachment&, const Attachment&) = default;
};

}  // namespace helhed::model
