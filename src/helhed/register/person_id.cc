// SPDX-License-Identifier: Apache-2.0
// CPR shape check; see person_id.h.
#include "helhed/register/person_id.h"

#include <cctype>

namespace helhed::register_ {
namespace {

bool AllDigits(std::string_view text) {
  for (char c : text) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return !text.empty();
}

bool IsDate(std::string_view ddmmyy) {
  const int day = (ddmmyy[0] - '0') * 10 + (ddmmyy[1] - '0');
  const int month = (ddmmyy[2] - '0') * 10 + (ddmmyy[3] - '0');
  constexpr int kDaysInMonth[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month >= 1 && month <= 12 && day >= 1 && day <= kDaysInMonth[month - 1];
}

}  // namespace

bool LooksLikeCpr(std::string_view id) {
  if (id.size() == 11 && id[6] == '-') {
    return AllDigits(id.substr(0, 6)) && AllDigits(id.substr(7)) && IsDate(id);
  }
  return id.size() == 10 && AllDigits(id) && IsDate(id);
}

}  // namespace helhed::register_
