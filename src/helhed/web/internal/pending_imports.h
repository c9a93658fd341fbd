// SPDX-License-Identifier: Apache-2.0
// Internal: uploaded plan documents waiting for review. Between the upload
// and "Gem som ny plan" the bytes stay on the server under a random id tied
// to the uploading session; the save imports them again, so nothing the
// browser sends back is trusted except the id. Entries expire and the table
// is bounded, so abandoned uploads cannot fill memory.
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "helhed/base/statusor.h"
#include "helhed/store/clock.h"

namespace helhed::web::internal {

struct PendingImport {
  std::string session_token_hash;  // the session that uploaded it
  std::string file_name;
  std::string bytes;
  store::Timestamp expires{};
};

class PendingImports {
 public:
  // How long a review may take before the upload must be repeated.
  static constexpr std::chrono::minutes kLifetime{30};
  // At most this many uploads wait at once (the oldest is dropped first).
  static constexpr std::size_t kMaxEntries = 8;

  // Keeps the upload; returns its id (32 hex digits from libsodium).
  StatusOr<std::string> Add(PendingImport pending, store::Timestamp now);
  // The upload `id` of this session, if it has not expired.
  std::optional<PendingImport> Get(std::string_view id, std::string_view session_token_hash,
                                   store::Timestamp now);
  void Remove(std::string_view id);

 private:
  void DropExpired(store::Timestamp now);

  std::mutex mu_;
  std::map<std::string, PendingImport, std::less<>> entries_;
};

}  // namespace helhed::web::internal
