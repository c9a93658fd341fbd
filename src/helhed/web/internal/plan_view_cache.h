// SPDX-License-Identifier: Apache-2.0
// Internal: the decoded and checked head revision of each plan, kept between
// requests. Parsing the plan JSON, loading its grant-frame pack and running
// CheckPlan dominated every page; a revision never changes once saved, so the
// result is reused while the plan's head is the same revision (same number
// and same save time, so a restored database is not mistaken for the old
// one). The list of revisions changes only with the head, so it is kept
// too. Approvals are recorded without a new revision, but every approval
// (like every write of measurements, org units, list results and local
// entries, in any process) replaces the store's data generation
// (Store::DataGeneration): the approvals are read again only when the
// generation has changed, and each generation gets its own view object.
//
// Markup rendered only from a view and the data of its generation (the body
// of a delaftale page, which depends on nothing but the revision and whether
// the user may edit; a follow-up dashboard, which depends on the revision and
// the stored measurements) is kept with that view: after the plan-view cache,
// building the page text was most of a request's work. A page rendered from
// a view is kept only while that view is current, so it never outlives the
// revision, approvals or data it was made from.
#pragma once

#include <cstddef>
#include <cstdint>
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
  // Rendered fragments and JSON texts kept per plan (pages × roles that may
  // or may not edit, API dashboards).
  static constexpr std::size_t kMaxRenderedPerPlan = 64;

  // Markup rendered from `view` under `key` by `render`, made once and kept
  // while `view` is the plan's current view. `render` must depend only on
  // the view, the store's data (read after Load returned `view`) and what
  // `key` names (never on the user or the request). Shared, not copied: a
  // dashboard is tens of kilobytes, and each copy showed in the profile.
  std::shared_ptr<const Html> Rendered(const std::shared_ptr<const service::PlanView>& view, const std::string& key,
                                       const std::function<Html()>& render);
  // The same for a `render` that can fail; a failure is returned, not kept.
  StatusOr<std::shared_ptr<const Html>> RenderedOr(const std::shared_ptr<const service::PlanView>& view,
                                                   const std::string& key,
                                                   const std::function<StatusOr<Html>()>& render);
  // The same for JSON text (the API's dashboards: the same numbers as the
  // pages, kept as long and under the same rules).
  StatusOr<std::shared_ptr<const std::string>> JsonOr(const std::shared_ptr<const service::PlanView>& view,
                                                      const std::string& key,
                                                      const std::function<StatusOr<std::string>()>& make);

  // service::LoadPlanView, answered from the cache when the head is known.
  // Shared and immutable: a page reads the plan without copying it (a copy
  // of a whole plan cost more than rendering the page). Two statements when
  // nothing changed: the plan's head and the data generation.
  StatusOr<std::shared_ptr<const service::PlanView>> Load(store::Store& store, store::PlanId plan_id,
                                                          const std::filesystem::path& data_dir);

 private:
  void Remember(store::PlanId plan_id, std::int64_t generation, std::shared_ptr<const service::PlanView> view);
  // RenderedOr and JsonOr: `T` is told by the kept key's prefix, so one key
  // never meets the other type.
  template <typename T>
  StatusOr<std::shared_ptr<const T>> KeptOr(const std::shared_ptr<const service::PlanView>& view, std::string key,
                                            const std::function<StatusOr<T>()>& make);

  struct Entry {
    int head_revision = 0;
    store::Timestamp updated{};
    // The data generation read before `view`'s approvals were; a new
    // generation gets a new view (and so drops the rendered markup).
    std::int64_t generation = 0;
    std::shared_ptr<const service::PlanView> view;  // with the approvals of `generation`
    // "html:<key>" -> Html (Rendered), "json:<key>" -> std::string (JsonOr)
    std::map<std::string, std::shared_ptr<const void>, std::less<>> kept;
    std::size_t last_use = 0;
  };

  std::mutex mu_;
  std::map<store::PlanId, Entry> entries_;
  std::size_t clock_ = 0;
};

}  // namespace helhed::web::internal
