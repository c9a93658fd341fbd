// SPDX-License-Identifier: Apache-2.0
// Internal: the decoded and checked head revision of each plan, kept between
// requests. Parsing the plan JSON, loading its grant-frame pack and running
// CheckPlan dominated every page; a revision never changes once saved, so the
// result is reused while the plan's head is the same revision (same number
// and same save time, so a restored database is not mistaken for the old
// one). Revisions and approvals are read fresh on every request.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <tuple>

#include "helhed/base/statusor.h"
#include "helhed/service/plan_view_service.h"
#include "helhed/store/store.h"

namespace helhed::web::internal {

class PlanViewCache {
 public:
  // Plans kept at once; beyond it the least recently used is dropped.
  static constexpr std::size_t kMaxPlans = 256;

  // service::LoadPlanView, answered from the cache when the head is known.
  StatusOr<service::PlanView> Load(store::Store& store, store::PlanId plan_id,
                                   const std::filesystem::path& data_dir);

 private:
  struct Entry {
    int head_revision = 0;
    store::Timestamp updated{};
    std::shared_ptr<const service::PlanView> view;  // revisions/approvals as when loaded
    std::size_t last_use = 0;
  };

  std::mutex mu_;
  std::map<store::PlanId, Entry> entries_;
  std::size_t clock_ = 0;
};

}  // namespace helhed::web::internal
