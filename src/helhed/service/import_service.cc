// SPDX-License-Identifier: Apache-2.0
// Import use case (see import_service.h).
#include "helhed/service/import_service.h"

#include <fstream>
#include <sstream>
#include <system_error>

#include <fmt/format.h>

#include "helhed/base/status.h"
#include "helhed/base/status_macros.h"
#include "helhed/import/importer.h"
#include "helhed/import/source_text.h"
#include "helhed/planfile/plan_json.h"
#include "helhed/rules/pack_loader.h"

namespace helhed::service {

StatusOr<ImportOutcome> ImportPlanDocument(std::string_view bytes, const std::string& file_name,
                                           const ImportOptions& options) {
  const std::filesystem::path data_dir = options.data_dir.empty() ? rules::DefaultDataDir() : options.data_dir;
  HELHED_ASSIGN_OR_RETURN(import::LabelTable labels, import::LoadLabelTables(data_dir));
  auto imported = import::ImportBytes(bytes, file_name, labels);
  if (!imported.ok()) return imported.status().WithContext(file_name);
  ImportOutcome outcome;
  outcome.plan = std::move(imported->plan);
  outcome.report = std::move(imported->report);
  outcome.plan_json = planfile::WritePlanJson(outcome.plan);
  outcome.report_json = import::ImportReportToJson(outcome.report);
  return outcome;
}

StatusOr<ImportOutcome> ImportPlanFile(const std::filesystem::path& path, const ImportOptions& options) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status)) return NotFoundError(fmt::format("filen findes ikke: {}", path.string()));
  if (std::filesystem::is_directory(status)) {
    return InvalidArgumentError(fmt::format("{} er en mappe, ikke en fil", path.string()));
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (!ec && size > import::kMaxImportBytes) {
    return InvalidArgumentError(fmt::format("{}: filen er for stor til import ({} MB); grænsen er {} MB", path.string(),
                                            size / (1024 * 1024), import::kMaxImportBytes / (1024 * 1024)));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return PermissionDeniedError(fmt::format("filen kan ikke læses: {}", path.string()));
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return ImportPlanDocument(buffer.str(), path.filename().string(), options);
}

std::string ImportSummary(const ImportOutcome& outcome) {
  const import::ImportReport& report = outcome.report;
  std::string out = fmt::format("Import af {} ({}):\n", report.source, report.format == "docx" ? "Word" : "tekst");
  for (const auto& document : report.documents) {
    out += fmt::format("  {} (linje {}){}\n",
                       document.kind == "strategic_agreement" ? "Strategisk samarbejdsaftale"
                       : document.kind == "sub_agreement"     ? "Delaftale"
                       : document.kind == "terms_of_reference" ? "Kommissorium"
                                                               : "Beredskabsplan",
                       document.line, document.kind == "sub_agreement" ? ": " + document.title : "");
  }
  out += fmt::format("  {} felter genkendt, {} mangler, {} tekstblokke ikke forstået, {} advarsler\n",
                     report.fields.size(), report.missing.size(), report.unrecognised.size(), report.warnings.size());
  if (!report.missing.empty()) {
    out += "  Mangler (ikke opfundet, udfyld i hånden):\n";
    size_t shown = 0;
    for (const auto& missing : report.missing) {
      if (++shown > 10) {
        out += fmt::format("    … og {} mere (se --report)\n", report.missing.size() - 10);
        break;
      }
      out += fmt::format("    {} ({})\n", missing.path, missing.label);
    }
  }
  return out;
}

}  // namespace helhed::service
