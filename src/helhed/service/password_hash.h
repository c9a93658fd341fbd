// SPDX-License-Identifier: Apache-2.0
// Password hashing with Argon2id (libsodium crypto_pwhash_str): the only way
// helhed turns a password into what the store keeps in users.password_hash.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "helhed/base/statusor.h"

namespace helhed::service {

// Argon2id work factors. Interactive() is libsodium's recommendation for
// logins (2 passes, 64 MiB); Minimum() exists for tests, where hundreds of
// hashes would otherwise take minutes. Both are real Argon2id.
struct PasswordCost {
  unsigned long long opslimit;
  std::size_t memlimit;
  static PasswordCost Interactive();
  static PasswordCost Minimum();
};

// The encoded hash ("$argon2id$v=19$m=...") with a fresh random salt.
// kInvalidArgument for an empty password; kResourceExhausted when the
// memory for the hash cannot be had.
StatusOr<std::string> HashPassword(std::string_view password, const PasswordCost& cost);

// True when `password` matches `encoded_hash`; false for a wrong password or
// a hash that is not an Argon2 hash. Takes the hash's own cost.
bool VerifyPassword(std::string_view encoded_hash, std::string_view password);

}  // namespace helhed::service
