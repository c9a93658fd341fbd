// SPDX-License-Identifier: Apache-2.0
// OpenStore(): turns a database URL into a Store. `sqlite:PATH` (the default,
// sqlite:helhed.db) is a single file; `postgresql://...` (or `postgres://`) is
// a server reached through libpq.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

#include "helhed/base/statusor.h"
#include "helhed/store/clock.h"
#include "helhed/store/store.h"

namespace helhed::store {

inline constexpr std::string_view kDefaultStoreUrl = "sqlite:helhed.db";

// What OpenStore does with the schema.
enum class SchemaMode {
  // The database must exist and hold the current schema; an older one asks
  // for `helhed db migrate`, an empty one for `helhed db init`.
  kRequireCurrent,
  // Runs pending migrations (`helhed db migrate`); the database must exist.
  kMigrate,
  // Creates the SQLite file if missing, then migrates (`helhed db init`).
  kCreate,
};

struct StoreOptions {
  SchemaMode schema = SchemaMode::kRequireCurrent;
  // How long a writer waits for another process's lock before giving up
  // with kUnavailable.
  std::chrono::milliseconds busy_timeout{5000};
  // Defaults to SystemClock().
  std::shared_ptr<Clock> clock;
};

// The URL to use: `flag` when non-empty, else $HELHED_DB when set and
// non-empty, else kDefaultStoreUrl.
std::string ResolveStoreUrl(std::string_view flag);

// The schema version this build of helhed writes.
int CurrentSchemaVersion();

// Opens the database at `url`. kInvalidArgument for a URL it cannot read;
// kUnavailable when the file or server cannot be reached; kFailedPrecondition
// when the schema is missing, older (without kMigrate) or newer than this
// build knows (never touched then).
StatusOr<std::unique_ptr<Store>> OpenStore(std::string_view url, const StoreOptions& options);
StatusOr<std::unique_ptr<Store>> OpenStore(std::string_view url);

}  // namespace helhed::store
