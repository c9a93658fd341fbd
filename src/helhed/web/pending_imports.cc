// SPDX-License-Identifier: Apache-2.0
// PendingImports (internal/pending_imports.h): the uploads awaiting review.
#include "helhed/web/internal/pending_imports.h"

#include <sodium.h>

#include <algorithm>

namespace helhed::web::internal {

StatusOr<std::string> PendingImports::Add(PendingImport pending, store::Timestamp now) {
  if (sodium_init() < 0) return InternalError("libsodium kunne ikke startes (ingen kilde til tilfældige tal)");
  unsigned char raw[16];
  randombytes_buf(raw, sizeof raw);
  char hex[sizeof raw * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
  std::string id(hex);

  std::lock_guard lock(mu_);
  DropExpired(now);
  while (entries_.size() >= kMaxEntries) {
    auto oldest = std::min_element(entries_.begin(), entries_.end(), [](const auto& a, const auto& b) {
      return a.second.expires < b.second.expires;
    });
    entries_.erase(oldest);
  }
  pending.expires = now + kLifetime;
  entries_.emplace(id, std::move(pending));
  return id;
}

std::optional<PendingImport> PendingImports::Get(std::string_view id, std::string_view session_token_hash,
                                                 store::Timestamp now) {
  std::lock_guard lock(mu_);
  DropExpired(now);
  auto it = entries_.find(id);
  if (it == entries_.end() || it->second.session_token_hash != session_token_hash) return std::nullopt;
  return it->second;
}

void PendingImports::Remove(std::string_view id) {
  std::lock_guard lock(mu_);
  auto it = entries_.find(id);
  if (it != entries_.end()) entries_.erase(it);
}

void PendingImports::DropExpired(store::Timestamp now) {
  std::erase_if(entries_, [now](const auto& entry) { return entry.second.expires <= now; });
}

}  // namespace helhed::web::internal
