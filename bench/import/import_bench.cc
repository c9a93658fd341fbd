// SPDX-License-Identifier: Apache-2.0
// import_bench: times the import of the Fredericia package (text and DOCX),
// the label tables loaded once as in a running server. Prints the median and
// the slowest of N runs in milliseconds (docs/import-quality.md).
// Usage: import_bench [SOURCE_DIR] [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <vector>

#include <fmt/format.h>

#include "helhed/import/importer.h"
#include "testing/test_paths.h"

int main(int argc, char** argv) {
  using namespace helhed;
  const std::filesystem::path source_dir = argc > 1 ? argv[1] : HELHED_SOURCE_DIR;
  const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 50;
  auto labels = import::LoadLabelTables(source_dir / "data");
  if (!labels.ok()) {
    std::cerr << "fejl: " << labels.status().message() << "\n";
    return 2;
  }
  for (const char* file : {"plans/fredericia-2023-helhedsplan.txt", "docx/fredericia-2023-helhedsplan.docx"}) {
    const std::string bytes = testing::ReadFileOrDie(source_dir / "tests/golden/import" / file);
    std::vector<double> ms;
    for (int run = 0; run < runs; ++run) {
      const auto start = std::chrono::steady_clock::now();
      auto result = import::ImportBytes(bytes, file, *labels);
      const auto end = std::chrono::steady_clock::now();
      if (!result.ok()) {
        std::cerr << "fejl: " << result.status().message() << "\n";
        return 2;
      }
      ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(ms.begin(), ms.end());
    std::cout << fmt::format("{}: {} bytes, {} runs, median {:.1f} ms, max {:.1f} ms\n", file, bytes.size(), runs,
                             ms[ms.size() / 2], ms.back());
  }
  return 0;
}
