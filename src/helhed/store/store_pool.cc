// SPDX-License-Identifier: Apache-2.0
// StorePool (store_pool.h).
#include "helhed/store/store_pool.h"

#include <algorithm>
#include <utility>

namespace helhed::store {

StorePool::Lease::~Lease() {
  if (pool_ != nullptr && store_) pool_->Release(std::move(store_));
}

StorePool::StorePool(std::unique_ptr<Store> first, std::string url, StoreOptions options, std::size_t max_open)
    : url_(std::move(url)), options_(std::move(options)), max_open_(std::max<std::size_t>(max_open, 1)) {
  if (first) {
    idle_.push_back(std::move(first));
    open_ = 1;
  }
}

StatusOr<StorePool::Lease> StorePool::Acquire() {
  {
    std::unique_lock lock(mu_);
    returned_.wait(lock, [&] { return !idle_.empty() || open_ < max_open_; });
    if (!idle_.empty()) {
      std::unique_ptr<Store> store = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(store));
    }
    ++open_;  // reserve the slot; opening happens outside the lock
  }
  StoreOptions options = options_;
  // The first Store already created or migrated the schema; later ones only
  // check it, so a pool never migrates behind a running server's back.
  options.schema = SchemaMode::kRequireCurrent;
  StatusOr<std::unique_ptr<Store>> opened = OpenStore(url_, options);
  if (!opened.ok()) {
    {
      std::lock_guard lock(mu_);
      --open_;
    }
    returned_.notify_one();
    return opened.status();
  }
  return Lease(this, std::move(*opened));
}

void StorePool::Release(std::unique_ptr<Store> store) {
  {
    std::lock_guard lock(mu_);
    // A broken connection is dropped; the next Acquire opens a fresh one.
    if (store->connected()) {
      idle_.push_back(std::move(store));
    } else {
      --open_;
    }
  }
  returned_.notify_one();
}

std::size_t StorePool::open_count() const {
  std::lock_guard lock(mu_);
  return open_;
}

}  // namespace helhed::store
