// SPDX-License-Identifier: Apache-2.0
// JSON form of the import report (see import_report.h).
#include "helhed/import/import_report.h"

#include <nlohmann/json.hpp>

namespace helhed::import {

std::string Excerpt(const std::string& text, size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return text.substr(0, cut) + "…";
}

std::string ImportReportToJson(const ImportReport& report) {
  using Json = nlohmann::ordered_json;
  Json root;
  root["format"] = "helhed/import-report@1";
  root["source"] = report.source;
  root["source_format"] = report.format;
  Json documents = Json::array();
  for (const auto& d : report.documents) documents.push_back({{"kind", d.kind}, {"line", d.line}, {"title", d.title}});
  root["documents"] = documents;
  Json fields = Json::array();
  for (const auto& f : report.fields) {
    fields.push_back({{"path", f.path}, {"line", f.line}, {"confidence", f.confidence}});
  }
  root["fields"] = fields;
  Json missing = Json::array();
  for (const auto& m : report.missing) missing.push_back({{"path", m.path}, {"label", m.label}});
  root["missing"] = missing;
  Json unrecognised = Json::array();
  for (const auto& u : report.unrecognised) {
    unrecognised.push_back({{"line", u.line}, {"text", u.text}, {"reason", u.reason}});
  }
  root["unrecognised"] = unrecognised;
  Json warnings = Json::array();
  for (const auto& w : report.warnings) {
    warnings.push_back({{"line", w.line}, {"code", w.code}, {"message", w.message}});
  }
  root["warnings"] = warnings;
  // Replace, not throw, on bad UTF-8 that slipped through from a source.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace helhed::import
