// SPDX-License-Identifier: Apache-2.0
#include "helhed/service/check_service.h"

#include <nlohmann/json.hpp>

#include "helhed/base/status_macros.h"
#include "helhed/planfile/plan_json.h"
#include "helhed/rules/check.h"
#include "helhed/rules/pack_loader.h"

namespace helhed::service {
namespace {

// Every parse problem on its own line, so the user can fix them in one pass.
Status ParseProblems(const std::filesystem::path& path, const std::vector<planfile::PlanJsonError>& errors) {
  std::string message = "planfilen " + path.string() + " kan ikke bruges:";
  for (const planfile::PlanJsonError& error : errors) message += "\n  " + error.ToString();
  if (errors.size() >= planfile::kMaxReportedErrors) message += "\n  (flere fejl er udeladt)";
  return InvalidArgumentError(std::move(message));
}

std::string Plural(int count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

std::string Summary(const CheckReport& report) {
  std::string line = Plural(report.errors, "fejl", "fejl") + ", " + Plural(report.warnings, "advarsel", "advarsler");
  if (report.infos > 0) line += ", " + std::to_string(report.infos) + " info";
  return line;
}

}  // namespace

StatusOr<CheckReport> CheckPlanFile(const std::filesystem::path& plan_path, const CheckOptions& options) {
  HELHED_ASSIGN_OR_RETURN(std::string text, planfile::ReadPlanText(plan_path));
  planfile::PlanJsonResult parsed = planfile::ParsePlanJsonDetailed(text);
  if (!parsed.plan) return ParseProblems(plan_path, parsed.errors);
  const model::Plan& plan = *parsed.plan;
  const std::filesystem::path data_dir = options.data_dir.empty() ? rules::DefaultDataDir() : options.data_dir;
  StatusOr<rules::GrantFramePack> pack = rules::LoadGrantFramePack(data_dir, plan.grant_frame);
  if (!pack.ok()) {
    const bool unknown_frame = pack.status().code() == StatusCode::kNotFound &&
                               pack.status().message().starts_with("ukendt støtteramme");
    const std::string where = unknown_frame ? plan_path.string() + ": /grant_frame: " : std::string();
    return Status(pack.status().code(), where + pack.status().message());
  }
  CheckReport report;
  report.plan_path = plan_path.string();
  report.plan_name = plan.name;
  report.grant_frame = plan.grant_frame;
  report.findings = rules::CheckPlan(plan, *pack);
  for (rules::Finding& finding : report.findings) {
    if (!finding.pointer.empty()) finding.line = planfile::PositionOfPointer(text, finding.pointer).line;
    switch (finding.severity) {
      case rules::Severity::kError:
        ++report.errors;
        break;
      case rules::Severity::kWarning:
        ++report.warnings;
        break;
      case rules::Severity::kInfo:
        ++report.infos;
        break;
    }
  }
  return report;
}

std::string FormatCheckText(const CheckReport& report) {
  std::string out = "Tjek af " + report.plan_path + " (" + report.plan_name + ", støtteramme " + report.grant_frame + ")\n";
  struct Group {
    rules::Severity severity;
    std::string_view heading;
    int count;
  };
  const Group groups[] = {{rules::Severity::kError, "Fejl", report.errors},
                          {rules::Severity::kWarning, "Advarsler", report.warnings},
                          {rules::Severity::kInfo, "Info", report.infos}};
  for (const Group& group : groups) {
    if (group.count == 0) continue;
    out += "\n" + std::string(group.heading) + " (" + std::to_string(group.count) + "):\n";
    for (const rules::Finding& finding : report.findings) {
      if (finding.severity != group.severity) continue;
      std::string where = finding.pointer.empty() ? "(hele planen)" : finding.pointer;
      if (finding.line) where += " (linje " + std::to_string(*finding.line) + ")";
      out += "  " + std::string(rules::SeverityDanish(finding.severity)) + " " + finding.code + " " + where + ": " +
             finding.message + "\n";
    }
  }
  if (report.findings.empty()) {
    out += "\nIngen fund: planen overholder de regler, helhed tjekker for støtterammen " + report.grant_frame + ".\n";
  }
  out += "\n" + Summary(report) + "\n";
  return out;
}

std::string FormatCheckJson(const CheckReport& report) {
  nlohmann::ordered_json root;
  root["format"] = "helhed/check@1";
  root["plan"] = report.plan_path;
  root["name"] = report.plan_name;
  root["grant_frame"] = report.grant_frame;
  root["summary"] = {{"errors", report.errors}, {"warnings", report.warnings}, {"info", report.infos}};
  root["findings"] = nlohmann::ordered_json::array();
  for (const rules::Finding& finding : report.findings) {
    nlohmann::ordered_json entry = {{"code", finding.code},
                                    {"severity", std::string(rules::SeverityName(finding.severity))},
                                    {"pointer", finding.pointer}};
    if (finding.line) entry["line"] = *finding.line;
    entry["message"] = finding.message;
    root["findings"].push_back(std::move(entry));
  }
  // Strings come from our own code and valid UTF-8 plan files; replace keeps
  // a stray byte from throwing.
  return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace helhed::service
