// SPDX-License-Identifier: Apache-2.0
// The memory-read baseline: memory-maps every column file of a register
// store and sums it as 64-bit words, the least work any compute pass over
// the same bytes can do. Prints bytes per second of the best of 5 runs.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "brug: memread STORE_DIR\n");
    return 2;
  }
  std::vector<std::pair<const uint64_t*, size_t>> files;
  size_t bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
    if (entry.path().extension() == ".json") continue;
    const int fd = open(entry.path().c_str(), O_RDONLY);
    struct stat st {};
    fstat(fd, &st);
    void* data = mmap(nullptr, st.st_size, PROT_READ, MAP_SHARED, fd, 0);
    close(fd);
    files.emplace_back(static_cast<const uint64_t*>(data), st.st_size / 8);
    bytes += st.st_size;
  }
  double best = 1e9;
  uint64_t sink = 0;
  for (int run = 0; run < 5; ++run) {
    const auto start = std::chrono::steady_clock::now();
    for (const auto& [words, count] : files) {
      uint64_t a = 0, b = 0, c = 0, d = 0;
      size_t i = 0;
      for (; i + 4 <= count; i += 4) {
        a += words[i];
        b += words[i + 1];
        c += words[i + 2];
        d += words[i + 3];
      }
      for (; i < count; ++i) a += words[i];
      sink += a + b + c + d;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (seconds < best) best = seconds;
  }
  std::printf("memread bytes=%zu best_seconds=%.4f bytes_per_second=%.0f (checksum %llu)\n", bytes, best, bytes / best,
              static_cast<unsigned long long>(sink));
  return 0;
}
