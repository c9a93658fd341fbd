// SPDX-License-Identifier: Apache-2.0
// Meeting cadence (see meeting_cadence.h).
#include "helhed/import/meeting_cadence.h"

#include <cctype>
#include <iterator>
#include <string_view>

#include "helhed/import/text_clean.h"

namespace helhed::import {
namespace {

// Danish number words up to twelve ("fire faste møder årligt").
constexpr std::string_view kNumberWords[] = {"en",  "to",   "tre", "fire", "fem",  "seks",
                                             "syv", "otte", "ni",  "ti",   "elve", "tolv"};

// Per what period the count is given, and how many such periods a year has.
struct Period {
  std::string_view words;
  double per_year;
};
constexpr Period kPeriods[] = {{"årligt", 1},         {"om året", 1},       {"hvert kvartal", 4},
                               {"i kvartalet", 4},    {"hvert halve år", 2}, {"halvårligt", 2},
                               {"hver måned", 12},    {"månedligt", 12}};

}  // namespace

std::optional<double> MeetingsPerYear(const std::string& text) {
  const std::string folded = FoldCase(CleanInline(text));
  const Period* period = nullptr;
  for (const Period& candidate : kPeriods) {
    if (folded.find(candidate.words) != std::string::npos) {
      period = &candidate;
      break;
    }
  }
  if (period == nullptr) return std::nullopt;
  size_t start = 0;
  while (start < folded.size()) {
    size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    const std::string_view word = std::string_view(folded).substr(start, end - start);
    for (size_t idx = 0; idx < std::size(kNumberWords); ++idx) {
      if (word == kNumberWords[idx]) return static_cast<double>(idx + 1) * period->per_year;
    }
    if (!word.empty() && word.size() <= 2 && std::isdigit(static_cast<unsigned char>(word[0])) &&
        (word.size() == 1 || std::isdigit(static_cast<unsigned char>(word[1])))) {
      return std::stod(std::string(word)) * period->per_year;
    }
    start = end + 1;
  }
  return std::nullopt;
}

}  // namespace helhed::import
