// SPDX-License-Identifier: Apache-2.0
// SessionService: logging in and out and finding who a session token belongs
// to. Tokens are 256 random bits; the store keeps only their BLAKE2b hash, so
// a leaked database does not give working sessions. Every login, failed or
// not, and every logout goes to the audit log.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

#include "helhed/base/status.h"
#include "helhed/base/statusor.h"
#include "helhed/service/login_throttle.h"
#include "helhed/store/clock.h"
#include "helhed/store/store.h"

namespace helhed::service {

struct SessionOptions {
  // A session ends this long after login.
  std::chrono::seconds lifetime{8 * 60 * 60};
  ThrottleLimits throttle;
};

// A logged-in user as one request sees it.
struct ActiveSession {
  std::string login;
  std::string display_name;
  std::string token_hash;
  // The synchroniser token every form of this session must carry
  // (a keyed hash of the session token, never stored).
  std::string csrf_token;
};

struct NewSession {
  std::string token;  // goes into the cookie; shown nowhere else
  ActiveSession session;
  store::Timestamp expires{};
};

// Thread-safe as long as each caller passes its own Store.
class SessionService {
 public:
  SessionService(std::shared_ptr<store::Clock> clock, SessionOptions options);

  // Checks the password and opens a session. kUnauthenticated ("forkert
  // brugernavn eller adgangskode", the same for an unknown user) or
  // kResourceExhausted when throttled; store errors as they come.
  StatusOr<NewSession> Login(store::Store& store, std::string_view login, std::string_view password,
                             std::string_view client_address);

  // kUnauthenticated when the token is unknown or its session has expired.
  StatusOr<ActiveSession> Resolve(store::Store& store, std::string_view token);

  // Ends the session (idempotent) and logs it.
  Status Logout(store::Store& store, const ActiveSession& session);

  // True when `submitted` is the CSRF token of `session` (constant time).
  static bool CsrfMatches(const ActiveSession& session, std::string_view submitted);

 private:
  std::shared_ptr<store::Clock> clock_;
  SessionOptions options_;
  LoginThrottle throttle_;
};

// Hex BLAKE2b-256 of a session token: the store's key for the session.
std::string SessionTokenHash(std::string_view token);

}  // namespace helhed::service
