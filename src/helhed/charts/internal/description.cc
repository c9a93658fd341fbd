// SPDX-License-Identifier: Apache-2.0
#include "helhed/charts/internal/description.h"

namespace helhed::charts::internal {

std::string DescriptionTail(int suppressed, std::string_view extra) {
  std::string text;
  if (suppressed > 0) {
    text += " " + std::to_string(suppressed) + (suppressed == 1 ? " værdi er" : " værdier er") +
            " diskretioneret og vises ikke.";
  }
  text += " Tallene står i tabellen under diagrammet.";
  if (!extra.empty()) text += " " + std::string(extra);
  return text;
}

}  // namespace helhed::charts::internal
