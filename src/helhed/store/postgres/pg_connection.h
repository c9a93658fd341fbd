// SPDX-License-Identifier: Apache-2.0
// The PostgreSQL adapter: a libpq connection implementing SqlConnection, with
// parameterised queries only. The only place that includes libpq-fe.h.
#pragma once

#include <memory>
#include <string>

#include "helhed/base/statusor.h"
#include "helhed/store/internal/sql_connection.h"

namespace helhed::store::postgres {

// Connects to `url` (postgresql://user:pass@host:port/db?...). kUnavailable
// with the server's reason when it cannot connect.
StatusOr<std::unique_ptr<internal::SqlConnection>> OpenPgConnection(const std::string& url);

// `url` with the password replaced by "***", for messages and logs.
std::string MaskPassword(const std::string& url);

}  // namespace helhed::store::postgres
