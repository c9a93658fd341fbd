// SPDX-License-Identifier: Apache-2.0
#include "helhed/lists/registry.h"

namespace helhed::lists {
namespace {

struct CriterionEntry {
  const char* id;
  std::unique_ptr<Criterion> (*make)();
};

constexpr CriterionEntry kCriteria[] = {
    {"outside_work", &MakeOutsideWork},
    {"convicted", &MakeConvicted},
    {"basic_education", &MakeBasicEducation},
    {"income", &MakeIncome},
    {"non_western", &MakeNonWestern},
};

}  // namespace

const std::vector<std::unique_ptr<Criterion>>& AllCriteria() {
  static const auto* const criteria = [] {
    auto* list = new std::vector<std::unique_ptr<Criterion>>();
    for (const auto& entry : kCriteria) list->push_back(entry.make());
    return list;
  }();
  return *criteria;
}

}  // namespace helhed::lists
