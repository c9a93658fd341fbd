// SPDX-License-Identifier: Apache-2.0
// Municipality: the host municipality of the plan, by its DST code.
#pragma once

#include <string>

namespace helhed::model {

// Municipality (beliggenhedskommune): `code` is the 3-digit Danmarks Statistik
// kommune code as text ("607"), `name` its name ("Fredericia").
struct Municipality {
  std::string code;
  std::string name;

  friend bool operator==(const Municipality&, const Municipality&) = default;
};

}  // namespace helhed::model
