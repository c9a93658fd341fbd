// SPDX-License-Identifier: Apache-2.0
// Internal: a server-made chart on a page: the SVG in a <figure>, then its
// numbers as an HTML table (charts::DataTable) for screen readers and for
// anyone who prefers numbers, with the notes under it.
#pragma once

#include "helhed/charts/svg.h"
#include "helhed/web/html.h"

namespace helhed::web::internal {

// <figure class="diagram"> with the chart and a <table class="tal"> of its numbers.
Html ChartFigure(const charts::Chart& chart);

// Only the table (and its notes).
Html DataTableHtml(const charts::DataTable& table);

}  // namespace helhed::web::internal
