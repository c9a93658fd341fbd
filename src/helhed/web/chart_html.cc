// SPDX-License-Identifier: Apache-2.0
// Charts and their numbers tables on pages (internal/chart_html.h).
#include "helhed/web/internal/chart_html.h"

namespace helhed::web::internal {

Html DataTableHtml(const charts::DataTable& table) {
  Html head;
  for (const std::string& column : table.columns) head += Format("<th scope=\"col\">{}</th>", {Text(column)});
  Html body;
  for (const auto& row : table.rows) {
    Html cells;
    for (size_t col = 0; col < row.size(); ++col) {
      const charts::TableCell& cell = row[col];
      // The first column names the row; suppressed cells are marked for styling, never filled with a number.
      if (col == 0) {
        cells += Format("<th scope=\"row\">{}</th>", {Text(cell.text)});
      } else if (cell.suppressed) {
        cells += Format("<td class=\"diskretioneret\">{}</td>", {Text(cell.text)});
      } else if (cell.numeric) {
        cells += Format("<td class=\"tal\">{}</td>", {Text(cell.text)});
      } else {
        cells += Format("<td>{}</td>", {Text(cell.text)});
      }
    }
    body += Format("<tr>{}</tr>", {cells});
  }
  Html notes;
  for (const std::string& note : table.notes) notes += Format("<p class=\"hint\">{}</p>", {Text(note)});
  return Format("<div class=\"tabel\"><table class=\"tal wide\"><caption>Tal bag diagrammet: {}</caption>"
                "<thead><tr>{}</tr></thead><tbody>{}</tbody></table>{}</div>",
                {Text(table.caption), head, body, notes});
}

Html ChartFigure(const charts::Chart& chart) {
  return Format("<figure class=\"diagram\">{}</figure>{}", {EmbedSvg(chart.svg), DataTableHtml(chart.table)});
}

}  // namespace helhed::web::internal
