// SPDX-License-Identifier: Apache-2.0
// Glued page numbers (see page_numbers.h).
#include "helhed/import/page_numbers.h"

#include <cctype>
#include <string>

namespace helhed::import {
namespace {

constexpr size_t kMinPageLength = 200;
constexpr size_t kMinRun = 3;

struct Candidate {
  size_t block = 0;
  int number = 0;
  size_t cut = 0;  // where the text ends without " <number>"
};

// " 12" at the end of a long paragraph (trailing spaces ignored).
bool TrailingNumber(const std::string& text, Candidate* out) {
  size_t end = text.size();
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\r')) --end;
  size_t start = end;
  while (start > 0 && std::isdigit(static_cast<unsigned char>(text[start - 1]))) --start;
  if (start == end || end - start > 3 || start == 0 || text[start - 1] != ' ') return false;
  size_t cut = start;
  while (cut > 0 && text[cut - 1] == ' ') --cut;
  out->number = std::stoi(text.substr(start, end - start));
  out->cut = cut;
  return true;
}

}  // namespace

std::vector<int> StripGluedPageNumbers(std::vector<Block>& blocks) {
  std::vector<Candidate> candidates;
  for (size_t idx = 0; idx < blocks.size(); ++idx) {
    Candidate candidate;
    candidate.block = idx;
    if (!blocks[idx].is_row() && blocks[idx].text.size() >= kMinPageLength &&
        TrailingNumber(blocks[idx].text, &candidate)) {
      candidates.push_back(candidate);
    }
  }
  std::vector<int> stripped;
  size_t run_start = 0;
  for (size_t idx = 1; idx <= candidates.size(); ++idx) {
    const bool continues = idx < candidates.size() && candidates[idx].number > candidates[idx - 1].number &&
                           candidates[idx].number <= candidates[idx - 1].number + 2;
    if (continues) continue;
    if (idx - run_start >= kMinRun) {
      for (size_t k = run_start; k < idx; ++k) {
        Block& block = blocks[candidates[k].block];
        block.text.resize(candidates[k].cut);
        stripped.push_back(block.line);
      }
    }
    run_start = idx;
  }
  return stripped;
}

}  // namespace helhed::import
