#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Sets up everything a fresh Debian 12 machine lacks, builds helhed and runs
# every test: unit, integration, the store contract suite against a private
# PostgreSQL cluster, and the slow suites. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh "$@"
BUILD_DIR="${HELHED_BUILD_DIR:-build}"

# The store contract suite must run against PostgreSQL too: start a private
# cluster on a loopback port in a temporary directory, stop it on exit.
PG_ENV="$(mktemp)"
cleanup() {
  bash scripts/pg-test-cluster.sh stop "$PG_ENV" || true
  rm -f "$PG_ENV"
}
trap cleanup EXIT
bash scripts/pg-test-cluster.sh start "$PG_ENV"
# shellcheck disable=SC1090
source "$PG_ENV"
export HELHED_TEST_PG_DSN HELHED_REQUIRE_PG=1

ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" --timeout 1200
