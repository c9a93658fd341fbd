// SPDX-License-Identifier: Apache-2.0
// Sliding-window counting of failed logins.
#include "helhed/service/login_throttle.h"

#include <string>
#include <utility>

namespace helhed::service {

LoginThrottle::LoginThrottle(std::shared_ptr<store::Clock> clock, ThrottleLimits limits)
    : clock_(std::move(clock)), limits_(limits) {}

void LoginThrottle::Prune(Failures& failures, store::Timestamp now) const {
  while (!failures.empty() && failures.front() + limits_.window <= now) failures.pop_front();
}

Status LoginThrottle::Refuse(const Failures& failures, store::Timestamp now) const {
  const auto wait = failures.front() + limits_.window - now;
  const long long minutes = std::max<long long>(1, (wait.count() + 59) / 60);
  return ResourceExhaustedError("for mange mislykkede loginforsøg; prøv igen om " + std::to_string(minutes) +
                                (minutes == 1 ? " minut" : " minutter"));
}

Status LoginThrottle::Check(std::string_view login, std::string_view address) {
  const store::Timestamp now = clock_->Now();
  std::lock_guard lock(mu_);
  if (auto it = by_account_.find(login); it != by_account_.end()) {
    Prune(it->second, now);
    if (static_cast<int>(it->second.size()) >= limits_.max_failures_per_account) return Refuse(it->second, now);
  }
  if (auto it = by_address_.find(address); it != by_address_.end()) {
    Prune(it->second, now);
    if (static_cast<int>(it->second.size()) >= limits_.max_failures_per_address) return Refuse(it->second, now);
  }
  return OkStatus();
}

void LoginThrottle::RecordFailure(std::string_view login, std::string_view address) {
  const store::Timestamp now = clock_->Now();
  std::lock_guard lock(mu_);
  by_account_[std::string(login)].push_back(now);
  by_address_[std::string(address)].push_back(now);
}

void LoginThrottle::RecordSuccess(std::string_view login) {
  std::lock_guard lock(mu_);
  if (auto it = by_account_.find(login); it != by_account_.end()) by_account_.erase(it);
}

}  // namespace helhed::service
