// SPDX-License-Identifier: Apache-2.0
// Downloads: the plan as LBF's documents (`helhed export`), the plan's tables
// (XLSX, Danish CSV), the board's status report (`helhed report board`) and
// the auditor's documentation (`helhed report audit`), made by the same
// service code as the command line. Each is a POST form with the CSRF token
// (a download is recorded in the audit log, and the board report's record
// feeds the audit documentation, so no other site may trigger one), answered
// as an attachment with its file name in Content-Disposition.
#include <array>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include <unistd.h>

#include <fmt/format.h>

#include "helhed/base/date.h"
#include "helhed/base/status_macros.h"
#include "helhed/service/audit_report.h"
#include "helhed/service/board_report.h"
#include "helhed/service/document_output.h"
#include "helhed/service/export_service.h"
#include "helhed/store/clock.h"
#include "helhed/web/content_disposition.h"
#include "helhed/web/internal/handlers.h"
#include "helhed/web/internal/layout.h"

namespace helhed::web::internal {
namespace {

// A private directory for one download's file, removed when the bytes have
// been read: the services write files (libxlsxwriter and the DOCX writer
// write to a path), and two requests must never share one.
class ScratchDir {
 public:
  static StatusOr<ScratchDir> Make() {
    std::error_code error;
    std::string pattern = (std::filesystem::temp_directory_path(error) / "helhed-download-XXXXXX").string();
    if (error || ::mkdtemp(pattern.data()) == nullptr) {
      return UnavailableError("der kunne ikke oprettes en midlertidig mappe til filen; prøv igen");
    }
    return ScratchDir(pattern);
  }
  ScratchDir(ScratchDir&& other) noexcept : path_(std::move(other.path_)) { other.path_.clear(); }
  ScratchDir& operator=(ScratchDir&&) = delete;
  ~ScratchDir() {
    std::error_code ignored;  // a leftover file in /tmp is no reason to fail the download
    if (!path_.empty()) std::filesystem::remove_all(path_, ignored);
  }
  std::filesystem::path File(std::string_view extension) const { return path_ / ("download." + std::string(extension)); }

 private:
  explicit ScratchDir(std::filesystem::path path) : path_(std::move(path)) {}
  std::filesystem::path path_;
};

StatusOr<std::string> ReadWhole(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in.good() && !in.eof()) return UnavailableError("den skrevne fil kunne ikke læses; prøv igen");
  return bytes.str();
}

// The extension's MIME type; every format a download form offers has one.
std::string_view ContentType(std::string_view extension) {
  if (extension == "docx") return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  if (extension == "xlsx") return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (extension == "html") return "text/html; charset=utf-8";
  if (extension == "md") return "text/markdown; charset=utf-8";
  if (extension == "json") return "application/json; charset=utf-8";
  if (extension == "csv") return "text/csv; charset=utf-8";
  return "application/octet-stream";
}

// Runs `write` on a fresh scratch file and answers its bytes as the
// attachment `name`.`extension`.
template <typename WriteFn>
StatusOr<Reply> FileDownload(std::string_view extension, const std::string& name, WriteFn write) {
  HELHED_ASSIGN_OR_RETURN(ScratchDir dir, ScratchDir::Make());
  const std::filesystem::path file = dir.File(extension);
  HELHED_RETURN_IF_ERROR(write(file));
  Reply reply;
  HELHED_ASSIGN_OR_RETURN(reply.body, ReadWhole(file));
  reply.content_type = std::string(ContentType(extension));
  reply.content_disposition = AttachmentDisposition(name + "." + std::string(extension));
  return reply;
}

// `helhed export` into a download; `revision` is the plan revision written.
StatusOr<Reply> ExportDownload(const Request& req, service::ExportRequest& request, std::string_view format,
                               const std::string& file_name, int& revision) {
  return FileDownload(format, file_name, [&](const std::filesystem::path& out) -> Status {
    request.out = out;
    HELHED_ASSIGN_OR_RETURN(service::ExportResult result, service::ExportPlan(*req.store, request));
    revision = result.revision;
    return OkStatus();
  });
}

Status LogDownload(const Request& req, std::string_view action, const std::string& detail) {
  return req.store->AppendAudit(
      {0, {}, req.session->login, std::string(action), "plan/" + std::to_string(*req.plan_id), detail});
}

// One of `allowed`, or kInvalidArgument naming them.
StatusOr<std::string> ChosenFormat(const Request& req, std::initializer_list<std::string_view> allowed) {
  HELHED_ASSIGN_OR_RETURN(std::string format, req.form->Require("format", "Format"));
  std::string names;
  for (std::string_view name : allowed) {
    if (name == format) return format;
    names += (names.empty() ? "" : ", ") + std::string(name);
  }
  return InvalidArgumentError(fmt::format("formatet \"{}\" findes ikke her; vælg {}", format, names));
}

// The optional "pr. dato" field: empty means the newest.
StatusOr<std::optional<Date>> AsOf(const Request& req) {
  const std::string text = req.form->Get("dato").value_or("");
  if (text.empty()) return std::optional<Date>();
  StatusOr<Date> date = ParseIsoDate(text);
  if (!date.ok()) return InvalidArgumentError("Dato: " + date.status().message());
  return std::optional<Date>(*date);
}

StatusOr<std::string> PlanName(App& app, const Request& req) {
  HELHED_ASSIGN_OR_RETURN(const auto view, app.plan_views.Load(*req.store, *req.plan_id, app.options.data_dir));
  return view->plan.name;
}

}  // namespace

