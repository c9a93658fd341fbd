// SPDX-License-Identifier: Apache-2.0
// The JSON Schema (data/schema/plan-1.schema.json) and the codec's key
// tables (field_schema.h) must describe the same format: for every object,
// the same keys in the same order and the same required keys.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <type_traits>
#include <vector>

#include <nlohmann/json.hpp>

#include "helhed/planfile/field_schema.h"
#include "testing/test_paths.h"

namespace helhed::planfile::internal {
namespace {

using nlohmann::ordered_json;

struct KeyLists {
  std::vector<std::string> keys;
  std::vector<std::string> required;
};

template <typename T>
KeyLists CodecKeys() {
  KeyLists lists;
  std::apply(
      [&](const auto&... field) {
        auto add = [&](const auto& one_field) {
          using M = std::decay_t<decltype(std::declval<T&>().*(one_field.member))>;
          lists.keys.emplace_back(one_field.key);
          if (!IsOptional<M>::value) lists.required.emplace_back(one_field.key);
        };
        (add(field), ...);
      },
      Schema<T>::kFields);
  return lists;
}

KeyLists SchemaKeys(const ordered_json& object) {
  KeyLists lists;
  for (const auto& [key, value] : object.at("properties").items()) lists.keys.push_back(key);
  if (object.contains("required")) {
    for (const auto& key : object.at("required")) lists.required.push_back(key);
  }
  return lists;
}

class SchemaAgreementTest : public ::testing::Test {
 protected:
  void SetUp() override {
    schema_ = ordered_json::parse(testing::ReadFileOrDie(
        testing::SourceDir() / "data/schema/plan-1.schema.json"));
  }

  template <typename T>
  void ExpectSame(const std::string& def_name) {
    SCOPED_TRACE(def_name);
    const KeyLists codec = CodecKeys<T>();
    const KeyLists schema = SchemaKeys(schema_.at("$defs").at(def_name));
    EXPECT_EQ(schema.keys, codec.keys);
    EXPECT_THAT(schema.required, ::testing::UnorderedElementsAreArray(codec.required));
  }

  ordered_json schema_;
};

TEST_F(SchemaAgreementTest, EveryObjectHasTheSameKeysInBoth) {
  ExpectSame<model::Value>("value");
  ExpectSame<model::Period>("period");
  ExpectSame<model::Municipality>("municipality");
  ExpectSame<model::Signature>("signature");
  ExpectSame<model::Party>("party");
  ExpectSame<model::Afdeling>("afdeling");
  ExpectSame<model::HousingArea>("housing_area");
  ExpectSame<model::Member>("member");
  ExpectSame<model::Body>("body");
  ExpectSame<model::Organisation>("organisation");
  ExpectSame<model::Baseline>("baseline");
  ExpectSame<model::Election>("election");
  ExpectSame<model::Target>("target");
  ExpectSame<model::Indicator>("indicator");
  ExpectSame<model::OverallGoal>("overall_goal");
  ExpectSame<model::Goal>("goal");
  ExpectSame<model::FocusArea>("focus_area");
  ExpectSame<model::SuccessCriterion>("success_criterion");
  ExpectSame<model::Activity>("activity");
  ExpectSame<model::Staff>("staff");
  ExpectSame<model::BudgetShare>("budget_share");
  ExpectSame<model::SubAgreement>("sub_agreement");
  ExpectSame<model::BudgetLine>("budget_line");
  ExpectSame<model::Budget>("budget");
  ExpectSame<model::Milestone>("milestone");
  ExpectSame<model::ActivationPath>("activation_path");
  ExpectSame<model::PreparednessStep>("preparedness_step");
  ExpectSame<model::CommunicationLine>("communication_line");
  ExpectSame<model::PreparednessPlan>("preparedness_plan");
  ExpectSame<model::TermsOfReference>("terms_of_reference");
  ExpectSame<model::Attachment>("attachment");
}

TEST_F(SchemaAgreementTest, TopLevelIsFormatThenThePlanKeys) {
  KeyLists codec = CodecKeys<model::Plan>();
  codec.keys.insert(codec.keys.begin(), "format");
  codec.required.insert(codec.required.begin(), "format");
  const KeyLists schema = SchemaKeys(schema_);
  EXPECT_EQ(schema.keys, codec.keys);
  EXPECT_THAT(schema.required, ::testing::UnorderedElementsAreArray(codec.required));
}

}  // namespace
}  // namespace helhed::planfile::internal
