// SPDX-License-Identifier: Apache-2.0
// ImportReport: what an import understood and what it did not: each
// recognised field with its origin and a confidence, each block not
// understood, each template field reported missing, and warnings about
// artefacts in the source. Serialised as JSON for `--report` and the web.
#pragma once

#include <string>
#include <vector>

namespace helhed::import {

// A field of the plan filled from the source.
struct RecognisedField {
  // Path in the plan JSON, e.g. "/sub_agreements/0/period".
  std::string path;
  // Line (text) or paragraph (DOCX) the value came from.
  int line = 0;
  // 1.0 = label and value where the template puts them; lower when the
  // value was split from a fused line, re-paired or parsed from prose.
  double confidence = 1.0;
};

// A block the importer did not understand.
struct UnrecognisedBlock {
  int line = 0;
  // The start of the text (at most 160 bytes, cut on a character boundary).
  std::string text;
  // Danish: why it was not used.
  std::string reason;
};

// A template field the source does not fill.
struct MissingField {
  std::string path;
  // The Danish label of the template.
  std::string label;
};

// An artefact or doubt worth a look (fused label, stray line, …).
struct ImportWarning {
  int line = 0;
  std::string code;     // stable id, e.g. "stray_line"
  std::string message;  // Danish
};

// One document found in the source.
struct FoundDocument {
  std::string kind;  // "strategic_agreement", "sub_agreement", …
  int line = 0;
  std::string title;
};

struct ImportReport {
  std::string source;  // file name as given
  std::string format;  // "text" or "docx"
  std::vector<FoundDocument> documents;
  std::vector<RecognisedField> fields;
  std::vector<UnrecognisedBlock> unrecognised;
  std::vector<MissingField> missing;
  std::vector<ImportWarning> warnings;
};

// The report as JSON text (two-space indentation, final newline).
std::string ImportReportToJson(const ImportReport& report);

// Cuts `text` to at most `max_bytes` without splitting a UTF-8 character.
std::string Excerpt(const std::string& text, size_t max_bytes = 160);

}  // namespace helhed::import