StatusOr<Reply> PlanDownload(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(std::string format, ChosenFormat(req, {"docx", "html", "md", "json"}));
  HELHED_ASSIGN_OR_RETURN(std::optional<Date> as_of, AsOf(req));
  const std::string name = req.form->Get("delaftale").value_or("");
  service::ExportRequest request;
  request.plan_id = *req.plan_id;
  request.as_of = as_of;
  request.approved = req.form->Get("godkendt").value_or("") == "1";
  HELHED_ASSIGN_OR_RETURN(request.format, service::ParseExportFormat(format));
  if (!name.empty()) request.sub_agreement = name;
  request.data_dir = app.options.data_dir;
  if (request.sub_agreement && request.format == service::ExportFormat::kJson) {
    return InvalidArgumentError("JSON er hele planens tekst; vælg \"Hele planen\" eller et andet format");
  }
  HELHED_ASSIGN_OR_RETURN(std::string plan_name, PlanName(app, req));
  std::string file_name = plan_name;
  if (request.sub_agreement) file_name += " - delaftale " + *request.sub_agreement;
  if (request.approved) file_name += " - godkendt";
  if (as_of) file_name += " pr. " + as_of->ToIso();
  int revision = 0;
  HELHED_ASSIGN_OR_RETURN(Reply reply, ExportDownload(req, request, format, file_name, revision));
  HELHED_RETURN_IF_ERROR(LogDownload(req, "download.plan",
                                     fmt::format("{}, revision {}{}{}", format, revision,
                                                 request.sub_agreement ? ", delaftale " + *request.sub_agreement : "",
                                                 as_of ? ", pr. " + as_of->ToIso() : "")));
  return reply;
}

StatusOr<Reply> TablesDownload(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(std::string format, ChosenFormat(req, {"xlsx", "csv"}));
  HELHED_ASSIGN_OR_RETURN(std::optional<Date> as_of, AsOf(req));
  const std::string table = req.form->Get("tabel").value_or("");
  service::ExportRequest request;
  request.plan_id = *req.plan_id;
  request.as_of = as_of;
  request.tables = true;
  HELHED_ASSIGN_OR_RETURN(request.format, service::ParseExportFormat(format));
  if (!table.empty()) request.table = table;
  if (format == "csv" && table.empty()) {
    return InvalidArgumentError("en CSV-fil rummer én tabel: vælg tabellen (eller vælg Excel for dem alle)");
  }
  request.data_dir = app.options.data_dir;
  HELHED_ASSIGN_OR_RETURN(std::string plan_name, PlanName(app, req));
  std::string file_name = plan_name + " - " + (table.empty() ? std::string("tabeller") : table);
  if (as_of) file_name += " pr. " + as_of->ToIso();
  int revision = 0;
  HELHED_ASSIGN_OR_RETURN(Reply reply, ExportDownload(req, request, format, file_name, revision));
  HELHED_RETURN_IF_ERROR(LogDownload(
      req, "download.tables",
      fmt::format("{}, {}, revision {}{}", format, table.empty() ? "alle tabeller" : table, revision,
                  as_of ? ", pr. " + as_of->ToIso() : "")));
  return reply;
}

