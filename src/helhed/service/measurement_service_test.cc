// SPDX-License-Identifier: Apache-2.0
// `helhed compute --store` as a use case: a synthetic register computed,
// disclosure-controlled and saved as measurements in SQLite (the store
// contract suite covers the same SQL on PostgreSQL).
#include "helhed/service/measurement_service.h"

#include <fstream>
#include <set>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "helhed/service/register_service.h"
#include "helhed/store/open_store.h"
#include "testing/status_matchers.h"
#include "testing/test_paths.h"

namespace helhed::service {
namespace {

using ::testing::HasSubstr;
using ::testing::SizeIs;
using ::testing::StartsWith;

class MeasurementServiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto csv = scratch_.path() / "register.csv";
    ASSERT_OK(Synthesize(SynthRequest{3000, {2021, 2022}, 11, csv}));
    ASSERT_OK(IngestRegister(IngestRequest{{csv}, scratch_.path() / "store", false}).status());
    // The first two afdelinger of the register, as one zone.
    std::ifstream in(csv);
    std::string line;
    std::getline(in, line);
    while (std::getline(in, line) && afdelinger_.size() < 2) {
      const std::string afdeling = line.substr(line.find(',', line.find(',') + 1) + 1);
      const std::string id = afdeling.substr(0, afdeling.find(','));
      if (!id.empty() && std::find(afdelinger_.begin(), afdelinger_.end(), id) == afdelinger_.end()) {
        afdelinger_.push_back(id);
      }
    }
    ASSERT_THAT(afdelinger_, SizeIs(2));
    std::ofstream areas(scratch_.path() / "areas.csv");
    areas << "afdeling,unit_id,unit_name,level\n";
    for (const auto& id : afdelinger_) areas << id << ",Z1,Zone 1,zone\n";
    areas.close();
    store::StoreOptions options;
    options.schema = store::SchemaMode::kCreate;
    ASSERT_OK_AND_ASSIGN(store_, store::OpenStore("sqlite:" + (scratch_.path() / "helhed.db").string(), options));
  }

  ComputeRequest Request() {
    ComputeRequest request;
    request.register_dir = scratch_.path() / "store";
    request.areas = scratch_.path() / "areas.csv";
    request.store = store_.get();
    request.recorded_by = "cli:test";
    return request;
  }

  testing::ScratchDir scratch_;
  std::vector<std::string> afdelinger_;
  std::unique_ptr<store::Store> store_;
};

TEST_F(MeasurementServiceTest, StoresEveryRowWithCountsIntervalsAndProvenance) {
  ComputeRequest request = Request();
  request.out = scratch_.path() / "out.csv";
  ASSERT_OK_AND_ASSIGN(ComputeResult result, ComputeIndicators(request));
  ASSERT_TRUE(result.stored.has_value());
  EXPECT_EQ(result.stored->measurements, result.rows);

  // A tiny register suppresses much, even for the whole country: take the first
  // share indicator published there in both years.
  std::vector<store::Measurement> land;
  std::string indicator;
  for (const char* id : {"F1", "F9", "F5", "F4", "F3"}) {
    ASSERT_OK_AND_ASSIGN(land, store_->ListMeasurements("land:DK", std::string_view(id)));
    ASSERT_THAT(land, SizeIs(2));
    if (land[0].status == "ok" && land[1].status == "ok") {
      indicator = id;
      break;
    }
  }
  ASSERT_FALSE(indicator.empty()) << "no share published for the whole country";
  EXPECT_EQ(land[0].period, "2021");
  EXPECT_EQ(land[1].period, "2022");
  for (const auto& m : land) {
    ASSERT_TRUE(m.numerator && m.denominator && m.value && m.ci_low && m.ci_high);
    EXPECT_GT(*m.denominator, 0);
    // A share is kept as numerator and denominator; the value is their ratio in percent.
    EXPECT_DOUBLE_EQ(*m.value, 100.0 * *m.numerator / *m.denominator);
    EXPECT_LT(*m.ci_low, *m.value);
    EXPECT_GT(*m.ci_high, *m.value);
    EXPECT_FALSE(m.source.empty());
    EXPECT_EQ(m.provenance.input_checksum, result.input_checksum);
    EXPECT_THAT(m.provenance.engine_version, StartsWith("helhed "));
    EXPECT_THAT(m.provenance.parameters, HasSubstr("\"min_cell\":5"));
    EXPECT_THAT(m.provenance.parameters, HasSubstr("\"areas_checksum\":\"sha256:"));
  }
  // The same numbers as the file `helhed compute --out` writes.
  std::ifstream out(scratch_.path() / "out.csv");
  std::string line;
  bool found = false;
  const std::string key = "DK,land,2021," + indicator + ",";
  while (std::getline(out, line)) {
    if (line.rfind(key, 0) != 0) continue;
    found = true;
    EXPECT_THAT(line, StartsWith(key + std::to_string(static_cast<int64_t>(*land[0].numerator)) + "," +
                                 std::to_string(static_cast<int64_t>(*land[0].denominator)) + ","));
  }
  EXPECT_TRUE(found);
}

