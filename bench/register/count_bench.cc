// SPDX-License-Identifier: Apache-2.0
// The counting pass alone, in the same terms as memread.cc: opens a register
// store, computes every indicator for every year 5 times in one process and
// prints the best wall time and the best thread CPU time of the counting
// pass (Computation::scan_seconds / scan_cpu_seconds), in bytes of the
// store's column files per second. CPU time is that of the counting threads
// together; it leaves out the time a loaded, shared machine gives to other
// processes. THREADS (default 0: one per core) is passed to Compute.
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include "helhed/indicators/definition.h"
#include "helhed/indicators/engine.h"
#include "helhed/register/column_store.h"

int main(int argc, char** argv) {
  if (argc < 2 || argc > 4) {
    std::fprintf(stderr, "brug: count_bench LAGER [INDIKATORFIL [TRÅDE]]\n");
    return 2;
  }
  const std::filesystem::path defs_path =
      argc >= 3 ? std::filesystem::path(argv[2])
                : std::filesystem::path(HELHED_SOURCE_DIR) / "data/indicators/indicators.json";
  auto store = helhed::register_::ColumnStore::Open(argv[1]);
  if (!store.ok()) {
    std::fprintf(stderr, "fejl: %s\n", std::string(store.status().message()).c_str());
    return 2;
  }
  auto defs = helhed::indicators::LoadIndicatorSet(defs_path);
  if (!defs.ok()) {
    std::fprintf(stderr, "fejl: %s\n", std::string(defs.status().message()).c_str());
    return 2;
  }
  const unsigned threads = argc == 4 ? static_cast<unsigned>(std::atoi(argv[3])) : 0;
  double best_wall = 1e9, best_cpu = 1e9;
  for (int run = 0; run < 5; ++run) {
    auto computation = helhed::indicators::Compute(*store, *defs, helhed::indicators::UnitMap{}, {0, 9999},
                                                   nullptr, threads);
    if (!computation.ok()) {
      std::fprintf(stderr, "fejl: %s\n", std::string(computation.status().message()).c_str());
      return 2;
    }
    best_wall = std::min(best_wall, computation->scan_seconds);
    best_cpu = std::min(best_cpu, computation->scan_cpu_seconds);
  }
  const double bytes = static_cast<double>(store->column_bytes());
  std::printf("count threads=%u bytes=%.0f rows=%llu best_wall_seconds=%.4f best_cpu_seconds=%.4f "
              "bytes_per_second_wall=%.0f bytes_per_second_cpu=%.0f\n",
              threads, bytes, static_cast<unsigned long long>(store->row_count()), best_wall, best_cpu, bytes / best_wall,
              bytes / best_cpu);
  return 0;
}