StatusOr<Reply> BoardReportDownload(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(std::string format, ChosenFormat(req, {"docx", "html"}));
  HELHED_ASSIGN_OR_RETURN(std::string period_text, req.form->Require("periode", "Periode"));
  StatusOr<service::ReportPeriod> period = service::ParseReportPeriod(period_text);
  if (!period.ok()) return InvalidArgumentError("Periode: " + period.status().message());
  HELHED_ASSIGN_OR_RETURN(service::DocumentFormat document_format, service::ParseDocumentFormat(format));
  HELHED_ASSIGN_OR_RETURN(document::Document doc,
                          service::BuildBoardReport(*req.store, *req.plan_id, *period, app.options.data_dir));
  HELHED_ASSIGN_OR_RETURN(std::string plan_name, PlanName(app, req));
  const std::string file_name = plan_name + " - statusrapport " + period_text;
  HELHED_ASSIGN_OR_RETURN(Reply reply, FileDownload(format, file_name, [&](const std::filesystem::path& out) {
                            return service::WriteDocumentFile(doc, document_format, out);
                          }));
  // The same record as `helhed report board`: the audit documentation lists
  // the status reports the board received.
  HELHED_RETURN_IF_ERROR(LogDownload(req, service::kBoardReportAuditAction,
                                     fmt::format("Statusrapport {} ({}.{}, hentet i webapplikationen)", period->words,
                                                 file_name, format)));
  return reply;
}

StatusOr<Reply> AuditDownload(App& app, Request& req) {
  HELHED_ASSIGN_OR_RETURN(std::string format, ChosenFormat(req, {"docx", "html", "md"}));
  HELHED_ASSIGN_OR_RETURN(long long year, req.form->RequireNumber("aar", "År"));
  if (year < 2000 || year > 2100) {
    return InvalidArgumentError(fmt::format("År: {} er ikke et årstal mellem 2000 og 2100", year));
  }
  HELHED_ASSIGN_OR_RETURN(service::DocumentFormat document_format, service::ParseDocumentFormat(format));
  HELHED_ASSIGN_OR_RETURN(document::Document doc, service::BuildAuditReport(*req.store, *req.plan_id,
                                                                            static_cast<int>(year), app.options.data_dir));
  HELHED_ASSIGN_OR_RETURN(std::string plan_name, PlanName(app, req));
  const std::string file_name = fmt::format("{} - revisordokumentation {}", plan_name, year);
  HELHED_ASSIGN_OR_RETURN(Reply reply, FileDownload(format, file_name, [&](const std::filesystem::path& out) {
                            return service::WriteDocumentFile(doc, document_format, out);
                          }));
  HELHED_RETURN_IF_ERROR(LogDownload(req, "download.audit", fmt::format("{}, {}", year, format)));
  return reply;
}

