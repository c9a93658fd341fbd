// SPDX-License-Identifier: Apache-2.0
#include "helhed/charts/line_chart.h"

#include <algorithm>
#include <limits>
#include <map>

#include "helhed/charts/internal/description.h"
#include "helhed/charts/internal/legend.h"
#include "helhed/charts/internal/palette.h"
#include "helhed/charts/internal/scale.h"
#include "helhed/charts/internal/svg_writer.h"
#include "helhed/charts/internal/table_cells.h"

namespace helhed::charts {
namespace {

using internal::Num;

constexpr double kWidth = 640;
constexpr double kLeft = 64;
constexpr double kRight = kWidth - 20;
constexpr double kTop = 16;
constexpr double kBottom = kTop + 230;
// Suppressed marks sit in rows under the year labels, away from every value,
// so a reader never takes one for a low number.
constexpr double kSuppressedRowTop = kBottom + 34;
constexpr double kSuppressedRowHeight = 14;

// One series' points by year; later duplicates of a year are ignored.
std::map<int, const Point*> ByYear(const Series& series) {
  std::map<int, const Point*> by_year;
  for (const Point& point : series.points) by_year.emplace(point.year(), &point);
  return by_year;
}

struct YearSpan {
  int first = 0;
  int last = 0;
  bool empty = true;
  void Add(int year) {
    if (empty) {
      first = last = year;
      empty = false;
    }
    first = std::min(first, year);
    last = std::max(last, year);
  }
};

// The years some series has a point for (of any status): the table's rows.
YearSpan DataYearsOf(const LineChartSpec& spec) {
  YearSpan span;
  for (const Series& series : spec.series) {
    for (const Point& point : series.points) span.Add(point.year());
  }
  return span;
}

// The year axis: the data's years widened by baseline, target and the spec.
YearSpan YearsOf(const LineChartSpec& spec) {
  YearSpan span = DataYearsOf(spec);
  if (spec.baseline) span.Add(spec.baseline->year);
  if (spec.target && spec.target->year) span.Add(*spec.target->year);
  if (spec.first_year) span.Add(*spec.first_year);
  if (spec.last_year) span.Add(*spec.last_year);
  return span;
}

// The value range every drawn number must fit in; nullopt when nothing is drawn.
std::optional<std::pair<double, double>> ValueRange(const LineChartSpec& spec) {
  double low = std::numeric_limits<double>::infinity();
  double high = -low;
  auto add = [&](double value) {
    low = std::min(low, value);
    high = std::max(high, value);
  };
  bool any = false;
  for (const Series& series : spec.series) {
    for (const Point& point : series.points) {
      if (!point.has_value()) continue;
      any = true;
      add(point.value());
      if (series.show_band && point.interval()) {
        add(point.interval()->low);
        add(point.interval()->high);
      }
    }
  }
  if (spec.baseline) {
    add(spec.baseline->value);
    any = true;
  }
  if (spec.target) {
    add(spec.target->value);
    any = true;
  }
  if (!any) return std::nullopt;
  if (spec.y_floor) add(*spec.y_floor);
  return std::make_pair(low, high);
}

std::string JoinNames(const std::vector<Series>& series) {
  std::string out;
  for (size_t idx = 0; idx < series.size(); ++idx) {
    if (idx > 0) out += idx + 1 == series.size() ? " og " : ", ";
    out += series[idx].name;
  }
  return out;
}

std::string BaselineText(const Baseline& baseline, const ValueFormat& format) {
  return baseline.label + " (" + std::to_string(baseline.year) + "): " + format.Format(baseline.value);
}

std::string TargetText(const Target& target, const ValueFormat& format) {
  std::string text = target.label;
  if (target.year) text += " (" + std::to_string(*target.year) + ")";
  return text + ": " + format.Format(target.value);
}

int CountStatus(const LineChartSpec& spec, PointStatus status) {
  int count = 0;
  for (const Series& series : spec.series) {
    for (const auto& [year, point] : ByYear(series)) count += point->status() == status ? 1 : 0;
  }
  return count;
}

// True when some series lacks a year inside the span (absent or kMissing).
bool HasMissingYears(const LineChartSpec& spec, const YearSpan& span) {
  for (const Series& series : spec.series) {
    const auto by_year = ByYear(series);
    for (int year = span.first; year <= span.last; ++year) {
      auto found = by_year.find(year);
      if (found == by_year.end() || found->second->status() == PointStatus::kMissing) return true;
    }
  }
  return false;
}

std::string Describe(const LineChartSpec& spec, const YearSpan& span, int suppressed) {
  std::string text = "Linjediagram";
  if (!span.empty) text += " for " + std::to_string(span.first) + "\u2013" + std::to_string(span.last);
  if (!spec.series.empty()) text += " med " + JoinNames(spec.series);
  text += ".";
  if (spec.baseline) text += " " + BaselineText(*spec.baseline, spec.format) + ".";
  if (spec.target) text += " " + TargetText(*spec.target, spec.format) + ".";
  for (const Series& series : spec.series) {
    if (series.show_band) text += " Båndet viser 95 %-intervallet for " + series.name + ".";
  }
  return text + internal::DescriptionTail(suppressed, spec.description);
}

DataTable MakeTable(const LineChartSpec& spec, const YearSpan& span) {
  internal::ColumnNeeds needs;
  for (const Series& series : spec.series) {
    for (const Point& point : series.points) needs.Add(point);
  }
  DataTable table;
  table.caption = spec.title;
  table.columns = {"Enhed", "År", "Værdi"};
  if (needs.interval) table.columns.push_back("95 %-interval");
  if (needs.numerator) table.columns.push_back(spec.counts.numerator);
  if (needs.denominator) table.columns.push_back(spec.counts.denominator);
  for (const Series& series : spec.series) {
    const auto by_year = ByYear(series);
    for (int year = span.first; !span.empty && year <= span.last; ++year) {
      auto found = by_year.find(year);
      const Point point = found == by_year.end() ? Point::Missing(year) : *found->second;
      std::vector<TableCell> row = {{series.name}, {std::to_string(year), true},
                                    internal::ValueCell(point, spec.format)};
      if (needs.interval) row.push_back(internal::IntervalCell(point, spec.format));
      if (needs.numerator) row.push_back(internal::NumeratorCell(point));
      if (needs.denominator) row.push_back(internal::DenominatorCell(point));
      table.rows.push_back(std::move(row));
    }
  }
  if (spec.baseline) table.notes.push_back(BaselineText(*spec.baseline, spec.format));
  if (spec.target) table.notes.push_back(TargetText(*spec.target, spec.format));
  if (CountStatus(spec, PointStatus::kSuppressed) > 0) table.notes.push_back(kSuppressedExplanation);
  return table;
}

std::vector<internal::LegendEntry> MakeLegend(const LineChartSpec& spec, bool missing_years) {
  using internal::LegendEntry;
  using internal::LegendSymbol;
  std::vector<LegendEntry> entries;
  for (const Series& series : spec.series) entries.push_back({LegendSymbol::kLine, series.style, series.name});
  for (const Series& series : spec.series) {
    if (series.show_band) entries.push_back({LegendSymbol::kBand, series.style, "95 %-interval, " + series.name});
  }
  if (spec.baseline) entries.push_back({LegendSymbol::kBaseline, SeriesStyle::kPrimary,
                                        BaselineText(*spec.baseline, spec.format)});
  if (spec.target) entries.push_back({LegendSymbol::kTarget, SeriesStyle::kPrimary,
                                      TargetText(*spec.target, spec.format)});
  if (CountStatus(spec, PointStatus::kSuppressed) > 0) {
    entries.push_back({LegendSymbol::kSuppressed, SeriesStyle::kThird,
                       "Diskretioneret: for få personer til at vise tallet"});
  }
  if (missing_years) entries.push_back({LegendSymbol::kGap, SeriesStyle::kThird, "Afbrudt linje: ingen data for året"});
  return entries;
}

// Runs of consecutive years whose points all satisfy `keep`.
template <typename Keep>
std::vector<std::vector<const Point*>> Runs(const std::map<int, const Point*>& by_year, Keep keep) {
  std::vector<std::vector<const Point*>> runs;
  int previous_year = 0;
  for (const auto& [year, point] : by_year) {
    if (!keep(*point)) {
      previous_year = 0;
      continue;
    }
    if (runs.empty() || previous_year == 0 || year != previous_year + 1) runs.emplace_back();
    runs.back().push_back(point);
    previous_year = year;
  }
  return runs;
}

}  // namespace

Chart RenderLineChart(const LineChartSpec& spec) {
  const YearSpan span = YearsOf(spec);
  const YearSpan data_span = DataYearsOf(spec);
  const int suppressed = CountStatus(spec, PointStatus::kSuppressed);
  const bool missing_years = !data_span.empty && HasMissingYears(spec, data_span);
  const auto legend = MakeLegend(spec, missing_years);
  const double legend_height = internal::LegendHeight(legend, kRight - kLeft + 40);
  const double legend_top = kSuppressedRowTop + (suppressed > 0 ? kSuppressedRowHeight * spec.series.size() : 0);
  const double height = legend_top + legend_height + 10;
  const std::string id = internal::SanitizeId(spec.id);

  internal::SvgWriter svg(id, kWidth, height, spec.title, Describe(spec, span, suppressed));

  const auto range = ValueRange(spec);
  const internal::Axis axis = range ? internal::NiceAxis(range->first, range->second) : internal::NiceAxis(0, 100);
  const internal::LinearScale y(axis.min, axis.max, kBottom, kTop);
  const double inset = 24;  // keeps the first and last year's marks off the axes
  const internal::LinearScale x(span.first, span.last, kLeft + inset, kRight - inset);
  const int tick_decimals = std::max(internal::TickDecimals(axis), 0);

  // Grid and value axis.
  svg.Open("g", {{"class", "grid"}});
  for (double tick : axis.ticks) {
    svg.Empty("line", {{"x1", Num(kLeft)}, {"y1", Num(y(tick))}, {"x2", Num(kRight)}, {"y2", Num(y(tick))},
                       {"stroke", internal::kGridColour}, {"stroke-width", "1"}});
    svg.Element("text", {{"x", Num(kLeft - 6)}, {"y", Num(y(tick) + 4)}, {"text-anchor", "end"},
                         {"fill", internal::kAxisColour}},
                ValueFormat{tick_decimals, ""}.Format(tick));
  }
  svg.Close("g");
  if (!spec.y_label.empty()) {
    const double mid = (kTop + kBottom) / 2;
    svg.Element("text", {{"x", "16"}, {"y", Num(mid)}, {"text-anchor", "middle"},
                         {"transform", "rotate(-90 16 " + Num(mid) + ")"}, {"fill", internal::kAxisColour}},
                spec.y_label);
  }

  // Year axis: every year labelled up to 12 years, every other year beyond.
  if (!span.empty) {
    const int every = span.last - span.first + 1 > 12 ? 2 : 1;
    svg.Open("g", {{"class", "years"}});
    for (int year = span.first; year <= span.last; ++year) {
      svg.Empty("line", {{"x1", Num(x(year))}, {"y1", Num(kBottom)}, {"x2", Num(x(year))}, {"y2", Num(kBottom + 4)},
                         {"stroke", internal::kAxisColour}});
      if ((year - span.first) % every != 0) continue;
      svg.Element("text", {{"x", Num(x(year))}, {"y", Num(kBottom + 18)}, {"text-anchor", "middle"},
                           {"fill", internal::kAxisColour}},
                  std::to_string(year));
    }
    svg.Close("g");
  }

  // Baseline year as a dotted vertical line, under the data.
  if (spec.baseline) {
    svg.Empty("line", {{"x1", Num(x(spec.baseline->year))}, {"y1", Num(kTop)}, {"x2", Num(x(spec.baseline->year))},
                       {"y2", Num(kBottom)}, {"stroke", "#767676"}, {"stroke-width", "1"},
                       {"stroke-dasharray", "1 3"}});
  }

  // Interval bands: one polygon per run of consecutive years that have an interval.
  for (const Series& series : spec.series) {
    if (!series.show_band) continue;
    const auto runs = Runs(ByYear(series), [](const Point& p) { return p.has_value() && p.interval(); });
    for (const auto& run : runs) {
      std::string d;
      const double half = run.size() == 1 ? 4 : 0;  // a lone year's band is a narrow bar
      for (size_t idx = 0; idx < run.size(); ++idx) {
        d += (idx == 0 ? "M" : "L") + Num(x(run[idx]->year()) - half) + " " + Num(y(run[idx]->interval()->high));
      }
      if (half > 0) d += "L" + Num(x(run[0]->year()) + half) + " " + Num(y(run[0]->interval()->high));
      if (half > 0) d += "L" + Num(x(run[0]->year()) + half) + " " + Num(y(run[0]->interval()->low));
      for (size_t idx = run.size(); idx-- > 0;) {
        d += "L" + Num(x(run[idx]->year()) - half) + " " + Num(y(run[idx]->interval()->low));
      }
      d += "Z";
      svg.Empty("path", {{"d", d}, {"fill", internal::LookOf(series.style).colour}, {"fill-opacity", "0.2"},
                         {"stroke", "none"}, {"class", "band"}});
    }
  }

  // Target line.
  if (spec.target) {
    svg.WithTooltip("line",
                    {{"x1", Num(kLeft)}, {"y1", Num(y(spec.target->value))}, {"x2", Num(kRight)},
                     {"y2", Num(y(spec.target->value))}, {"stroke", internal::kTargetColour}, {"stroke-width", "2"},
                     {"stroke-dasharray", "8 4"}, {"class", "target"}},
                    TargetText(*spec.target, spec.format));
  }

  // Lines broken at every suppressed or missing year, then the markers.
  for (size_t series_idx = 0; series_idx < spec.series.size(); ++series_idx) {
    const Series& series = spec.series[series_idx];
    const internal::StyleLook look = internal::LookOf(series.style);
    const auto by_year = ByYear(series);
    std::string d;
    for (const auto& run : Runs(by_year, [](const Point& p) { return p.has_value(); })) {
      if (run.size() < 2) continue;
      for (size_t idx = 0; idx < run.size(); ++idx) {
        d += (idx == 0 ? "M" : "L") + Num(x(run[idx]->year())) + " " + Num(y(run[idx]->value()));
      }
    }
    svg.Open("g", {{"class", "series"}});
    if (!d.empty()) {
      svg.Empty("path", {{"d", d}, {"fill", "none"}, {"stroke", look.colour}, {"stroke-width", look.stroke_width},
                         {"stroke-dasharray", look.dash}, {"stroke-linejoin", "round"}});
    }
    for (const auto& [year, point] : by_year) {
      const std::string tooltip = internal::PointTooltip(series.name, *point, spec.format);
      if (point->has_value()) {
        internal::DrawMarker(svg, series.style, x(year), y(point->value()), tooltip);
      } else if (point->status() == PointStatus::kSuppressed) {
        internal::DrawSuppressedMark(svg, series.style, x(year),
                                     kSuppressedRowTop + kSuppressedRowHeight * (series_idx + 0.5), tooltip);
      }
    }
    svg.Close("g");
  }

  if (spec.baseline) {
    internal::DrawBaselineMark(svg, x(spec.baseline->year), y(spec.baseline->value),
                               BaselineText(*spec.baseline, spec.format));
  }

  if (!range) {
    svg.Element("text", {{"x", Num((kLeft + kRight) / 2)}, {"y", Num((kTop + kBottom) / 2)},
                         {"text-anchor", "middle"}, {"fill", internal::kMutedTextColour}},
                "Ingen tal at vise");
  }

  // Axes on top of everything so lines never cover them.
  svg.Empty("path", {{"d", "M" + Num(kLeft) + " " + Num(kTop) + "V" + Num(kBottom) + "H" + Num(kRight)},
                     {"fill", "none"}, {"stroke", internal::kAxisColour}, {"stroke-width", "1"}});

  internal::DrawLegend(svg, legend, kLeft - 40, legend_top, kRight - kLeft + 40);
  return Chart{std::move(svg).Finish(), MakeTable(spec, data_span)};
}

}  // namespace helhed::charts
