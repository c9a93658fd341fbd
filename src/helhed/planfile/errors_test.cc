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
                  "linje 1, kolonne 1: /format: påkrævet nøgle mangler; en planfil begynder med \"format\": "
                  "\"helhed/plan@1\""},
        ErrorCase{"WrongFormat", "{\"format\": \"helhed/plan@2\", \"name\": 1}",
                  "linje 1, kolonne 12: /format: ukendt format \"helhed/plan@2\"; helhed læser \"helhed/plan@1\""},
        ErrorCase{"DuplicateKey",
                  "{\"format\": \"helhed/plan@1\", \"parties\": [{\"name\": \"A\", \"name\": \"B\"}]}",
                  "linje 1, kolonne 50: /parties/0/name: nøglen \"name\" står mere end én gang i samme objekt"},
        ErrorCase{"NonIsoDate",
                  PlanWith(", \"sub_agreements\": [{\"focus_area\": \"Beskæftigelse\", "
                           "\"period\": {\"start\": \"2023-01-01\", \"end\": \"30/12/2026\"}}]"),
                  "linje 1, kolonne 160: /sub_agreements/0/period/end: forventede en dato på formen ÅÅÅÅ-MM-DD, fik "
                  "\"30/12/2026\""},
        ErrorCase{"DateThatDoesNotExist", PlanWith(", \"period\": {\"end\": \"2026-02-30\"}"),
                  "linje 1, kolonne 86: /period/end: \"2026-02-30\" er ikke en gyldig kalenderdato"},
        ErrorCase{"DateAsNumber", PlanWith(", \"period\": {\"end\": 2026}"),
                  "linje 1, kolonne 86: /period/end: forventede en dato på formen ÅÅÅÅ-MM-DD, fik 2026"},
        ErrorCase{"MisspeltKey", PlanWith(", \"parteis\": []"),
                  "linje 1, kolonne 79: /parteis: ukendt nøgle; mente du \"parties\"?"},
        ErrorCase{"UnknownKeyListsAllowed",
                  PlanWith(", \"municipality\": {\"code\": \"607\", \"name\": \"F\", "
                           "\"region\": \"Syd\"}"),
                  "linje 1, kolonne 123: /municipality/region: ukendt nøgle; tilladte nøgler her: code, name"},
        ErrorCase{"UnknownEnumName",
                  PlanWith(", \"parties\": [{\"name\": \"Fredericia Kommune\", \"kind\": "
                           "\"kommune\"}]"),
                  "linje 1, kolonne 119: /parties/0/kind: ukendt værdi \"kommune\"; tilladte værdier: housing_org, "
                  "municipality, police, jobcenter, ssp, ngo, business, other"},
        ErrorCase{"EnumNotAString", PlanWith(", \"attachments\": [{\"kind\": \"map\", \"title\": "
                                             "\"Kort\", \"status\": true}]"),
                  "linje 1, kolonne 127: /attachments/0/status: forventede en af present, referenced, fik true"},
        ErrorCase{"WrongTypeString", "{\"format\": \"helhed/plan@1\", \"name\": 42, "
                                     "\"grant_frame\": \"2019-26\"}",
                  "linje 1, kolonne 37: /name: forventede en tekst, fik 42"},
        ErrorCase{"NullIsNotAbsent", PlanWith(", \"vision\": null"),
                  "linje 1, kolonne 78: /vision: forventede en tekst, fik null"},
        ErrorCase{"WrongTypeList", PlanWith(", \"parties\": {\"name\": \"A\"}"),
                  "linje 1, kolonne 79: /parties: forventede en liste, fik et objekt"},
        ErrorCase{"WrongTypeObject", PlanWith(", \"budget\": [1]"),
                  "linje 1, kolonne 78: /budget: forventede et objekt, fik en liste"},
        ErrorCase{"FractionWhereIntegerBelongs",
                  PlanWith(", \"housing_areas\": [{\"id\": \"z\", \"name\": \"Z\", "
                           "\"households\": 12.5}]"),
                  "linje 1, kolonne 125: /housing_areas/0/households: forventede et heltal, fik 12.5"},
        ErrorCase{"IntegerOutOfRange",
                  PlanWith(", \"milestones\": [], \"budget\": {\"lines\": [{\"year\": "
                           "99999999999, \"label\": \"L\", \"category\": \"other\", "
                           "\"lbf_dkk\": 0, \"local_dkk\": 0}]}"),
                  "linje 1, kolonne 116: /budget/lines/0/year: tallet 99999999999 er uden for det tilladte område "
                  "(-2147483648 til 2147483647)"},
        ErrorCase{"NumberAsDanishText",
                  PlanWith(", \"organisation\": {\"bodies\": [{\"name\": \"B\", "
                           "\"meetings_per_year\": \"4,5\"}]}"),
                  "linje 1, kolonne 131: /organisation/bodies/0/meetings_per_year: forventede et tal, fik \"4,5\""},
        ErrorCase{"BoolAsText",
                  PlanWith(", \"terms_of_reference\": {\"adopted_by_consensus\": \"ja\"}"),
                  "linje 1, kolonne 115: /terms_of_reference/adopted_by_consensus: forventede true eller false, fik "
                  "\"ja\""},
        ErrorCase{"MissingRequiredKey", PlanWith(", \"parties\": [{\"kind\": \"police\"}]"),
                  "linje 1, kolonne 80: /parties/0/name: påkrævet nøgle mangler"},
        ErrorCase{"MissingGrantFrame", "{\"format\": \"helhed/plan@1\", \"name\": \"P\"}",
                  "linje 1, kolonne 1: /grant_frame: påkrævet nøgle mangler"},
        ErrorCase{"EmptyGrantFrame",
                  "{\"format\": \"helhed/plan@1\", \"name\": \"P\", \"grant_frame\": \"\"}",
                  "linje 1, kolonne 57: /grant_frame: må ikke være tom"},
        ErrorCase{"ValueAndStatus",
                  PlanWith(", \"sub_agreements\": [{\"focus_area\": \"B\", \"staff\": "
                           "[{\"function\": \"F\", \"amount\": {\"unit\": \"fte\", \"value\": 1, "
                           "\"status\": \"pending\"}}]}]"),
                  "linje 1, kolonne 145: /sub_agreements/0/staff/0/amount: en værdi har enten \"value\" eller "
                  "\"status\", ikke begge"},
        ErrorCase{"NeitherValueNorStatus",
                  PlanWith(", \"sub_agreements\": [{\"focus_area\": \"B\", \"staff\": "
                           "[{\"function\": \"F\", \"amount\": {\"unit\": \"fte\"}}]}]"),
                  "linje 1, kolonne 145: /sub_agreements/0/staff/0/amount: en værdi skal have \"value\" (et tal) "
                  "eller \"status\" (hvorfor tallet mangler)"},
        ErrorCase{"LongTextIsCut",
                  PlanWith(", \"period\": {\"start\": \"" + std::string(70, 'x') + "\"}"),
                  "linje 1, kolonne 88: /period/start: forventede en dato på formen ÅÅÅÅ-MM-DD, fik \"" +
                      std::string(60, 'x') + "…\""},
        ErrorCase{"SeveralErrorsCounted",
                  "{\"format\": \"helhed/plan@1\", \"name\": 1, \"vision\": 2, \"revison\": \"\"}",
                  "linje 1, kolonne 64: /revison: ukendt nøgle; mente du \"revision\"? (og 3 fejl mere)"}),
    [](const ::testing::TestParamInfo<ErrorCase>& param_info) { return param_info.param.name; });

