// SPDX-License-Identifier: Apache-2.0
#include "helhed/base/checksum.h"

#include <openssl/evp.h>

#include <cstdio>
#include <memory>
#include <new>

#include <fmt/format.h>

namespace helhed {

Sha256::Sha256() : context_(EVP_MD_CTX_new()) {
  // Allocation or the digest itself failing leaves nothing sensible to do.
  if (context_ == nullptr || EVP_DigestInit_ex(context_, EVP_sha256(), nullptr) != 1) throw std::bad_alloc();
}

Sha256::~Sha256() { EVP_MD_CTX_free(context_); }

Sha256::Sha256(Sha256&& other) noexcept : context_(other.context_) { other.context_ = nullptr; }

void Sha256::Update(const void* data, size_t bytes) {
  if (bytes > 0) EVP_DigestUpdate(context_, data, bytes);
}

std::string Sha256::Finish() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  EVP_DigestFinal_ex(context_, digest, &size);
  std::string hex(kChecksumPrefix);
  for (unsigned int i = 0; i < size; ++i) hex += fmt::format("{:02x}", digest[i]);
  return hex;
}

StatusOr<std::string> FileChecksum(const std::filesystem::path& path) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!in) return NotFoundError(fmt::format("filen {} findes ikke eller kan ikke læses", path.string()));
  Sha256 hash;
  auto buffer = std::make_unique<char[]>(1 << 20);
  size_t got = 0;
  while ((got = std::fread(buffer.get(), 1, 1 << 20, in.get())) > 0) hash.Update(buffer.get(), got);
  if (std::ferror(in.get())) return UnavailableError(fmt::format("fejl under læsning af {}", path.string()));
  return hash.Finish();
}

}  // namespace helhed
