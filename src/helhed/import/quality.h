// SPDX-License-Identifier: Apache-2.0
// Field-level import quality: a plan is reduced to facts (group, key,
// normalised value) for the field groups issue 7 measures (periods, parties,
// delaftaler, delmål rows, indicator sources and targets, activities, staff
// lines, section 3's bodies, the kommissorium, the beredskabsplan and the
// attachments), and an imported plan is scored against a hand-checked
// expected plan with precision and recall.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "helhed/model/plan.h"

namespace helhed::import {

// One comparable fact: e.g. {"activities", "sub0.act2.purpose", "at styrke …"}.
struct Fact {
  std::string group;
  std::string key;
  std::string value;
  friend auto operator<=>(const Fact&, const Fact&) = default;
};

// The field groups, in report order.
const std::vector<std::string>& QualityGroups();

// The facts of a plan; free text is compared in NormaliseForCompare form.
std::vector<Fact> ExtractFacts(const model::Plan& plan);

struct GroupScore {
  int expected = 0;  // facts in the expected plan
  int actual = 0;    // facts in the imported plan
  int matched = 0;   // facts in both (multiset intersection)
  double precision() const { return actual == 0 ? 1.0 : static_cast<double>(matched) / actual; }
  double recall() const { return expected == 0 ? 1.0 : static_cast<double>(matched) / expected; }
};

struct QualityScore {
  std::map<std::string, GroupScore> groups;
  GroupScore total;
  // Facts expected but not produced, and produced but not expected.
  std::vector<Fact> missed;
  std::vector<Fact> spurious;
};

QualityScore ScoreImport(const model::Plan& expected, const model::Plan& actual);

}  // namespace helhed::import
