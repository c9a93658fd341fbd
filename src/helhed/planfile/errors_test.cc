// SPDX-License-Identifier: Apache-2.0
// Every class of bad input gets its exact Danish message and position:
// malformed JSON (line, column), wrong type, unknown or missing key, unknown
// enum name, bad date, wrong format id, duplicate key (JSON pointer).
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "helhed/planfile/plan_json.h"
#include "testing/status_matchers.h"

namespace helhed::planfile {
namespace {

using ::helhed::testing::StatusIs;

// A valid plan head followed by `rest` (keys with a leading comma).
std::string PlanWith(const std::string& rest) {
  return "{\"format\": \"helhed/plan@1\", \"name\": \"P\", \"grant_frame\": \"2019-26\"" + rest +
         "}";
}

struct ErrorCase {
  std::string name;
  std::string text;
  std::string message;  // the whole Status message of ParsePlanJson
};

class ParseErrorTest : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ParseErrorTest, GivesTheExactDanishMessage) {
  EXPECT_THAT(ParsePlanJson(GetParam().text),
              StatusIs(StatusCode::kInvalidArgument, GetParam().message));
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ParseErrorTest,
    ::testing::Values(
        ErrorCase{"TrailingComma",
                  "{\n  \"format\": \"helhed/plan@1\",\n  \"name\": \"x\",\n}\n",
                  "linje 4, kolonne 1: uventet '}'; forventede en nøgle i anførselstegn"},
        ErrorCase{"UnexpectedEnd", "{\"format\": \"helhed/plan@1\"",
                  "linje 1, kolonne 27: teksten slutter, før JSON-dokumentet er færdigt; "
                  "forventede ',' eller '}'"},
        ErrorCase{"ColumnCountsCharactersNotBytes", "{\"name\": \"Ærø\", x}",
                  "linje 1, kolonne 17: ugyldig værdi (tekst skal stå i anførselstegn; ellers "
                  "true, false, null eller et tal); forventede en nøgle i anførselstegn"},
        ErrorCase{"MissingColon", "{\n\"format\" \"helhed/plan@1\"}",
                  "linje 2, kolonne 10: uventet tekst i anførselstegn; forventede ':' efter "
                  "nøglen"},
        ErrorCase{"NewlineInString", "{\"name\": \"to\nlinjer\"}",
                  "linje 1, kolonne 13: en tekst i anførselstegn må ikke indeholde linjeskift "
                  "eller andre kontroltegn (skriv \\n for linjeskift)"},
        ErrorCase{"LeadingZero", "{\"households\": 01}",
                  "linje 1, kolonne 16: ugyldigt tal (tal skrives som 22.1, uden foranstillede "
                  "nuller)"},
        ErrorCase{"TextAfterDocument", "{} {}",
                  "linje 1, kolonne 4: uventet '{'; forventede ikke mere tekst efter "
                  "JSON-dokumentet"},
        ErrorCase{"EmptyText", "",
                  "linje 1, kolonne 1: teksten slutter, før JSON-dokumentet er færdigt; "
                  "forventede en værdi"},
        ErrorCase{"NumberOverflow", "{\"x\": 1e400}", "linje 1, kolonne 7: tallet er for stort"},
        ErrorCase{"NotAnObject", "[1, 2]", "en planfil skal være et JSON-objekt, fik en liste"},
        ErrorCase{"MissingFormat", "{\"name\": \"P\"}",
                  "/format: påkrævet nøgle mangler; en planfil begynder med \"format\": "
                  "\"helhed/plan@1\""},
        ErrorCase{"WrongFormat", "{\"format\": \"helhed/plan@2\", \"name\": 1}",
                  "/format: ukendt format \"helhed/plan@2\"; helhed læser \"helhed/plan@1\""},
        ErrorCase{"DuplicateKey",
                  "{\"format\": \"helhed/plan@1\", \"parties\": [{\"name\": \"A\", \"name\": \"B\"}]}",
                  "/parties/0/name: nøglen \"name\" står mere end én gang i samme objekt"},
        ErrorCase{"NonIsoDate",
                  PlanWith(", \"sub_agreements\": [{\"focus_area\": \"Beskæftigelse\", "
                           "\"period\": {\"start\": \"2023-01-01\", \"end\": \"30/12/2026\"}}]"),
                  "/sub_agreements/0/period/end: forventede en dato på formen ÅÅÅÅ-MM-DD, fik "
                  "\"30/12/2026\""},
        ErrorCase{"DateThatDoesNotExist", PlanWith(", \"period\": {\"end\": \"2026-02-30\"}"),
                  "/period/end: \"2026-02-30\" er ikke en gyldig kalenderdato"},
        ErrorCase{"DateAsNumber", PlanWith(", \"period\": {\"end\": 2026}"),
                  "/period/end: forventede en dato på formen ÅÅÅÅ-MM-DD, fik 2026"},
        ErrorCase{"MisspeltKey", PlanWith(", \"parteis\": []"),
                  "/parteis: ukendt nøgle; mente du \"parties\"?"},
        ErrorCase{"UnknownKeyListsAllowed",
                  PlanWith(", \"municipality\": {\"code\": \"607\", \"name\": \"F\", "
                           "\"region\": \"Syd\"}"),
                  "/municipality/region: ukendt nøgle; tilladte nøgler her: code, name"},
        ErrorCase{"UnknownEnumName",
                  PlanWith(", \"parties\": [{\"name\": \"Fredericia Kommune\", \"kind\": "
                           "\"kommune\"}]"),
                  "/parties/0/kind: ukendt værdi \"kommune\"; tilladte værdier: housing_org, "
                  "municipality, police, jobcenter, ssp, ngo, business, other"},
        ErrorCase{"EnumNotAString", PlanWith(", \"attachments\": [{\"kind\": \"map\", \"title\": "
                                             "\"Kort\", \"status\": true}]"),
                  "/attachments/0/status: forventede en af present, referenced, fik true"},
        ErrorCase{"WrongTypeString", "{\"format\": \"helhed/plan@1\", \"name\": 42, "
                                     "\"grant_frame\": \"2019-26\"}",
                  "/name: forventede en tekst, fik 42"},
        ErrorCase{"NullIsNotAbsent", PlanWith(", \"vision\": null"),
                  "/vision: forventede en tekst, fik null"},
        ErrorCase{"WrongTypeList", PlanWith(", \"parties\": {\"name\": \"A\"}"),
                  "/parties: forventede en liste, fik et objekt"},
        ErrorCase{"WrongTypeObject", PlanWith(", \"budget\": [1]"),
                  "/budget: forventede et objekt, fik en liste"},
        ErrorCase{"FractionWhereIntegerBelongs",
                  PlanWith(", \"housing_areas\": [{\"id\": \"z\", \"name\": \"Z\", "
                           "\"households\": 12.5}]"),
                  "/housing_areas/0/households: forventede et heltal, fik 12.5"},
        ErrorCase{"IntegerOutOfRange",
                  PlanWith(", \"milestones\": [], \"budget\": {\"lines\": [{\"year\": "
                           "99999999999, \"label\": \"L\", \"category\": \"other\", "
                           "\"lbf_dkk\": 0, \"local_dkk\": 0}]}"),
                  "/budget/lines/0/year: tallet 99999999999 er uden for det tilladte område "
                  "(-2147483648 til 2147483647)"},
        ErrorCase{"NumberAsDanishText",
                  PlanWith(", \"organisation\": {\"bodies\": [{\"name\": \"B\", "
                           "\"meetings_per_year\": \"4,5\"}]}"),
                  "/organisation/bodies/0/meetings_per_year: forventede et tal, fik \"4,5\""},
        ErrorCase{"BoolAsText",
                  PlanWith(", \"terms_of_reference\": {\"adopted_by_consensus\": \"ja\"}"),
                  "/terms_of_reference/adopted_by_consensus: forventede true eller false, fik "
                  "\"ja\""},
        ErrorCase{"MissingRequiredKey", PlanWith(", \"parties\": [{\"kind\": \"police\"}]"),
                  "/parties/0/name: påkrævet nøgle mangler"},
        ErrorCase{"MissingGrantFrame", "{\"format\": \"helhed/plan@1\", \"name\": \"P\"}",
                  "/grant_frame: påkrævet nøgle mangler"},
        ErrorCase{"EmptyGrantFrame",
                  "{\"format\": \"helhed/plan@1\", \"name\": \"P\", \"grant_frame\": \"\"}",
                  "/grant_frame: må ikke være tom"},
        ErrorCase{"ValueAndStatus",
                  PlanWith(", \"sub_agreements\": [{\"focus_area\": \"B\", \"staff\": "
                           "[{\"function\": \"F\", \"amount\": {\"unit\": \"fte\", \"value\": 1, "
                           "\"status\": \"pending\"}}]}]"),
                  "/sub_agreements/0/staff/0/amount: en værdi har enten \"value\" eller "
                  "\"status\", ikke begge"},
        ErrorCase{"NeitherValueNorStatus",
                  PlanWith(", \"sub_agreements\": [{\"focus_area\": \"B\", \"staff\": "
                           "[{\"function\": \"F\", \"amount\": {\"unit\": \"fte\"}}]}]"),
                  "/sub_agreements/0/staff/0/amount: en værdi skal have \"value\" (et tal) "
                  "eller \"status\" (hvorfor tallet mangler)"},
        ErrorCase{"LongTextIsCut",
                  PlanWith(", \"period\": {\"start\": \"" + std::string(70, 'x') + "\"}"),
                  "/period/start: forventede en dato på formen ÅÅÅÅ-MM-DD, fik \"" +
                      std::string(60, 'x') + "…\""},
        ErrorCase{"SeveralErrorsCounted",
                  "{\"format\": \"helhed/plan@1\", \"name\": 1, \"vision\": 2, \"revison\": \"\"}",
                  "/revison: ukendt nøgle; mente du \"revision\"? (og 3 fejl mere)"}),
    [](const ::testing::TestParamInfo<ErrorCase>& param_info) { return param_info.param.name; });

TEST(ParsePlanJsonDetailedTest, ReportsEveryStructuralError) {
  const PlanJsonResult result = ParsePlanJsonDetailed(
      "{\"format\": \"helhed/plan@1\", \"name\": 1, \"grant_frame\": \"2019-26\", "
      "\"period\": {\"start\": \"01.02 2017\"}, \"parties\": [{\"name\": \"A\", \"kind\": \"x\"},"
      " {\"nam\": \"B\"}]}");
  EXPECT_FALSE(result.plan.has_value());
  std::vector<std::string> messages;
  for (const PlanJsonError& error : result.errors) messages.push_back(error.ToString());
  EXPECT_THAT(messages,
              ::testing::ElementsAre(
                  "/name: forventede en tekst, fik 1",
                  "/period/start: forventede en dato på formen ÅÅÅÅ-MM-DD, fik \"01.02 2017\"",
                  "/parties/0/kind: ukendt værdi \"x\"; tilladte værdier: housing_org, "
                  "municipality, police, jobcenter, ssp, ngo, business, other",
                  "/parties/1/nam: ukendt nøgle; mente du \"name\"?",
                  "/parties/1/name: påkrævet nøgle mangler"));
  EXPECT_EQ(result.errors[3].pointer, "/parties/1/nam");
  EXPECT_FALSE(result.errors[3].line.has_value());
}

TEST(ParsePlanJsonDetailedTest, SyntaxErrorCarriesLineAndColumn) {
  const PlanJsonResult result = ParsePlanJsonDetailed("{\n  \"name\": tru\n}");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].line, 2);
  EXPECT_EQ(result.errors[0].column, 14);
  EXPECT_EQ(result.errors[0].pointer, "");
}

TEST(ParsePlanJsonDetailedTest, StopsCollectingAtTheLimit) {
  std::string parties;
  for (int idx = 0; idx < 150; ++idx) parties += std::string(idx ? "," : "") + "{}";
  const PlanJsonResult result = ParsePlanJsonDetailed(PlanWith(", \"parties\": [" + parties + "]"));
  EXPECT_EQ(result.errors.size(), kMaxReportedErrors);
  EXPECT_EQ(result.errors.back().ToString(), "/parties/99/name: påkrævet nøgle mangler");
}

}  // namespace
}  // namespace helhed::planfile
