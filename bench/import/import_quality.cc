// SPDX-License-Identifier: Apache-2.0
// import_quality: imports each shared plan (text and DOCX) and prints the
// field-level precision and recall per plan and field group as a markdown
// table (docs/import-quality.md). `--verbose` lists missed and spurious facts.
// Usage: import_quality [SOURCE_DIR] [--verbose] [--dump DIR]
#include <cstring>
#include <iostream>
#include <string>

#include <fmt/format.h>

#include "bench/import/quality_cases.h"
#include "helhed/import/importer.h"
#include "helhed/import/quality.h"
#include "helhed/planfile/plan_json.h"

namespace {

std::string Pct(double v) { return fmt::format("{:.1f} %", v * 100.0); }

}  // namespace

int main(int argc, char** argv) {
  using namespace helhed;
  std::filesystem::path source_dir = HELHED_SOURCE_DIR;
  bool verbose = false;
  std::string dump_dir;
  for (int idx = 1; idx < argc; ++idx) {
    if (std::strcmp(argv[idx], "--verbose") == 0) {
      verbose = true;
    } else if (std::strcmp(argv[idx], "--dump") == 0 && idx + 1 < argc) {
      dump_dir = argv[++idx];
    } else {
      source_dir = argv[idx];
    }
  }
  auto labels = import::LoadLabelTables(source_dir / "data");
  if (!labels.ok()) {
    std::cerr << "fejl: " << labels.status().message() << "\n";
    return 2;
  }
  const auto golden = source_dir / "tests/golden/import";
  std::cout << "| plan | group | expected | imported | matched | precision | recall |\n";
  std::cout << "|---|---|---:|---:|---:|---:|---:|\n";
  int failures = 0;
  for (const auto& c : import::kQualityCases) {
    auto expected = planfile::ReadPlanFile(golden / c.expected);
    auto bytes = planfile::ReadPlanText(golden / c.source);
    if (!expected.ok() || !bytes.ok()) {
      std::cerr << "fejl: " << (expected.ok() ? bytes.status() : expected.status()).message() << "\n";
      return 2;
    }
    auto imported = import::ImportBytes(*bytes, std::string(c.source), *labels);
    if (!imported.ok()) {
      std::cerr << "fejl: " << imported.status().message() << "\n";
      return 2;
    }
    if (!dump_dir.empty()) {
      // For hand-checking: the imported plan, to compare with the source.
      std::string name(c.plan);
      for (char& ch : name) ch = (ch == ' ' || ch == '(' || ch == ')') ? '_' : ch;
      (void)planfile::WritePlanFile(std::filesystem::path(dump_dir) / (name + ".json"), imported->plan);
    }
    const import::QualityScore score = import::ScoreImport(*expected, imported->plan);
    for (const auto& group : import::QualityGroups()) {
      const auto& s = score.groups.at(group);
      if (s.expected == 0 && s.actual == 0) continue;
      std::cout << fmt::format("| {} | {} | {} | {} | {} | {} | {} |\n", c.plan, group, s.expected, s.actual, s.matched,
                               Pct(s.precision()), Pct(s.recall()));
    }
    std::cout << fmt::format("| **{}** | **all** | {} | {} | {} | **{}** | **{}** |\n", c.plan, score.total.expected,
                             score.total.actual, score.total.matched, Pct(score.total.precision()),
                             Pct(score.total.recall()));
    if (score.total.precision() < 0.98 || score.total.recall() < 0.95) ++failures;
    if (verbose) {
      for (const auto& f : score.missed) std::cerr << c.plan << " MISSED " << f.key << " = " << f.value.substr(0, 120) << "\n";
      for (const auto& f : score.spurious) std::cerr << c.plan << " SPURIOUS " << f.key << " = " << f.value.substr(0, 120) << "\n";
    }
  }
  return failures == 0 ? 0 : 1;
}
