// SPDX-License-Identifier: Apache-2.0
#include "helhed/charts/bar_chart.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace helhed::charts {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

int Count(const std::string& text, const std::string& needle) {
  int count = 0;
  for (size_t pos = text.find(needle); pos != std::string::npos; pos = text.find(needle, pos + 1)) ++count;
  return count;
}

BarChartSpec ZoneSpec() {
  BarChartSpec spec;
  spec.id = "zoner";
  spec.title = "Restgruppen efter zone";
  spec.x_label = "Andel (%)";
  spec.year = 2022;
  spec.x_floor = 0;
  spec.bars = {{"Zone 1", Point::Value(2022, 22.1, Band{18.2, 26.6}, 68, 306)},
               {"Zone 2", Point::Suppressed(2022)},
               {"Zone 3", Point::Value(2022, 22.4, Band{17.7, 27.9}, 57, 253)},
               {"Zone 4", Point::Missing(2022)}};
  spec.references = {{"Fredericia Kommune", Point::Value(2022, 13.0), SeriesStyle::kSecond},
                     {"Hele landet", Point::Value(2022, 11.3), SeriesStyle::kThird}};
  return spec;
}

TEST(BarChartTest, IsAnAccessibleImage) {
  const std::string svg = RenderBarChart(ZoneSpec()).svg.markup();
  EXPECT_THAT(svg, HasSubstr("role=\"img\" aria-labelledby=\"zoner-title zoner-desc\""));
  EXPECT_THAT(svg, HasSubstr("<desc id=\"zoner-desc\">Søjlediagram for 2022 med 4 enheder. Fredericia Kommune: "
                             "13,0 %. Hele landet: 11,3 %. 1 værdi er diskretioneret og vises ikke."));
}

TEST(BarChartTest, SuppressedBarIsMarkedAndHasNoBar) {
  const Chart chart = RenderBarChart(ZoneSpec());
  const std::string& svg = chart.svg.markup();
  // Two drawn bars (zones 1 and 3); zone 2 is a mark with the word, zone 4 says no data.
  EXPECT_EQ(Count(svg, "<g class=\"bar\"><text"), 3);
  EXPECT_EQ(Count(svg, "<g class=\"bar suppressed\">"), 1);
  EXPECT_EQ(Count(svg, "<rect x="), 3);  // background + two bars
  EXPECT_THAT(svg, HasSubstr("<title>Zone 2 2022: diskretioneret</title>"));
  EXPECT_THAT(svg, HasSubstr(">Diskretioneret</text>"));
  EXPECT_THAT(svg, HasSubstr(">Ingen data</text>"));
  EXPECT_THAT(chart.table.rows[1], ElementsAre(testing::Field(&TableCell::text, "Zone 2"),
                                               testing::Field(&TableCell::suppressed, true),
                                               testing::Field(&TableCell::suppressed, true),
                                               testing::Field(&TableCell::suppressed, true),
                                               testing::Field(&TableCell::suppressed, true)));
}

TEST(BarChartTest, BarsWhiskersAndReferencesUseTheScale) {
  const std::string svg = RenderBarChart(ZoneSpec()).svg.markup();
  EXPECT_EQ(Count(svg, "class=\"whisker\""), 2);
  EXPECT_EQ(Count(svg, "class=\"reference\""), 2);
  EXPECT_THAT(svg, HasSubstr(">22,1 %</text>"));
  EXPECT_THAT(svg, HasSubstr(">Fredericia Kommune: 13,0 %</text>"));
}

TEST(BarChartTest, TableListsBarsThenReferences) {
  const Chart chart = RenderBarChart(ZoneSpec());
  EXPECT_EQ(chart.table.caption, "Restgruppen efter zone (2022)");
  EXPECT_THAT(chart.table.columns, ElementsAre("Enhed", "Værdi", "95 %-interval", "Tæller", "Nævner"));
  ASSERT_EQ(chart.table.rows.size(), 6u);
  EXPECT_EQ(chart.table.rows[0][1].text, "22,1 %");
  EXPECT_EQ(chart.table.rows[0][2].text, "18,2–26,6 %");
  EXPECT_EQ(chart.table.rows[0][4].text, "306");
  EXPECT_EQ(chart.table.rows[3][1].text, "Ingen data");
  EXPECT_EQ(chart.table.rows[4][0].text, "Fredericia Kommune");
  EXPECT_EQ(chart.table.rows[4][2].text, "");  // no interval given
}

TEST(BarChartTest, EscapesLabelsAndCutsLongOnes) {
  BarChartSpec spec = ZoneSpec();
  spec.bars[0].label = "<img src=x onerror=alert(1)> " + std::string(60, 'a');
  const std::string svg = RenderBarChart(spec).svg.markup();
  EXPECT_THAT(svg, Not(HasSubstr("<img")));
  EXPECT_THAT(svg, HasSubstr("&lt;img src=x"));
  EXPECT_THAT(svg, HasSubstr("…</text>"));
}

TEST(BarChartTest, NegativeMeansGrowFromZero) {
  BarChartSpec spec;
  spec.id = "karakter";
  spec.title = "Karaktergennemsnit";
  spec.year = 2022;
  spec.format = ValueFormat::Number(1);
  spec.bars = {{"A", Point::Value(2022, -1.5)}, {"B", Point::Value(2022, 6.0)}};
  const std::string svg = RenderBarChart(spec).svg.markup();
  EXPECT_THAT(svg, HasSubstr(">-1,5</text>"));
  EXPECT_THAT(svg, HasSubstr(">6,0</text>"));
}

}  // namespace
}  // namespace helhed::charts
