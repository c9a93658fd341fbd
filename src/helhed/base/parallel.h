// SPDX-License-Identifier: Apache-2.0
// Work spread over the machine's cores: how many threads the engine's
// parallel steps use, and a loop that runs independent tasks on them.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace helhed {

// Threads for a parallel step: one per core, at least 1, at most 8 (beyond
// that the steps we have are bound by memory, not by cores).
inline std::size_t WorkerThreads() { return std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 8); }

// Calls `task(i)` for every i in [0, count) on up to `threads` threads (the
// calling thread is one of them), each i exactly once and wholly on one
// thread, and returns when all are done. Tasks must not touch each other's
// data; `task` must not throw.
template <typename Task>
void ParallelFor(std::size_t count, const Task& task, std::size_t threads = WorkerThreads()) {
  std::atomic<std::size_t> next{0};
  auto work = [&]() {
    for (std::size_t i = next++; i < count; i = next++) task(i);
  };
  std::vector<std::thread> helpers;
  threads = std::min(threads, count);
  for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
  work();
  for (std::thread& helper : helpers) helper.join();
}

}  // namespace helhed
