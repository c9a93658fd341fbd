// SPDX-License-Identifier: Apache-2.0
// Argon2id through libsodium.
#include "helhed/service/password_hash.h"

#include <sodium.h>

#include <string>

#include "helhed/base/status.h"

namespace helhed::service {
namespace {

bool SodiumReady() {
  // sodium_init is idempotent and thread-safe; -1 means no entropy source.
  static const bool ready = sodium_init() >= 0;
  return ready;
}

}  // namespace

PasswordCost PasswordCost::Interactive() {
  return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordCost PasswordCost::Minimum() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

StatusOr<std::string> HashPassword(std::string_view password, const PasswordCost& cost) {
  if (password.empty()) return InvalidArgumentError("adgangskoden må ikke være tom");
  if (!SodiumReady()) return InternalError("libsodium kunne ikke startes (ingen kilde til tilfældige tal)");
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), cost.opslimit, cost.memlimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return ResourceExhaustedError("der er ikke hukommelse nok til at beregne adgangskodens hash");
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view encoded_hash, std::string_view password) {
  if (!SodiumReady()) return false;
  // crypto_pwhash_str_verify needs a NUL-terminated hash.
  const std::string hash(encoded_hash);
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace helhed::service
