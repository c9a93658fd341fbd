#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Sets up everything a fresh Debian 12 machine lacks, builds helhed and runs
# every test: unit, integration, the store contract suite against a private
# PostgreSQL cluster, and the slow suites. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh "$@"
BUILD_DIR="${HELHED_BUILD_DIR:-build}"

# Browser tests: playwright-core from npm drives Debian's chromium.
npm ci --prefix tests/browser --no-audit --no-fund --loglevel=error

# The store contract suite must run against PostgreSQL too: start a private
# cluster on a loopback port in a temporary directory, stop it on exit.
export HELHED_PG_STATE
HELHED_PG_STATE="$(mktemp -u "${TMPDIR:-/tmp}/helhed-pg-state.XXXXXX")"
trap 'bash scripts/pg-test-cluster.sh stop || true' EXIT
HELHED_TEST_PG_DSN="$(bash scripts/pg-test-cluster.sh start)"
export HELHED_TEST_PG_DSN HELHED_REQUIRE_PG=1

ctest --test-dir "$BUILD_DIR" --output-on-failure -j "$(nproc)" --timeout 1200
