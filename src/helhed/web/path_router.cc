// SPDX-License-Identifier: Apache-2.0
// PathRouter (internal/path_router.h).
#include "helhed/web/internal/path_router.h"

#include <algorithm>

#include "helhed/service/indicator_keys.h"

namespace helhed::web::internal {
namespace {

constexpr std::string_view kIndicatorKeyGroup = R"(([a-z][a-z0-9]{0,23}))";

// `part` against a literal segment: equal, except that "." in the pattern
// stands for any character but a line break (std::regex's ECMAScript ".").
bool LiteralMatches(std::string_view pattern, std::string_view part) {
  if (pattern.size() != part.size()) return false;
  for (std::size_t idx = 0; idx < part.size(); ++idx) {
    if (pattern[idx] == '.' ? (part[idx] == '\n' || part[idx] == '\r') : pattern[idx] != part[idx]) return false;
  }
  return true;
}

bool AllDigits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::optional<std::vector<PathRouter::Segment>> PathRouter::Compile(std::string_view pattern) {
  if (pattern.empty() || pattern.front() != '/') return std::nullopt;
  std::vector<Segment> segments;
  std::string_view rest = pattern.substr(1);
  while (true) {
    const std::size_t slash = rest.find('/');
    const std::string_view part = rest.substr(0, slash);
    Segment segment;
    if (part == kIndicatorKeyGroup) {
      segment.kind = Kind::kIndicatorKey;
    } else if (part.starts_with(R"((\d{1,)") && part.ends_with("})")) {
      const std::string_view digits = part.substr(6, part.size() - 8);
      if (digits.empty() || digits.size() > 2 || !AllDigits(digits)) return std::nullopt;
      segment.kind = Kind::kNumber;
      segment.max_digits = static_cast<std::size_t>(std::stoi(std::string(digits)));
    } else {
      // Plain text, where "." is any character as in the regex; any other
      // regex character leaves the route to httplib.
      if (part.find_first_of(R"(\()[]{}?*+|^$)") != std::string_view::npos) return std::nullopt;
      segment.literal = std::string(part);
    }
    segments.push_back(std::move(segment));
    if (slash == std::string_view::npos) break;
    rest = rest.substr(slash + 1);
  }
  return segments;
}

PathRouter::PathRouter(std::span<const RouteInfo> routes) {
  std::vector<std::string_view> left_to_httplib;  // methods with a route not compiled so far
  for (std::size_t idx = 0; idx < routes.size(); ++idx) {
    const std::string_view method = routes[idx].method;
    // httplib tries routes in table order: after a route only it can match,
    // a later route of that method may not be answered here first.
    if (std::find(left_to_httplib.begin(), left_to_httplib.end(), method) != left_to_httplib.end()) continue;
    if (std::optional<std::vector<Segment>> segments = Compile(routes[idx].pattern)) {
      compiled_.push_back(Compiled{idx, method, std::move(*segments)});
    } else {
      left_to_httplib.push_back(method);
    }
  }
}

std::optional<PathRouter::Match> PathRouter::Find(std::string_view method, std::string_view path) const {
  if (path.empty() || path.front() != '/') return std::nullopt;
  std::vector<std::string_view> parts;
  for (std::string_view rest = path.substr(1);;) {
    const std::size_t slash = rest.find('/');
    parts.push_back(rest.substr(0, slash));
    if (slash == std::string_view::npos) break;
    rest = rest.substr(slash + 1);
  }
  for (const Compiled& candidate : compiled_) {
    if (candidate.method != method || candidate.segments.size() != parts.size()) continue;
    Match match{candidate.route, {}};
    bool ok = true;
    for (std::size_t idx = 0; ok && idx < parts.size(); ++idx) {
      const Segment& segment = candidate.segments[idx];
      const std::string_view part = parts[idx];
      switch (segment.kind) {
        case Kind::kLiteral: ok = LiteralMatches(segment.literal, part); break;
        case Kind::kNumber:
          ok = !part.empty() && part.size() <= segment.max_digits && AllDigits(part);
          if (ok) match.groups.emplace_back(part);
          break;
        case Kind::kIndicatorKey:
          ok = service::IsValidIndicatorKey(part);
          if (ok) match.groups.emplace_back(part);
          break;
      }
    }
    // The first route in table order wins, as in httplib.
    if (ok) return match;
  }
  return std::nullopt;
}

}  // namespace helhed::web::internal
