// SPDX-License-Identifier: Apache-2.0
#include "helhed/charts/line_chart.h"

#include <regex>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace helhed::charts {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

int Count(const std::string& text, const std::string& needle) {
  int count = 0;
  for (size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++count;
  return count;
}

// The text of every element, markup stripped: what a reader sees.
std::string VisibleText(const std::string& svg) { return std::regex_replace(svg, std::regex("<[^>]*>"), " "); }

LineChartSpec F4Spec() {
  LineChartSpec spec;
  spec.id = "f4";
  spec.title = "Andel 15-29-årige uden job og uddannelse";
  spec.y_label = "Andel (%)";
  spec.y_floor = 0;
  Series area{"Korskærparken", SeriesStyle::kPrimary, {}, true};
  area.points = {Point::Value(2019, 24.0, Band{20.0, 28.0}, 48, 200), Point::Suppressed(2020),
                 Point::Value(2021, 22.3, Band{18.0, 27.1}, 45, 202), Point::Value(2022, 21.0, Band{17.0, 25.5}, 42, 200)};
  Series kommune{"Fredericia Kommune", SeriesStyle::kSecond, {}, false};
  kommune.points = {Point::Value(2019, 15.1), Point::Value(2020, 14.9), Point::Value(2021, 14.8),
                    Point::Value(2022, 14.5)};
  Series land{"Hele landet", SeriesStyle::kThird, {}, false};
  land.points = {Point::Value(2019, 12.0), Point::Value(2021, 11.8), Point::Value(2022, 11.5)};
  spec.series = {area, kommune, land};
  spec.baseline = Baseline{2021, 22.3};
  spec.target = Target{15.0, 2026};
  return spec;
}

TEST(LineChartTest, IsAnAccessibleImageWithTitleAndDescription) {
  const Chart chart = RenderLineChart(F4Spec());
  const std::string& svg = chart.svg.markup();
  EXPECT_EQ(svg.rfind("<svg xmlns=\"http://www.w3.org/2000/svg\"", 0), 0u);
  EXPECT_THAT(svg, HasSubstr("role=\"img\""));
  EXPECT_THAT(svg, HasSubstr("aria-labelledby=\"f4-title f4-desc\""));
  EXPECT_THAT(svg, HasSubstr("<title id=\"f4-title\">Andel 15-29-årige uden job og uddannelse</title>"));
  EXPECT_THAT(svg, HasSubstr("<desc id=\"f4-desc\">Linjediagram for 2019–2026 med Korskærparken, "
                             "Fredericia Kommune og Hele landet. Baseline (2021): 22,3 %. Mål (2026): 15,0 %."));
  EXPECT_THAT(svg, HasSubstr("1 værdi er diskretioneret og vises ikke."));
  EXPECT_EQ(svg.substr(svg.size() - 6), "</svg>");
}

TEST(LineChartTest, SameSpecGivesSameBytes) {
  EXPECT_EQ(RenderLineChart(F4Spec()).svg.markup(), RenderLineChart(F4Spec()).svg.markup());
}

TEST(LineChartTest, EscapesEveryText) {
  LineChartSpec spec = F4Spec();
  spec.id = "x\"><script>";
  spec.title = "<script>alert('t')</script>";
  spec.y_label = "a & b";
  spec.series[0].name = "Zone \"1\" <b>";
  spec.description = "</desc><g onload='x'>";
  const Chart chart = RenderLineChart(spec);
  const std::string& svg = chart.svg.markup();
  EXPECT_THAT(svg, Not(HasSubstr("<script")));
  EXPECT_THAT(svg, Not(HasSubstr("<b>")));
  EXPECT_THAT(svg, Not(HasSubstr("<g onload")));
  EXPECT_THAT(svg, HasSubstr("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;"));
  EXPECT_THAT(svg, HasSubstr("Zone &quot;1&quot; &lt;b&gt;"));
  EXPECT_THAT(svg, HasSubstr("a &amp; b"));
  EXPECT_THAT(svg, HasSubstr("aria-labelledby=\"xscript-title xscript-desc\""));
  // The table holds plain text; the page escapes it when it prints it.
  EXPECT_EQ(chart.table.rows[0][0].text, "Zone \"1\" <b>");
}

TEST(LineChartTest, SuppressedValueIsAMarkedGapAndNeverANumber) {
  const Chart chart = RenderLineChart(F4Spec());
  const std::string& svg = chart.svg.markup();
  // The area line breaks at 2020: 2019 alone, then 2021-2022.
  EXPECT_THAT(svg, HasSubstr("<title>Korskærparken 2020: diskretioneret</title>"));
  EXPECT_EQ(Count(svg, "class=\"suppressed\""), 2);  // the mark and its legend sample
  EXPECT_THAT(svg, HasSubstr("Diskretioneret: for få personer til at vise tallet"));
  // The table says so in the value, interval and count columns.
  const auto& row_2020 = chart.table.rows[1];
  ASSERT_EQ(row_2020[1].text, "2020");
  for (size_t col = 2; col < row_2020.size(); ++col) {
    EXPECT_EQ(row_2020[col].text, "Diskretioneret");
    EXPECT_TRUE(row_2020[col].suppressed);
  }
  EXPECT_THAT(chart.table.notes, testing::Contains(std::string(kSuppressedExplanation)));
}

TEST(LineChartTest, LineBreaksAtSuppressedAndMissingYears) {
  const Chart chart = RenderLineChart(F4Spec());
  const std::string& svg = chart.svg.markup();
  // The area's path has one run (2021-2022; 2019 stands alone as a marker); the country's
  // has one run (2021-2022; 2020 is missing); the municipality's one run of four years.
  std::smatch match;
  std::string rest = svg;
  std::vector<std::string> paths;
  const std::regex series_path("<g class=\"series\"><path d=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), series_path); it != std::sregex_iterator(); ++it) {
    paths.push_back((*it)[1]);
  }
  ASSERT_EQ(paths.size(), 3u);
  EXPECT_EQ(Count(paths[0], "M"), 1);
  EXPECT_EQ(Count(paths[0], "L"), 1);
  EXPECT_EQ(Count(paths[1], "L"), 3);
  EXPECT_EQ(Count(paths[2], "M"), 1);
  EXPECT_EQ(Count(paths[2], "L"), 1);
  EXPECT_THAT(svg, HasSubstr("Afbrudt linje: ingen data for året"));
  // The table lists the missing year as such.
  bool found = false;
  for (const auto& row : chart.table.rows) {
    if (row[0].text == "Hele landet" && row[1].text == "2020") {
      found = true;
      EXPECT_EQ(row[2].text, "Ingen data");
      EXPECT_FALSE(row[2].suppressed);
    }
  }
  EXPECT_TRUE(found);
}

TEST(LineChartTest, BandFollowsTheIntervalsAndBreaksWithTheLine) {
  LineChartSpec spec;
  spec.id = "band";
  spec.title = "Bånd";
  spec.y_floor = 0;
  Series area{"Område", SeriesStyle::kPrimary, {}, true};
  // Axis 0-40, plot from y=246 (0) to y=16 (40); years 2019-2021 at x=88, 342, 596.
  area.points = {Point::Value(2019, 15, Band{10, 20}), Point::Value(2020, 20, Band{15, 25}),
                 Point::Value(2021, 25, Band{20, 30}), Point::Suppressed(2022), Point::Value(2023, 30, Band{28, 32})};
  spec.series = {area};
  const std::string svg = RenderLineChart(spec).svg.markup();
  const std::regex band("<path d=\"([^\"]*)\" fill=\"#1f4e79\" fill-opacity=\"0.2\" stroke=\"none\" class=\"band\"/>");
  std::vector<std::string> bands;
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), band); it != std::sregex_iterator(); ++it) {
    bands.push_back((*it)[1]);
  }
  ASSERT_EQ(bands.size(), 2u);  // 2019-2021, then 2023 alone after the suppressed year
  // Years span 2019-2023 now: x = 88, 215, 342, 469, 596.
  EXPECT_EQ(bands[0], "M88.0 131.0L215.0 102.3L342.0 73.5L342.0 131.0L215.0 159.8L88.0 188.5Z");
  // A lone year's band is a narrow bar 8 px wide around its x.
  EXPECT_EQ(bands[1], "M592.0 62.0L600.0 62.0L600.0 85.0L592.0 85.0Z");
}

