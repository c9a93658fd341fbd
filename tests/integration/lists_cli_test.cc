// SPDX-License-Identifier: Apache-2.0
// `helhed lists` end to end: the Fredericia criteria example, bad input and
// its exit status, and the two inputs (register + areas file, criteria table)
// giving the same classification for the same hand-built register.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "helhed/register/column_store.h"
#include "helhed/register/person_year.h"
#include "testing/run_program.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed {
namespace {

using ::helhed::testing::ReadFileOrDie;
using ::helhed::testing::RunHelhed;
using ::helhed::testing::ScratchDir;
using ::helhed::testing::SourceDir;
using ::helhed::testing::WriteFileOrDie;
using ::testing::HasSubstr;
using Json = nlohmann::json;

const std::string kFredericia = (SourceDir() / "examples/lists/fredericia-criteria.csv").string();

TEST(ListsCliTest, FredericiaZonesAreOnNoListAsThePlanConcludes) {
  // fredericia-2023-helhedsplan.txt:772-782: 35 %, 22,1 %, 1,8 % (against
  // > 2,35 %, i.e. 3 × 0,78 %), 52,6 %, 69,2 %: "opfylder ... ikke værdierne".
  const auto result = RunHelhed({"lists", "--year", "2021", "--criteria", kFredericia, "--national-convicted", "0,78"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("fredericia-alle-4-zoner (Fredericia, alle 4 zoner"));
  EXPECT_THAT(result.out, HasSubstr("ikke på listerne"));
  EXPECT_THAT(result.out, HasSubstr("Beboere: 8.282"));
  EXPECT_THAT(result.out, HasSubstr("Kriterier opfyldt: 0 af 4 (udsat), 2 af 4 (forebyggelse)"));
  // 35 % of an estimated 4.969 18-64-year-olds, two years: 497 person-years to reach 40 %.
  EXPECT_THAT(result.out, HasSubstr("18-64-årige uden for arbejde og uddannelse: 35,0 % (grænse over 40,0 %) ikke opfyldt"));
  EXPECT_THAT(result.out,
              HasSubstr("497 flere beboere uden for beskæftigelse og uddannelse ville bringe andelen over 40,0 % "
                        "(gennemsnit af to år) (skøn: befolkningstallet er anslået)"));
  // The non-Western gate (22,1 % is not above 30 %) keeps it off the forebyggelse list.
  EXPECT_THAT(result.out, HasSubstr("Indvandrere og efterkommere fra ikke-vestlige lande: 22,1 % (grænse over 50,0 %, "
                                    "parallelsamfund) ikke opfyldt"));
}

TEST(ListsCliTest, WritesJsonWithExactValues) {
  ScratchDir dir;
  const auto out = dir.path() / "lister.json";
  const auto result = RunHelhed({"lists", "--year", "2021", "--criteria", kFredericia, "--national-convicted", "0,78",
                                 "--out", out.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("Skrev 1 områder for listeåret 2021"));
  const Json json = Json::parse(ReadFileOrDie(out));
  EXPECT_EQ(json["format"], "helhed/lists@1");
  const Json& area = json["areas"][0];
  EXPECT_EQ(area["category"], "none");
  EXPECT_EQ(area["residents"], 8282);
  EXPECT_EQ(area["criteria"]["outside_work"]["value"]["numerator"], 7);
  EXPECT_EQ(area["criteria"]["outside_work"]["value"]["denominator"], 20);
  EXPECT_EQ(area["criteria"]["convicted"]["udsat"]["threshold_percent"], 2.34);
  EXPECT_EQ(area["criteria"]["convicted"]["udsat"]["met"], false);
  EXPECT_EQ(area["criteria"]["convicted"]["forebyggelse"]["met"], true);
  EXPECT_EQ(area["criteria"]["income"]["udsat"]["met"], false);
  EXPECT_EQ(area["criteria"]["non_western"]["forebyggelse"]["met"], false);
}

TEST(ListsCliTest, BadCellIsReportedWithLineAndColumnAndNothingIsWritten) {
  ScratchDir dir;
  const auto csv = dir.path() / "k.csv";
  WriteFileOrDie(csv,
                 "area_id;area_name;year;residents;outside_work_share;non_western_share;convicted_share;"
                 "basic_education_share;income_ratio\n"
                 "A;Parken;2024;1.200;41.5;55;2,5;61;50\n");
  const auto out = dir.path() / "lister.csv";
  const auto result = RunHelhed({"lists", "--year", "2024", "--criteria", csv.string(), "--national-convicted", "0,76",
                                 "--out", out.string()});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("linje 2, kolonne outside_work_share: \"41.5\" er ikke et tal"));
  EXPECT_FALSE(std::filesystem::exists(out));
}

TEST(ListsCliTest, UnknownNationalShareAndUnknownYearAreBadInput) {
  ScratchDir dir;
  const auto csv = dir.path() / "k.csv";
  WriteFileOrDie(csv,
                 "area_id;area_name;year;residents;outside_work_share;non_western_share;convicted_share;"
                 "basic_education_share;income_ratio\n"
                 "A;Parken;2024;1.200;41,5;55;2,5;61;50\n");
  // 2024 has no verified national share in data/lists/2024.json.
  const auto no_national = RunHelhed({"lists", "--year", "2024", "--criteria", csv.string()});
  EXPECT_EQ(no_national.exit_code, 2);
  EXPECT_THAT(no_national.err, HasSubstr("landsgennemsnittet for andelen af dømte er ikke kendt for listeåret 2024"));
  const auto other_year = RunHelhed({"lists", "--year", "2023", "--criteria", csv.string(), "--national-convicted", "0,76"});
  EXPECT_EQ(other_year.exit_code, 2);
  EXPECT_THAT(other_year.err, HasSubstr("ingen områder har værdier for listeåret 2023"));
  const auto no_year = RunHelhed({"lists", "--year", "2031", "--criteria", kFredericia});
  EXPECT_EQ(no_year.exit_code, 2);
  EXPECT_THAT(no_year.err, HasSubstr("ingen listeregler for listeåret 2031"));
  const auto both = RunHelhed({"lists", "--year", "2024", "--criteria", kFredericia, "--register", "x"});
  EXPECT_EQ(both.exit_code, 2);
  EXPECT_THAT(both.err, HasSubstr("angiv enten --criteria"));
  const auto bad_out = RunHelhed({"lists", "--year", "2021", "--criteria", kFredericia, "--out", "lister.txt"});
  EXPECT_EQ(bad_out.exit_code, 2);
}

// ---- The same data both ways ----------------------------------------------

// One area of the hand-built register. Every resident is either an adult of
// 40 (in 18-64, 18+, 30-59 and 15-64 at once) or a child of 10.
struct AreaSpec {
  std::string id;
  std::vector<std::string> afdelinger;
  int adults = 600;
  int children = 400;
  int outside_prev = 0;  // adults outside work and education, first register year
  int outside = 0;       // latest register year
  int basic = 0;         // adults with only grundskole (the rest vocational)
  int convicted = 0;     // adults convicted, each year
  int non_western = 0;   // residents (adults first)
};

const std::vector<AreaSpec> kAreas = {
    // Outside work 55 % then 45 % (mean 50 %) and 66,7 % only grundskole: udsat.
    {"omr-a", {"A1", "A2"}, 600, 400, 330, 270, 400, 0, 200},
    // The same with 60 % non-Western: parallelsamfund.
    {"omr-b", {"B1"}, 600, 400, 300, 300, 400, 0, 600},
    // Outside work exactly 40,0 % both years: not above 40 %, so only one of
    // four at udsat level; two at forebyggelse level with 40 % non-Western.
    {"omr-c", {"C1"}, 600, 400, 240, 240, 400, 0, 400},
    // As omr-a, but 999 residents: too few.
    {"omr-d", {"D1"}, 600, 399, 330, 270, 400, 0, 200},
    // Outside work 50 % and convicted exactly 3 × the national share: udsat.
    {"omr-e", {"E1"}, 600, 400, 300, 300, 100, 9, 100},
};
// 10.000 adults outside social housing, 56 of them convicted: with omr-e's 9
// the national share is 65 / 13.000 = 0,5 %, and omr-e's 9 / 600 = 1,5 % = 3 × 0,5 %.
constexpr int kOutsiders = 10000;
constexpr int kOutsidersConvicted = 56;

register_::PersonYear Person(int year, const std::string& afdeling, int age) {
  register_::PersonYear p;
  p.year = year;
  p.afdeling = afdeling;
  p.kommune = 101;
  p.region = 1084;
  p.age = age;
  p.education = register_::Education::kVocational;
  p.flags = register_::kTaxable | register_::kEmployed;
  p.gross_income = 300000;
  return p;
}

void BuildRegister(const std::filesystem::path& dir) {
  register_::ColumnStoreBuilder builder;
  for (const int year : {2022, 2023, 2024}) {
    for (const auto& area : kAreas) {
      const int outside = year == 2024 ? area.outside : area.outside_prev;
      for (int idx = 0; idx < area.adults + area.children; ++idx) {
        const std::string& afdeling = area.afdelinger[static_cast<size_t>(idx) % area.afdelinger.size()];
        register_::PersonYear p = Person(year, afdeling, idx < area.adults ? 40 : 10);
        if (idx < area.adults) {
          if (idx < outside) {
            p.flags = register_::kTaxable;
            p.gross_income = 150000;
          }
          if (idx < area.basic) p.education = register_::Education::kPrimary;
          if (idx >= area.adults - area.convicted) p.flags |= register_::kConvicted;
        } else {
          p.flags = 0;
          p.gross_income = 0;
          p.education = register_::Education::kUnknown;
        }
        if (idx < area.non_western) p.origin = register_::Origin::kNonWesternImmigrant;
        builder.Add(p);
      }
    }
    for (int idx = 0; idx < kOutsiders; ++idx) {
      register_::PersonYear p = Person(year, "", 40);
      p.gross_income = 350000;
      if (idx < kOutsidersConvicted) p.flags |= register_::kConvicted;
      builder.Add(p);
    }
  }
  ASSERT_OK(builder.Write(dir, "test"));
}

std::string Fraction(const Json& fraction) {
  // Exact as a percent with 10 decimals: the register's shares have
  // denominators far below 10^10, so no value moves across a threshold.
  const long double value = static_cast<long double>(fraction["numerator"].get<int64_t>()) * 100.0L /
                            static_cast<long double>(fraction["denominator"].get<int64_t>());
  std::string text = fmt::format("{:.10f}", static_cast<double>(value));
  std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

Json RunJson(const std::vector<std::string>& args, const std::filesystem::path& out) {
  std::vector<std::string> all = args;
  all.insert(all.end(), {"--out", out.string()});
  const auto result = RunHelhed(all);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return Json::parse(ReadFileOrDie(out));
}

TEST(ListsCliTest, RegisterAndCriteriaTableGiveTheSameClassification) {
  ScratchDir dir;
  const auto store = dir.path() / "register";
  BuildRegister(store);
  const auto areas = dir.path() / "areas.csv";
  std::string areas_text = "afdeling,unit_id,unit_name,level\n";
  for (const auto& area : kAreas) {
    for (const auto& afdeling : area.afdelinger) {
      areas_text += fmt::format("{},{},Område {},boligområde\n", afdeling, area.id, area.id.substr(4));
    }
  }
  WriteFileOrDie(areas, areas_text);

  const Json from_register = RunJson(
      {"lists", "--year", "2024", "--register", store.string(), "--areas", areas.string()}, dir.path() / "r.json");
  ASSERT_EQ(from_register["areas"].size(), kAreas.size());

  std::map<std::string, std::string> expected = {{"omr-a", "udsat"},
                                                 {"omr-b", "parallelsamfund"},
                                                 {"omr-c", "forebyggelse"},
                                                 {"omr-d", "none"},
                                                 {"omr-e", "udsat"}};
  for (const auto& area : from_register["areas"]) {
    EXPECT_EQ(area["category"], expected[area["area_id"]]) << area["area_id"];
  }
  const Json& a = from_register["areas"][0];
  // Mean of 55 % and 45 %: 120 person-years into work reach 40 % exactly.
  EXPECT_EQ(a["criteria"]["outside_work"]["udsat"]["distance_persons"], 120);
  EXPECT_EQ(a["criteria"]["outside_work"]["value_percent"], 50.0);
  // omr-a has 2023 too (register years 2022-2023): the earlier list.
  ASSERT_EQ(a["earlier"].size(), 1u);
  EXPECT_EQ(a["earlier"][0]["year"], 2023);
  EXPECT_EQ(a["earlier"][0]["category"], "udsat");
  const Json& e = from_register["areas"][4];
  EXPECT_EQ(e["national_convicted_share"]["numerator"], 1);
  EXPECT_EQ(e["national_convicted_share"]["denominator"], 200);
  EXPECT_EQ(e["criteria"]["convicted"]["udsat"]["met"], true);
  EXPECT_EQ(e["criteria"]["convicted"]["udsat"]["distance_persons"], 1);
  const Json& c = from_register["areas"][2];
  EXPECT_EQ(c["criteria"]["outside_work"]["udsat"]["met"], false);
  EXPECT_EQ(c["criteria"]["outside_work"]["udsat"]["distance_persons"], 1);

  // The same values as a criteria table, earlier list year included.
  const Json earlier = RunJson(
      {"lists", "--year", "2023", "--register", store.string(), "--areas", areas.string()}, dir.path() / "r23.json");
  std::string table =
      "area_id;area_name;year;residents;outside_work_share;non_western_share;convicted_share;basic_education_share;"
      "income_ratio;national_convicted_share\n";
  for (const Json* report : {&earlier, &from_register}) {
    for (const auto& area : (*report)["areas"]) {
      const Json& cr = area["criteria"];
      table += fmt::format("{};{};{};{};{};{};{};{};{};{}\n", area["area_id"].get<std::string>(),
                           area["area_name"].get<std::string>(), area["year"].get<int>(), area["residents"].get<int>(),
                           Fraction(cr["outside_work"]["value"]), Fraction(cr["non_western"]["value"]),
                           Fraction(cr["convicted"]["value"]), Fraction(cr["basic_education"]["value"]),
                           Fraction(cr["income"]["value"]), Fraction(area["national_convicted_share"]));
    }
  }
  const auto table_path = dir.path() / "kriterier.csv";
  WriteFileOrDie(table_path, table);
  const Json from_table = RunJson({"lists", "--year", "2024", "--criteria", table_path.string()}, dir.path() / "t.json");
  ASSERT_EQ(from_table["areas"].size(), from_register["areas"].size());
  for (size_t idx = 0; idx < kAreas.size(); ++idx) {
    const Json& r = from_register["areas"][idx];
    const Json& t = from_table["areas"][idx];
    EXPECT_EQ(t["area_id"], r["area_id"]);
    EXPECT_EQ(t["category"], r["category"]) << r["area_id"];
    EXPECT_EQ(t["earlier"], r["earlier"]) << r["area_id"];
    for (const char* id : {"outside_work", "convicted", "basic_education", "income", "non_western"}) {
      for (const char* level : {"udsat", "parallelsamfund", "forebyggelse"}) {
        if (!r["criteria"][id].contains(level)) continue;
        EXPECT_EQ(t["criteria"][id][level]["met"], r["criteria"][id][level]["met"]) << r["area_id"] << " " << id;
      }
    }
  }
  // From shares alone the 18-64 population is estimated as 60 % of 1.000 = 600,
  // which here is exact, so the two-year distance agrees too.
  EXPECT_EQ(from_table["areas"][0]["criteria"]["outside_work"]["udsat"]["distance_persons"], 120);
  EXPECT_EQ(from_table["areas"][0]["estimated"], true);
}

TEST(ListsCliTest, StoreKeepsEachAreaInTheDatabase) {
  ScratchDir dir;
  const std::string db = "sqlite:" + (dir.path() / "helhed.db").string();
  ASSERT_EQ(RunHelhed({"db", "init", "--db", db}).exit_code, 0);
  const auto stored = RunHelhed({"lists", "--year", "2021", "--criteria", kFredericia, "--national-convicted", "0,78",
                                 "--store", "--db", db, "--author", "analytiker"});
  ASSERT_EQ(stored.exit_code, 0) << stored.err;
  EXPECT_EQ(stored.out, "Gemte 1 områder for listeåret 2021 i " + db + "\n");
  // Nothing is stored when the input is refused.
  const auto refused = RunHelhed({"lists", "--year", "2021", "--criteria", (dir.path() / "mangler.csv").string(),
                                  "--store", "--db", db});
  EXPECT_EQ(refused.exit_code, 2);
  const auto missing_db = RunHelhed({"lists", "--year", "2021", "--criteria", kFredericia, "--national-convicted",
                                     "0,78", "--store", "--db", "sqlite:" + (dir.path() / "ingen.db").string()});
  EXPECT_EQ(missing_db.exit_code, 2);
  EXPECT_THAT(missing_db.err, HasSubstr("findes ikke"));
}

}  // namespace
}  // namespace helhed
