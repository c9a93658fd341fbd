// SPDX-License-Identifier: Apache-2.0
// See test_register.h.
#include "helhed/indicators/test_register.h"

#include <cstdlib>
#include <iostream>

#include "helhed/register/csv_reader.h"

namespace helhed::indicators::testing_internal {
namespace {

template <typename T>
T OrDie(StatusOr<T> value) {
  if (!value.ok()) {
    std::cerr << value.status() << "\n";
    std::abort();
  }
  return std::move(value).value();
}

}  // namespace

register_::ColumnStore StoreFromRows(const std::filesystem::path& dir, const std::vector<register_::PersonYear>& rows) {
  register_::ColumnStoreBuilder builder;
  builder.Add(rows);
  if (const Status s = builder.Write(dir / "store", "test"); !s.ok()) {
    std::cerr << s << "\n";
    std::abort();
  }
  return OrDie(register_::ColumnStore::Open(dir / "store"));
}

register_::ColumnStore StoreFromCsv(const std::filesystem::path& dir, const std::filesystem::path& csv) {
  register_::ColumnStoreBuilder builder;
  const auto report = OrDie(register_::ReadRegisterCsv({csv}, [&](std::span<const register_::PersonYear> rows) { builder.Add(rows); }));
  if (report.rows_bad != 0) std::abort();
  if (const Status s = builder.Write(dir / "store", report.checksum); !s.ok()) std::abort();
  return OrDie(register_::ColumnStore::Open(dir / "store"));
}

}  // namespace helhed::indicators::testing_internal
