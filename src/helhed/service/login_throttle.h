// SPDX-License-Identifier: Apache-2.0
// LoginThrottle: counts failed logins per account and per client address in a
// sliding window and refuses further attempts once a limit is reached. Kept in
// memory of one process; see docs/deployment.md for several processes.
#pragma once

#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "helhed/base/status.h"
#include "helhed/store/clock.h"

namespace helhed::service {

struct ThrottleLimits {
  int max_failures_per_account = 5;
  int max_failures_per_address = 20;
  std::chrono::seconds window{15 * 60};
};

// Thread-safe.
class LoginThrottle {
 public:
  LoginThrottle(std::shared_ptr<store::Clock> clock, ThrottleLimits limits);

  // OK when another attempt is allowed; kResourceExhausted with a Danish
  // message saying how many minutes to wait otherwise.
  Status Check(std::string_view login, std::string_view address);
  void RecordFailure(std::string_view login, std::string_view address);
  // A successful login clears the account's failures (not the address's).
  void RecordSuccess(std::string_view login);

 private:
  using Failures = std::deque<store::Timestamp>;
  void Prune(Failures& failures, store::Timestamp now) const;
  Status Refuse(const Failures& failures, store::Timestamp now) const;

  std::shared_ptr<store::Clock> clock_;
  ThrottleLimits limits_;
  std::mutex mu_;
  std::map<std::string, Failures, std::less<>> by_account_;
  std::map<std::string, Failures, std::less<>> by_address_;
};

}  // namespace helhed::service
