// SPDX-License-Identifier: Apache-2.0
// Sessions: random tokens, hashed keys, derived CSRF tokens, audit entries.
#include "helhed/service/session_service.h"

#include <sodium.h>

#include <array>
#include <utility>

#include "helhed/base/status_macros.h"
#include "helhed/service/password_hash.h"

namespace helhed::service {
namespace {

constexpr std::size_t kTokenBytes = 32;

std::string Hex(const unsigned char* bytes, std::size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, size);
  out.pop_back();
  return out;
}

// The CSRF token is a keyed hash of the session token: bound to the session,
// unguessable without the cookie, and nothing extra to store.
std::string CsrfFor(std::string_view token) {
  std::array<unsigned char, 32> out{};
  constexpr std::string_view kPurpose = "helhed-csrf-v1";
  crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(kPurpose.data()),
                     kPurpose.size(), reinterpret_cast<const unsigned char*>(token.data()), token.size());
  return Hex(out.data(), out.size());
}

Status Audit(store::Store& store, std::string_view user, std::string_view action, std::string_view detail) {
  store::AuditEntry entry;
  entry.user = std::string(user);
  entry.action = std::string(action);
  entry.object = "user/" + std::string(user);
  entry.detail = std::string(detail);
  return store.AppendAudit(entry);
}

}  // namespace

std::string SessionTokenHash(std::string_view token) {
  std::array<unsigned char, 32> out{};
  crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(token.data()), token.size(),
                     nullptr, 0);
  return Hex(out.data(), out.size());
}

SessionService::SessionService(std::shared_ptr<store::Clock> clock, SessionOptions options)
    : clock_(clock), options_(options), throttle_(clock, options.throttle) {}

StatusOr<NewSession> SessionService::Login(store::Store& store, std::string_view login, std::string_view password,
                                           std::string_view client_address) {
  if (sodium_init() < 0) return InternalError("libsodium kunne ikke startes (ingen kilde til tilfældige tal)");
  const std::string address_detail = "adresse " + std::string(client_address);
  if (Status throttled = throttle_.Check(login, client_address); !throttled.ok()) {
    HELHED_RETURN_IF_ERROR(Audit(store, login, "login.throttled", address_detail));
    return throttled;
  }
  StatusOr<store::User> user = store.GetUser(login);
  if (!user.ok() && user.status().code() != StatusCode::kNotFound) return user.status();
  // An unknown user costs the same hash work, so timing does not tell which logins exist.
  static const std::string kDummyHash = [] {
    StatusOr<std::string> hash = HashPassword("helhed-dummy", PasswordCost::Interactive());
    return hash.ok() ? *hash : std::string();
  }();
  const bool verified = user.ok() ? VerifyPassword(user->password_hash, password)
                                  : (VerifyPassword(kDummyHash, password), false);
  if (!verified) {
    throttle_.RecordFailure(login, client_address);
    HELHED_RETURN_IF_ERROR(Audit(store, login, "login.failure", address_detail));
    return UnauthenticatedError("forkert brugernavn eller adgangskode");
  }
  throttle_.RecordSuccess(login);

  std::array<unsigned char, kTokenBytes> raw{};
  randombytes_buf(raw.data(), raw.size());
  NewSession result;
  result.token = Hex(raw.data(), raw.size());
  result.expires = clock_->Now() + options_.lifetime;
  store::Session row{SessionTokenHash(result.token), user->login, result.expires, user->display_name};
  HELHED_RETURN_IF_ERROR(store.CreateSession(row));
  HELHED_RETURN_IF_ERROR(Audit(store, user->login, "login.success", address_detail));
  result.session = {user->login, user->display_name, row.token_hash, CsrfFor(result.token)};
  return result;
}

StatusOr<ActiveSession> SessionService::Resolve(store::Store& store, std::string_view token) {
  if (token.size() != kTokenBytes * 2) return UnauthenticatedError("sessionen er ukendt eller udløbet");
  const std::string hash = SessionTokenHash(token);
  StatusOr<store::Session> session = store.GetSession(hash);
  if (!session.ok()) {
    if (session.status().code() == StatusCode::kNotFound) {
      return UnauthenticatedError("sessionen er ukendt eller udløbet");
    }
    return session.status();
  }
  // GetSession brings the user's name along: one query per request.
  return ActiveSession{session->login, session->display_name, hash, CsrfFor(token)};
}

Status SessionService::Logout(store::Store& store, const ActiveSession& session) {
  HELHED_RETURN_IF_ERROR(store.DeleteSession(session.token_hash));
  return Audit(store, session.login, "logout", "");
}

bool SessionService::CsrfMatches(const ActiveSession& session, std::string_view submitted) {
  if (submitted.size() != session.csrf_token.size()) return false;
  return sodium_memcmp(submitted.data(), session.csrf_token.data(), submitted.size()) == 0;
}

}  // namespace helhed::service
