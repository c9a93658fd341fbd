// SPDX-License-Identifier: Apache-2.0
// Internal: the decoded and checked head revision of each plan, kept between
// requests. Parsing the plan JSON, loading its grant-frame pack and running
// CheckPlan dominated every page; a revision never changes once saved, so the
// result is reused while the plan's head is the same revision (same number
// and same save time, so a restored database is not mistaken for the old
// one). The list of revisions changes only with the head, so it is kept
// too; approvals are recorded without a new revision and are read fresh on
// every request.
//
// Markup rendered only from a view (the body of a delaftale page, which
// depends on nothing but the revision and whether the user may edit) is
// kept with that view: after the plan-view cache, building the page text
// was most of a request's work.
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "helhed/base/statusor.h"
#include "helhed/service/plan_view_service.h"
#include "helhed/web/html.h"
#include "helhed/store/store.h"

namespace helhed::web::internal {

class PlanViewCache {
 public:
  // Plans kept at once; beyond it the least recently used is dropped.
  static constexpr std::size_t kMaxPlans = 256;
  // Rendered fragments kept per plan (pages × roles that may or may not edit).
  static constexpr std::size_t kMaxRenderedPerPlan = 64;

  // Markup rendered from `view` under `key` by `render`, made once and kept
  // while `view` is the plan's current view. `render` must depend only on
  // the view and what `key` names (never on the user or the request).
  Html Rendered(const std::shared_ptr<const service::PlanView>& view, const std::string& key,
                const std::function<Html()>& render);

  // service::LoadPlanView, answered from the cache when the head is known.
  // Shared and immutable: a page reads the plan without copying it (a copy
  // of a whole plan cost more than rendering the page).
  StatusOr<std::shared_ptr<const service::PlanView>> Load(store::Store& store, store::PlanId plan_id,
                                                          const std::filesystem::path& data_dir);

 private:
  void Remember(store::PlanId plan_id, std::shared_ptr<const service::PlanView> view);

  struct Entry {
    int head_revision = 0;
    store::Timestamp updated{};
    std::shared_ptr<const service::PlanView> view;  // with the approvals last read
    std::map<std::string, Html, std::less<>> rendered;  // see Rendered()
    std::size_t last_use = 0;
  };

  std::mutex mu_;
  std::map<store::PlanId, Entry> entries_;
  std::size_t clock_ = 0;
};

}  // namespace helhed::web::internal
