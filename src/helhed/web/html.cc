// SPDX-License-Identifier: Apache-2.0
// Escaping for Html (html.h).
#include "helhed/web/html.h"

#include "helhed/base/check.h"
#include "helhed/base/markup_escape.h"
#include "helhed/charts/svg.h"

namespace helhed::web {

Html Text(std::string_view text) { return Html(Html::Trusted{}, EscapeMarkup(text)); }

Html Text(std::int64_t number) { return Text(std::to_string(number)); }

Html EmbedSvg(const charts::Svg& svg) { return Html(Html::Trusted{}, svg.markup()); }

Html Format(Literal pattern, std::initializer_list<Html> args) {
  std::string out;
  std::string_view rest = pattern.text();
  std::size_t size = rest.size();
  for (const Html& arg : args) size += arg.str().size();
  out.reserve(size);
  auto arg = args.begin();
  for (std::size_t hole = rest.find("{}"); hole != std::string_view::npos; hole = rest.find("{}")) {
    HELHED_DCHECK(arg != args.end());  // more {} than arguments
    out.append(rest.substr(0, hole));
    if (arg != args.end()) out += (arg++)->str();
    rest.remove_prefix(hole + 2);
  }
  HELHED_DCHECK(arg == args.end());  // more arguments than {}
  out.append(rest);
  return Html(Html::Trusted{}, std::move(out));
}

}  // namespace helhed::web
