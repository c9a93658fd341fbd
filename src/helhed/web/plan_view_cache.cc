// SPDX-License-Identifier: Apache-2.0
// PlanViewCache (internal/plan_view_cache.h): decoded, checked head revisions.
#include "helhed/web/internal/plan_view_cache.h"

#include <algorithm>

#include "helhed/base/status_macros.h"

namespace helhed::web::internal {

StatusOr<service::PlanView> PlanViewCache::Load(store::Store& store, store::PlanId plan_id,
                                                const std::filesystem::path& data_dir) {
  HELHED_ASSIGN_OR_RETURN(store::PlanSummary summary, store.GetPlan(plan_id));
  std::shared_ptr<const service::PlanView> cached;
  {
    std::lock_guard lock(mu_);
    auto it = entries_.find(plan_id);
    if (it != entries_.end() && it->second.head_revision == summary.head_revision &&
        it->second.updated == summary.updated) {
      it->second.last_use = ++clock_;
      cached = it->second.view;
    }
  }
  if (cached) {
    service::PlanView view = *cached;
    view.summary = std::move(summary);
    // Approvals change without a new revision; both lists are cheap reads.
    HELHED_ASSIGN_OR_RETURN(view.revisions, store.ListRevisions(plan_id));
    HELHED_ASSIGN_OR_RETURN(view.approvals, store.ListApprovals(plan_id));
    return view;
  }

  HELHED_ASSIGN_OR_RETURN(service::PlanView view, service::LoadPlanView(store, plan_id, data_dir));
  auto shared = std::make_shared<const service::PlanView>(view);
  std::lock_guard lock(mu_);
  if (entries_.size() >= kMaxPlans && !entries_.contains(plan_id)) {
    auto oldest = std::min_element(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
      return a.second.last_use < b.second.last_use;
    });
    entries_.erase(oldest);
  }
  entries_[plan_id] = Entry{view.summary.head_revision, view.summary.updated, std::move(shared), ++clock_};
  return view;
}

}  // namespace helhed::web::internal
