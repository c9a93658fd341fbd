// SPDX-License-Identifier: Apache-2.0
// Internal: finds the route for a GET path without std::regex. httplib tries
// each route's std::regex in turn, and libstdc++'s regex executor was 40 % of
// a kept dashboard's instructions (docs/benchmarks.md). PathRouter compiles
// the same patterns (routes.cc) into path segments: literal text, a number of
// at most N digits "(\d{1,N})", or an indicator key
// "([a-z][a-z0-9]{0,23})". A pattern with any other regex is left
// out, so httplib still routes it (and anything this router does not match):
// a match here is always one httplib would make, never the reverse.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "helhed/web/routes.h"

namespace helhed::web::internal {

class PathRouter {
 public:
  struct Match {
    std::size_t route = 0;  // index into the routes given to the constructor
    // The captured groups in order, as httplib's matches[1], [2], ...
    std::vector<std::string> groups;
  };

  explicit PathRouter(std::span<const RouteInfo> routes);

  // The first route (in table order) with `method` whose pattern matches the
  // whole `path`; absent when none does or its pattern is not one this
  // router compiles.
  std::optional<Match> Find(std::string_view method, std::string_view path) const;

  // How many of the routes were compiled (the rest are httplib's alone).
  std::size_t compiled() const { return compiled_.size(); }

 private:
  enum class Kind { kLiteral, kNumber, kIndicatorKey };
  struct Segment {
    Kind kind = Kind::kLiteral;
    std::string literal;        // kLiteral
    std::size_t max_digits = 0;  // kNumber
  };
  struct Compiled {
    std::size_t route = 0;
    std::string_view method;
    std::vector<Segment> segments;
  };

  static std::optional<std::vector<Segment>> Compile(std::string_view pattern);

  std::vector<Compiled> compiled_;
};

}  // namespace helhed::web::internal
