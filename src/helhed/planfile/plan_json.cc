// SPDX-License-Identifier: Apache-2.0
// The public codec: size limit, syntax, structure, and file input/output.
#include "helhed/planfile/plan_json.h"

#include <cerrno>
#include <cstdio>
#include <fstream>
#include <system_error>
#include <utility>
#include <variant>

#include "helhed/base/danish_number.h"
#include "helhed/planfile/decode.h"
#include "helhed/planfile/encode.h"
#include "helhed/planfile/json_syntax.h"
#include "helhed/planfile/locate.h"

namespace helhed::planfile {
namespace {

std::string TooLargeMessage(std::uintmax_t bytes) {
  return "fylder " + FormatDanish(static_cast<double>(bytes), 0) + " byte; grænsen er " +
         FormatDanish(static_cast<double>(kMaxPlanJsonBytes), 0) + " byte (20 MB)";
}

// Gives every error that has a pointer but no position the line and column
// of the value it points at (for a missing key: of the enclosing object).
void AddPositions(std::string_view text, std::vector<PlanJsonError>& errors) {
  for (PlanJsonError& error : errors) {
    if (error.pointer.empty() || error.line.has_value()) continue;
    const TextPosition position = PositionOfPointer(text, error.pointer);
    error.line = position.line;
    error.column = position.column;
  }
}

std::string Quoted(const std::filesystem::path& path) { return "\"" + path.string() + "\""; }

// The operating system's reason in Danish, for the errors a user can act on.
std::string DanishReason(int error_number) {
  switch (error_number) {
    case ENOENT:
      return "mappen findes ikke";
    case EACCES:
    case EPERM:
      return "ingen adgang";
    case ENOSPC:
      return "disken er fuld";
    case EROFS:
      return "filsystemet er skrivebeskyttet";
    case EISDIR:
      return "stien er en mappe";
    default:
      return "systemfejl " + std::to_string(error_number);
  }
}

}  // namespace

TextPosition PositionOfPointer(std::string_view text, std::string_view pointer) {
  const auto [line, column] = internal::LineAndColumnAt(text, internal::LocatePointer(text, pointer));
  return {line, column};
}

std::string PlanJsonError::ToString() const {
  std::string out;
  if (line.has_value() && column.has_value()) {
    out = "linje " + std::to_string(*line) + ", kolonne " + std::to_string(*column) + ": ";
  }
  if (!pointer.empty()) out += pointer + ": ";
  return out + message;
}

PlanJsonResult ParsePlanJsonDetailed(std::string_view text) {
  PlanJsonResult result;
  if (text.size() > kMaxPlanJsonBytes) {
    result.errors.push_back(
        PlanJsonError{"", std::nullopt, std::nullopt, "planen " + TooLargeMessage(text.size())});
    return result;
  }
  std::variant<nlohmann::json, PlanJsonError> parsed = internal::ParseJsonText(text);
  if (auto* error = std::get_if<PlanJsonError>(&parsed)) {
    result.errors.push_back(std::move(*error));
    AddPositions(text, result.errors);
    return result;
  }
  try {
    result.plan = internal::DecodePlan(std::get<nlohmann::json>(parsed), result.errors);
  } catch (const std::exception& ex) {
    // DecodePlan checks types before every access; this is a last resort.
    result.plan.reset();
    result.errors.push_back(PlanJsonError{"", std::nullopt, std::nullopt,
                                          std::string("intern fejl i læsning af planen: ") +
                                              ex.what()});
  }
  AddPositions(text, result.errors);
  return result;
}

StatusOr<model::Plan> ParsePlanJson(std::string_view text) {
  PlanJsonResult result = ParsePlanJsonDetailed(text);
  if (result.errors.empty()) return *std::move(result.plan);
  std::string message = result.errors.front().ToString();
  if (result.errors.size() > 1) {
    message += " (og " + std::to_string(result.errors.size() - 1) + " fejl mere)";
  }
  return InvalidArgumentError(std::move(message));
}

StatusOr<std::string> ReadPlanText(const std::filesystem::path& path) {
  std::error_code ec;
  const std::filesystem::file_status status = std::filesystem::status(path, ec);
  if (!std::filesystem::exists(status)) {
    return NotFoundError("planfilen " + Quoted(path) + " findes ikke");
  }
  if (std::filesystem::is_directory(status)) {
    return InvalidArgumentError(Quoted(path) + " er en mappe, ikke en planfil");
  }
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxPlanJsonBytes) {
    return InvalidArgumentError("planfilen " + Quoted(path) + " " + TooLargeMessage(size));
  }
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    const int error_number = errno;
    if (error_number == EACCES) {
      return PermissionDeniedError("ingen adgang til at læse planfilen " + Quoted(path));
    }
    return UnavailableError("planfilen " + Quoted(path) + " kan ikke åbnes: " +
                            DanishReason(error_number));
  }
  std::string text;
  char buffer[65536];
  std::size_t got = 0;
  // Read at most one byte past the limit: the size seen above may be stale
  // (a pipe, a file that grows).
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) {
    text.append(buffer, got);
    if (text.size() > kMaxPlanJsonBytes) break;
  }
  const bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) return UnavailableError("planfilen " + Quoted(path) + " kunne ikke læses helt");
  if (text.size() > kMaxPlanJsonBytes) {
    return InvalidArgumentError("planfilen " + Quoted(path) + " er større end grænsen på " +
                                FormatDanish(static_cast<double>(kMaxPlanJsonBytes), 0) +
                                " byte (20 MB)");
  }
  return text;
}

StatusOr<model::Plan> ReadPlanFile(const std::filesystem::path& path) {
  StatusOr<std::string> text = ReadPlanText(path);
  if (!text.ok()) return text.status();
  StatusOr<model::Plan> plan = ParsePlanJson(*text);
  if (!plan.ok()) return plan.status().WithContext(path.string());
  return plan;
}

std::string WritePlanJson(const model::Plan& plan) {
  return internal::EncodePlan(plan).dump(2, ' ', false,
                                         nlohmann::ordered_json::error_handler_t::replace) +
         "\n";
}

Status WritePlanFile(const std::filesystem::path& path, const model::Plan& plan) {
  const std::string text = WritePlanJson(plan);
  std::filesystem::path temporary = path;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) {
      return UnavailableError("kan ikke skrive planfilen " + Quoted(path) + ": " +
                              DanishReason(errno));
    }
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.close();
    if (!out) {
      std::error_code ignored;
      std::filesystem::remove(temporary, ignored);
      return UnavailableError("planfilen " + Quoted(path) + " kunne ikke skrives helt");
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::error_code ignored;
    std::filesystem::remove(temporary, ignored);
    return UnavailableError("kan ikke erstatte planfilen " + Quoted(path) + ": " +
                            DanishReason(ec.value()));
  }
  return OkStatus();
}

}  // namespace helhed::planfile