Html DownloadForms(const App& app, const Request& req, const model::Plan& plan) {
  const std::string base = "/planer/" + std::to_string(*req.plan_id) + "/hent/";
  Html forms;
  if (Allows(*req.role, Action::kDownloadPlan)) {
    Html options = Html("<option value=\"\">Hele planen</option>");
    if (plan.sub_agreements) {
      for (std::size_t idx = 0; idx < plan.sub_agreements->size(); ++idx) {
        options += Format("<option value=\"{}\">Delaftale: {}</option>",
                          {Text(static_cast<std::int64_t>(idx + 1)), Text((*plan.sub_agreements)[idx].focus_area)});
      }
    }
    forms += Format(
        "<form class=\"stack\" method=\"post\" action=\"{}plan\"><h3>Planen som LBF's dokumenter</h3>{}"
        "<label for=\"hent-plan-del\">Del</label><select id=\"hent-plan-del\" name=\"delaftale\">{}</select>"
        "<label for=\"hent-plan-dato\">Som planen stod den (tom: seneste)</label>"
        "<input type=\"date\" id=\"hent-plan-dato\" name=\"dato\">"
        "<label><input type=\"checkbox\" name=\"godkendt\" value=\"1\"> Kun den seneste godkendte version</label>"
        "<label for=\"hent-plan-format\">Format</label><select id=\"hent-plan-format\" name=\"format\">"
        "<option value=\"docx\">Word (docx)</option><option value=\"html\">HTML</option>"
        "<option value=\"md\">Markdown</option><option value=\"json\">JSON (hele planens tekst)</option></select>"
        "<button type=\"submit\">Hent planen</button></form>",
        {Text(base), CsrfField(req), options});
    forms += Format(
        "<form class=\"stack\" method=\"post\" action=\"{}tabeller\"><h3>Planens tabeller og tal</h3>{}"
        "<label for=\"hent-tabel\">Tabel</label><select id=\"hent-tabel\" name=\"tabel\">"
        "<option value=\"\">Alle (kun Excel)</option><option value=\"maal\">Mål</option>"
        "<option value=\"medarbejdere\">Medarbejdere</option><option value=\"budget\">Budget</option>"
        "<option value=\"milepaele\">Milepæle</option><option value=\"maalinger\">Målinger (opfølgningens tal)</option>"
        "<option value=\"lister\">§ 61 a-lister</option></select>"
        "<label for=\"hent-tabel-dato\">Som planen stod den (tom: seneste)</label>"
        "<input type=\"date\" id=\"hent-tabel-dato\" name=\"dato\">"
        "<label for=\"hent-tabel-format\">Format</label><select id=\"hent-tabel-format\" name=\"format\">"
        "<option value=\"xlsx\">Excel (xlsx)</option><option value=\"csv\">CSV (semikolon, decimalkomma)</option>"
        "</select><button type=\"submit\">Hent tabellerne</button></form>",
        {Text(base), CsrfField(req)});
  }
  if (Allows(*req.role, Action::kDownloadReports)) {
    const Date today = store::DateOf(app.clock->Now());
    // The half-year just ended is the one a board meeting usually reviews.
    const std::string period = today.month() <= 6 ? fmt::format("{}H2", today.year() - 1)
                                                  : fmt::format("{}H1", today.year());
    forms += Format(
        "<form class=\"stack\" method=\"post\" action=\"{}statusrapport\"><h3>Statusrapport til bestyrelsen</h3>{}"
        "<label for=\"hent-periode\">Periode (fx 2025H1, 2025H2 eller 2025)</label>"
        "<input type=\"text\" id=\"hent-periode\" name=\"periode\" value=\"{}\" maxlength=\"6\" required>"
        "<label for=\"hent-rapport-format\">Format</label><select id=\"hent-rapport-format\" name=\"format\">"
        "<option value=\"docx\">Word (docx)</option><option value=\"html\">HTML</option></select>"
        "<button type=\"submit\">Hent statusrapporten</button></form>",
        {Text(base), CsrfField(req), Text(period)});
    forms += Format(
        "<form class=\"stack\" method=\"post\" action=\"{}revision\"><h3>Dokumentation til revisor</h3>{}"
        "<label for=\"hent-aar\">År</label>"
        "<input type=\"number\" id=\"hent-aar\" name=\"aar\" value=\"{}\" min=\"2000\" max=\"2100\" required>"
        "<label for=\"hent-revision-format\">Format</label><select id=\"hent-revision-format\" name=\"format\">"
        "<option value=\"docx\">Word (docx)</option><option value=\"html\">HTML</option>"
        "<option value=\"md\">Markdown</option></select>"
        "<button type=\"submit\">Hent dokumentationen</button></form>",
        {Text(base), CsrfField(req), Text(static_cast<std::int64_t>(today.year() - 1))});
  }
  if (forms.empty()) return forms;
  return Html("<h2>Hent dokumenter</h2>") + forms;
}

}  // namespace helhed::web::internal