TEST_F(MeasurementServiceTest, SuppressedRowsAreStoredWithoutNumbers) {
  ASSERT_OK_AND_ASSIGN(ComputeResult result, ComputeIndicators(Request()));
  ASSERT_GT(result.disclosure.primary, 0);
  int suppressed = 0;
  for (const auto& afdeling : afdelinger_) {
    ASSERT_OK_AND_ASSIGN(auto rows, store_->ListMeasurements(MeasurementUnitId("afdeling", afdeling), std::nullopt));
    for (const auto& m : rows) {
      if (m.status != "suppressed") continue;
      ++suppressed;
      EXPECT_FALSE(m.numerator || m.denominator || m.value || m.ci_low || m.ci_high) << m.indicator << " " << m.period;
    }
  }
  EXPECT_GT(suppressed, 0);
}

TEST_F(MeasurementServiceTest, UnitsFormATreeUnderTheCountry) {
  ASSERT_OK(ComputeIndicators(Request()).status());
  ASSERT_OK_AND_ASSIGN(store::OrgUnit zone, store_->GetOrgUnit("zone:Z1"));
  EXPECT_EQ(zone.name, "Zone 1");
  EXPECT_EQ(zone.level, store::OrgLevel::kZone);
  ASSERT_OK_AND_ASSIGN(store::OrgUnit afdeling, store_->GetOrgUnit(MeasurementUnitId("afdeling", afdelinger_[0])));
  // Synthetic afdeling ids start with their kommune code ("607-0003").
  const std::string kommune = "kommune:" + afdelinger_[0].substr(0, afdelinger_[0].find('-'));
  EXPECT_EQ(afdeling.parent, kommune);
  ASSERT_OK_AND_ASSIGN(store::OrgUnit k, store_->GetOrgUnit(kommune));
  ASSERT_TRUE(k.parent.has_value());
  EXPECT_THAT(*k.parent, StartsWith("region:"));
  ASSERT_OK_AND_ASSIGN(store::OrgUnit region, store_->GetOrgUnit(*k.parent));
  EXPECT_EQ(region.parent, "land:DK");
}

TEST_F(MeasurementServiceTest, StoringAgainReplacesAndIsAudited) {
  ASSERT_OK(ComputeIndicators(Request()).status());
  ASSERT_OK_AND_ASSIGN(auto first, store_->ListMeasurements("land:DK", std::nullopt));
  ASSERT_OK(ComputeIndicators(Request()).status());
  ASSERT_OK_AND_ASSIGN(auto second, store_->ListMeasurements("land:DK", std::nullopt));
  EXPECT_EQ(first, second);
  ASSERT_OK_AND_ASSIGN(auto audit, store_->ListAudit(10));
  int stored = 0;
  for (const auto& entry : audit) stored += entry.action == "measurements.store" && entry.user == "cli:test";
  EXPECT_EQ(stored, 2);
}

TEST_F(MeasurementServiceTest, NeedsAFileOrAStore) {
  ComputeRequest request = Request();
  request.store = nullptr;
  EXPECT_THAT(ComputeIndicators(request).status(), testing::StatusIs(StatusCode::kInvalidArgument));
}

}  // namespace
}  // namespace helhed::service
