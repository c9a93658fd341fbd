// SPDX-License-Identifier: Apache-2.0
// The checksum helhed writes into provenance (register stores, measurements,
// § 61 a results): SHA-256 through OpenSSL, written "sha256:<64 hex digits>",
// so anyone can check it with `sha256sum` (or `cat a.csv b.csv | sha256sum`
// for an input of several files). OpenSSL uses the CPU's SHA extensions
// where it has them: ~1.7 GB/s on the benchmark VM, where libsodium's
// BLAKE2b (used before) managed ~0.5 GB/s and was a third of the register
// ingest's reading thread.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "helhed/base/statusor.h"

struct evp_md_ctx_st;

namespace helhed {

inline constexpr std::string_view kChecksumPrefix = "sha256:";

// A running SHA-256 over bytes given in pieces. Move-only.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(Sha256&& other) noexcept;
  Sha256& operator=(Sha256&& other) = delete;
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void Update(const void* data, size_t bytes);
  // "sha256:<hex>" of everything given; the hash is done after this.
  std::string Finish();

 private:
  evp_md_ctx_st* context_;
};

// "sha256:<hex>" of a file's bytes. kNotFound (Danish) if it cannot be read.
StatusOr<std::string> FileChecksum(const std::filesystem::path& path);

}  // namespace helhed
