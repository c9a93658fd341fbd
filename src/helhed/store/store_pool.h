// SPDX-License-Identifier: Apache-2.0
// StorePool: Stores for many threads of one process. A Store is one database
// connection and not thread-safe; instead of one Store behind a mutex (every
// request taking turns), each thread leases its own for as long as it needs
// it, so reads run side by side: SQLite's WAL lets readers proceed while one
// connection writes, and PostgreSQL serves each connection in its own
// backend. Writers still serialise in the database itself (BEGIN IMMEDIATE,
// row locks), exactly as between processes.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "helhed/base/statusor.h"
#include "helhed/store/open_store.h"
#include "helhed/store/store.h"

namespace helhed::store {

class StorePool {
 public:
  // A leased Store; goes back to the pool when the lease ends.
  class Lease {
   public:
    Lease(Lease&& other) noexcept : pool_(other.pool_), store_(std::move(other.store_)) { other.pool_ = nullptr; }
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    ~Lease();
    Store& operator*() const { return *store_; }
    Store* operator->() const { return store_.get(); }
    Store* get() const { return store_.get(); }

   private:
    friend class StorePool;
    Lease(StorePool* pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };

  // `first` is an open Store on `url` (it proves the URL and schema are
  // good); more are opened on demand with `options` (schema mode
  // kRequireCurrent), at most `max_open` at once. A lease beyond that waits
  // for one to come back.
  StorePool(std::unique_ptr<Store> first, std::string url, StoreOptions options, std::size_t max_open);
  StorePool(const StorePool&) = delete;
  StorePool& operator=(const StorePool&) = delete;

  // An idle Store, or a new one. kUnavailable (Danish) when a new connection
  // cannot be opened.
  StatusOr<Lease> Acquire();

  // Stores open now (leased or idle); for tests.
  std::size_t open_count() const;

 private:
  void Release(std::unique_ptr<Store> store);

  const std::string url_;
  const StoreOptions options_;
  const std::size_t max_open_;
  mutable std::mutex mu_;
  std::condition_variable returned_;
  std::vector<std::unique_ptr<Store>> idle_;
  std::size_t open_ = 0;
};

}  // namespace helhed::store