TEST(LineChartTest, BaselineAndTargetAreDrawnAndListed) {
  const Chart chart = RenderLineChart(F4Spec());
  const std::string& svg = chart.svg.markup();
  EXPECT_THAT(svg, HasSubstr("class=\"baseline\""));
  EXPECT_THAT(svg, HasSubstr("class=\"target\""));
  EXPECT_THAT(svg, HasSubstr(">Mål (2026): 15,0 %</text>"));
  EXPECT_THAT(chart.table.notes, testing::ElementsAre("Baseline (2021): 22,3 %", "Mål (2026): 15,0 %",
                                                      std::string(kSuppressedExplanation)));
}

TEST(LineChartTest, TableHasDanishNumbersIntervalsAndCounts) {
  const Chart chart = RenderLineChart(F4Spec());
  EXPECT_EQ(chart.table.caption, "Andel 15-29-årige uden job og uddannelse");
  EXPECT_THAT(chart.table.columns, testing::ElementsAre("Enhed", "År", "Værdi", "95 %-interval", "Tæller", "Nævner"));
  // Three series over the years with data, 2019-2022 (the target year widens only the axis).
  EXPECT_EQ(chart.table.rows.size(), 3u * 4u);
  const auto& row = chart.table.rows[2];  // Korskærparken 2021
  EXPECT_EQ(row[1].text, "2021");
  EXPECT_EQ(row[2].text, "22,3 %");
  EXPECT_EQ(row[3].text, "18,0–27,1 %");
  EXPECT_EQ(row[4].text, "45");
  EXPECT_EQ(row[5].text, "202");
  EXPECT_TRUE(row[2].numeric);
}

TEST(LineChartTest, VisibleNumbersUseDecimalComma) {
  const std::string text = VisibleText(RenderLineChart(F4Spec()).svg.markup());
  EXPECT_THAT(text, HasSubstr("22,3 %"));
  EXPECT_THAT(text, Not(HasSubstr("22.3")));
}

TEST(LineChartTest, NoDataSaysSo) {
  LineChartSpec spec;
  spec.id = "empty";
  spec.title = "Tom";
  spec.series = {Series{"Område", SeriesStyle::kPrimary, {Point::Suppressed(2020), Point::Missing(2021)}, true}};
  const Chart chart = RenderLineChart(spec);
  EXPECT_THAT(chart.svg.markup(), HasSubstr("Ingen tal at vise"));
  ASSERT_EQ(chart.table.rows.size(), 2u);
  EXPECT_EQ(chart.table.rows[0][2].text, "Diskretioneret");
}

}  // namespace
}  // namespace helhed::charts
