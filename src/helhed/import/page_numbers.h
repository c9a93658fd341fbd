// SPDX-License-Identifier: Apache-2.0
// Page numbers glued to the end of paragraphs (templates.md §8): a scraped
// PDF flattens each page into one long line that ends with the page number
// ("… efter helhedsplanernes ophør. 6", Aalborg 206-226).
#pragma once

#include <vector>

#include "helhed/import/block.h"

namespace helhed::import {

// Removes a trailing page number from long paragraphs (200 bytes or more)
// when three or more of them, in order, end in numbers that rise by one or
// two (a page may end inside a table or a figure): a lone paragraph ending
// in a number keeps it. Returns the lines whose number was removed.
std::vector<int> StripGluedPageNumbers(std::vector<Block>& blocks);

}  // namespace helhed::import
