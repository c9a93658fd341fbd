// SPDX-License-Identifier: Apache-2.0
// PlanViewCache (internal/plan_view_cache.h): decoded, checked head revisions.
#include "helhed/web/internal/plan_view_cache.h"

#include <algorithm>

#include "helhed/base/status_macros.h"

namespace helhed::web::internal {

StatusOr<std::shared_ptr<const service::PlanView>> PlanViewCache::Load(store::Store& store, store::PlanId plan_id,
                                                                      const std::filesystem::path& data_dir) {
  HELHED_ASSIGN_OR_RETURN(store::PlanSummary summary, store.GetPlan(plan_id));
  // Read before anything it stands for: whatever is read after it is at
  // least as new as this generation, so it may be kept under it.
  HELHED_ASSIGN_OR_RETURN(const std::int64_t generation, store.DataGeneration());
  std::shared_ptr<const service::PlanView> cached;
  {
    std::lock_guard lock(mu_);
    auto it = entries_.find(plan_id);
    if (it != entries_.end() && it->second.head_revision == summary.head_revision &&
        it->second.updated == summary.updated) {
      it->second.last_use = ++clock_;
      // Revisions (and the summary) only change with a new head, approvals
      // only with a new generation.
      if (it->second.generation == generation) return it->second.view;
      cached = it->second.view;
    }
  }
  if (cached) {
    // New data: the approvals are read again, and the view is copied, once
    // per generation, so that markup rendered from older data is not reused.
    HELHED_ASSIGN_OR_RETURN(std::vector<store::Approval> approvals, store.ListApprovals(plan_id));
    auto updated = std::make_shared<service::PlanView>(*cached);
    updated->approvals = std::move(approvals);
    cached = std::move(updated);
    Remember(plan_id, generation, cached);
    return cached;
  }

  HELHED_ASSIGN_OR_RETURN(service::PlanView view, service::LoadPlanView(store, plan_id, data_dir));
  auto shared = std::make_shared<const service::PlanView>(std::move(view));
  Remember(plan_id, generation, shared);
  return shared;
}

std::shared_ptr<const Html> PlanViewCache::Rendered(const std::shared_ptr<const service::PlanView>& view,
                                                    const std::string& key, const std::function<Html()>& render) {
  // Cannot fail, so the value is always there.
  return *RenderedOr(view, key, [&]() -> StatusOr<Html> { return render(); });
}

StatusOr<std::shared_ptr<const Html>> PlanViewCache::RenderedOr(const std::shared_ptr<const service::PlanView>& view,
                                                                const std::string& key,
                                                                const std::function<StatusOr<Html>()>& render) {
  return KeptOr<Html>(view, "html:" + key, render);
}

StatusOr<std::shared_ptr<const std::string>> PlanViewCache::JsonOr(
    const std::shared_ptr<const service::PlanView>& view, const std::string& key,
    const std::function<StatusOr<std::string>()>& make) {
  return KeptOr<std::string>(view, "json:" + key, make);
}

template <typename T>
StatusOr<std::shared_ptr<const T>> PlanViewCache::KeptOr(const std::shared_ptr<const service::PlanView>& view,
                                                         std::string key, const std::function<StatusOr<T>()>& make) {
  const store::PlanId plan_id = view->summary.id;
  {
    std::lock_guard lock(mu_);
    auto it = entries_.find(plan_id);
    if (it != entries_.end() && it->second.view == view) {
      if (auto found = it->second.kept.find(key); found != it->second.kept.end()) {
        return std::static_pointer_cast<const T>(found->second);
      }
    }
  }
  // Made outside the lock; two requests may both make it the first time.
  HELHED_ASSIGN_OR_RETURN(T made, make());
  auto shared = std::make_shared<const T>(std::move(made));
  std::lock_guard lock(mu_);
  auto it = entries_.find(plan_id);
  // Kept only while `view` is current: a newer view must not get old markup.
  if (it != entries_.end() && it->second.view == view && it->second.kept.size() < kMaxRenderedPerPlan) {
    it->second.kept.emplace(std::move(key), shared);
  }
  return shared;
}

void PlanViewCache::Remember(store::PlanId plan_id, std::int64_t generation,
                             std::shared_ptr<const service::PlanView> view) {
  std::lock_guard lock(mu_);
  if (entries_.size() >= kMaxPlans && !entries_.contains(plan_id)) {
    auto oldest = std::min_element(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
      return a.second.last_use < b.second.last_use;
    });
    entries_.erase(oldest);
  }
  const int head = view->summary.head_revision;
  const store::Timestamp updated = view->summary.updated;
  entries_[plan_id] = Entry{head, updated, generation, std::move(view), {}, ++clock_};
}

}  // namespace helhed::web::internal