TEST(ParsePlanJsonDetailedTest, ReportsEveryStructuralErrorWithItsLine) {
  const PlanJsonResult result = ParsePlanJsonDetailed(
      "{\n"
      "  \"format\": \"helhed/plan@1\",\n"
      "  \"name\": 1,\n"
      "  \"grant_frame\": \"2019-26\",\n"
      "  \"period\": {\"start\": \"01.02 2017\"},\n"
      "  \"parties\": [\n"
      "    {\"name\": \"A\", \"kind\": \"x\"},\n"
      "    {\"nam\": \"B\"}\n"
      "  ]\n"
      "}\n");
  EXPECT_FALSE(result.plan.has_value());
  std::vector<std::string> messages;
  for (const PlanJsonError& error : result.errors) messages.push_back(error.ToString());
  EXPECT_THAT(messages,
              ::testing::ElementsAre(
                  "linje 3, kolonne 11: /name: forventede en tekst, fik 1",
                  "linje 5, kolonne 23: /period/start: forventede en dato på formen ÅÅÅÅ-MM-DD, "
                  "fik \"01.02 2017\"",
                  "linje 7, kolonne 27: /parties/0/kind: ukendt værdi \"x\"; tilladte værdier: "
                  "housing_org, municipality, police, jobcenter, ssp, ngo, business, other",
                  "linje 8, kolonne 13: /parties/1/nam: ukendt nøgle; mente du \"name\"?",
                  // A missing key points at the object that lacks it.
                  "linje 8, kolonne 5: /parties/1/name: påkrævet nøgle mangler"));
  EXPECT_EQ(result.errors[3].pointer, "/parties/1/nam");
  EXPECT_EQ(result.errors[3].line, 8);
  EXPECT_EQ(result.errors[3].message, "ukendt nøgle; mente du \"name\"?");
}

TEST(ParsePlanJsonDetailedTest, PositionsSurviveEscapedKeysAndDanishText) {
  const PlanJsonResult result = ParsePlanJsonDetailed(
      "{\"format\": \"helhed/plan@1\", \"name\": \"Ærø \\\"syd\\\"\", "
      "\"grant_frame\": \"x\", \"a\\/b\": 1}");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].ToString(),
            "linje 1, kolonne 80: /a~1b: ukendt nøgle; tilladte nøgler her: format, name, "
            "grant_frame, municipality, period, parties, housing_areas, description, vision, "
            "organisation, municipal_interplay, overall_goals, focus_areas, local_evaluation, "
            "revision, sub_agreements, budget, milestones, preparedness_plan, "
            "terms_of_reference, attachments");
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
  EXPECT_EQ(result.errors.back().ToString(),
            "linje 1, kolonne 377: /parties/99/name: påkrævet nøgle mangler");
}

}  // namespace
}  // namespace helhed::planfile
