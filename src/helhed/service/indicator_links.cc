// SPDX-License-Identifier: Apache-2.0
#include "helhed/service/indicator_links.h"

#include <cctype>
#include <fstream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "helhed/base/status_macros.h"

namespace helhed::service {
namespace {

// Lower-case ASCII, single spaces, no surrounding spaces or final full stop.
std::string Normalize(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  while (!out.empty() && (out.back() == '.' || out.back() == ' ')) out.pop_back();
  return out;
}

}  // namespace

std::filesystem::path IndicatorLinksPath(const std::filesystem::path& data_dir) {
  return data_dir / "follow-up" / "indicator-links.json";
}

StatusOr<IndicatorCatalogue> LoadIndicatorCatalogue(const std::filesystem::path& data_dir) {
  IndicatorCatalogue out;
  HELHED_ASSIGN_OR_RETURN(out.defs, indicators::LoadIndicatorSet(data_dir / "indicators" / "indicators.json"));
  HELHED_ASSIGN_OR_RETURN(out.links, LoadIndicatorLinks(IndicatorLinksPath(data_dir), out.defs));
  return out;
}

StatusOr<IndicatorLinks> LoadIndicatorLinks(const std::filesystem::path& path, const indicators::IndicatorSet& defs) {
  std::ifstream in(path);
  if (!in) return NotFoundError(fmt::format("{} findes ikke", path.string()));
  const nlohmann::json json = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  auto bad = [&](std::string_view what) {
    return InvalidArgumentError(fmt::format("{}: {} mangler eller er forkert", path.string(), what));
  };
  if (!json.is_object() || json.value("format", "") != "helhed/indicator-links@1") return bad("\"format\"");
  if (!json.contains("links") || !json["links"].is_array()) return bad("\"links\"");
  IndicatorLinks out;
  for (const auto& link : json["links"]) {
    if (!link.is_object() || !link.contains("plan_indicator") || !link["plan_indicator"].is_string() ||
        !link.contains("engine_indicator") || !link["engine_indicator"].is_string() || !link.contains("why") ||
        !link["why"].is_string()) {
      return bad("en kobling (plan_indicator, engine_indicator, why)");
    }
    IndicatorLink parsed{link["plan_indicator"].get<std::string>(), link["engine_indicator"].get<std::string>(),
                         link["why"].get<std::string>()};
    if (defs.Find(parsed.engine_indicator) == nullptr) {
      return InvalidArgumentError(fmt::format("{}: indikatoren \"{}\" findes ikke i indikatordefinitionerne",
                                              path.string(), parsed.engine_indicator));
    }
    out.links.push_back(std::move(parsed));
  }
  if (json.contains("not_in_register")) {
    if (!json["not_in_register"].is_array()) return bad("\"not_in_register\"");
    for (const auto& entry : json["not_in_register"]) {
      if (!entry.is_object() || !entry.contains("indicator_id") || !entry["indicator_id"].is_string() ||
          !entry.contains("reason") || !entry["reason"].is_string()) {
        return bad("en post i \"not_in_register\" (indicator_id, reason)");
      }
      out.not_in_register.emplace_back(entry["indicator_id"].get<std::string>(), entry["reason"].get<std::string>());
    }
  }
  return out;
}

ResolvedIndicator ResolveIndicator(const model::Indicator& indicator, const IndicatorLinks& links,
                                   const indicators::IndicatorSet& defs) {
  if (indicator.indicator_id) {
    if (const auto* def = defs.Find(*indicator.indicator_id)) return {def, ""};
    for (const auto& [id, reason] : links.not_in_register) {
      if (id == *indicator.indicator_id) return {nullptr, reason};
    }
    return {nullptr, fmt::format("Indikatoren {} beregnes ikke fra registrene.", *indicator.indicator_id)};
  }
  const std::string name = Normalize(indicator.name);
  for (const IndicatorLink& link : links.links) {
    if (Normalize(link.plan_indicator) == name) return {defs.Find(link.engine_indicator), ""};
  }
  return {nullptr,
          "Der er ingen registerdata for denne indikator: ingen af registerindikatorerne måler det samme. "
          "Den må følges med lokale tal."};
}

}  // namespace helhed::service
