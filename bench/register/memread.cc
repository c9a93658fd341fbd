// SPDX-License-Identifier: Apache-2.0
// The memory-read baselines over a register store's column files, best of 5
// runs each, in bytes per second:
//  - memread: memory-maps every column file and sums it as 64-bit words, the
//    least work any compute pass over the same bytes can do (the issue's
//    target compares the counting pass with this loop). After its first run
//    the pages stay mapped, so runs 2-5 read plain memory.
//  - copyread: copies each file out of the page cache with pread(2) in 2 MB
//    pieces into one reused buffer and sums that. This is the least a pass
//    must do that, like `helhed compute`, does not keep the whole store
//    resident: printed for comparison, not a target.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace {

uint64_t SumWords(const uint64_t* words, size_t count) {
  uint64_t a = 0, b = 0, c = 0, d = 0;
  size_t i = 0;
  for (; i + 4 <= count; i += 4) {
    a += words[i];
    b += words[i + 1];
    c += words[i + 2];
    d += words[i + 3];
  }
  for (; i < count; ++i) a += words[i];
  return a + b + c + d;
}

template <typename Run>
double BestOf5(const Run& run) {
  double best = 1e9;
  for (int i = 0; i < 5; ++i) {
    const auto start = std::chrono::steady_clock::now();
    run();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (seconds < best) best = seconds;
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "brug: memread STORE_DIR\n");
    return 2;
  }
  struct File {
    std::string path;
    const uint64_t* words;
    size_t bytes;
  };
  std::vector<File> files;
  size_t bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(argv[1])) {
    if (entry.path().extension() == ".json") continue;
    const int fd = open(entry.path().c_str(), O_RDONLY);
    struct stat st {};
    fstat(fd, &st);
    void* data = mmap(nullptr, st.st_size, PROT_READ, MAP_SHARED, fd, 0);
    close(fd);
    files.push_back({entry.path().string(), static_cast<const uint64_t*>(data), static_cast<size_t>(st.st_size)});
    bytes += st.st_size;
  }
  uint64_t sink = 0;
  const double mapped = BestOf5([&] {
    for (const File& f : files) sink += SumWords(f.words, f.bytes / 8);
  });
  std::printf("memread bytes=%zu best_seconds=%.4f bytes_per_second=%.0f (checksum %llu)\n", bytes, mapped,
              bytes / mapped, static_cast<unsigned long long>(sink));
  std::vector<uint64_t> buffer((size_t{2} << 20) / 8);
  uint64_t copied_sink = 0;
  const double copied = BestOf5([&] {
    for (const File& f : files) {
      const int fd = open(f.path.c_str(), O_RDONLY);
      for (size_t offset = 0; offset < f.bytes;) {
        const ssize_t got = pread(fd, buffer.data(), buffer.size() * 8, static_cast<off_t>(offset));
        if (got <= 0) break;
        copied_sink += SumWords(buffer.data(), static_cast<size_t>(got) / 8);
        offset += static_cast<size_t>(got);
      }
      close(fd);
    }
  });
  std::printf("copyread bytes=%zu best_seconds=%.4f bytes_per_second=%.0f (checksum %llu)\n", bytes, copied,
              bytes / copied, static_cast<unsigned long long>(copied_sink));
  return 0;
}
