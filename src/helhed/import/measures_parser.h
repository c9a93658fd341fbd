// SPDX-License-Identifier: Apache-2.0
// The 2015-18 delaftale's "Lokalt opstillede målinger (succeskriterier)":
// a two-column table (measure | Datakilde) that text exports flatten into
// one paragraph (Aalborg 210-212): each measure with its target ("… er
// faldet med 25 % i 2020."), then "Baseline: 2015 Boligområdet: 4,2 % (24
// personer) Kommunen: 0,8 %", and after the last measure the data sources in
// the same order, then footnotes.
#pragma once

#include <string>
#include <vector>

#include "helhed/import/label_table.h"
#include "helhed/model/indicator.h"

namespace helhed::import {

// The measures of the paragraphs that follow the label, as indicators (name,
// target text and direction, baseline year, scoped baselines, source). A
// paragraph without a "Baseline…:" marker is one measure whose last sentence
// is its source when it has two or more. Never invents a value.
std::vector<model::Indicator> ParseLocalMeasures(const std::vector<std::string>& paragraphs, const LabelTable& labels);

}  // namespace helhed::import
