#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# A private, throw-away PostgreSQL cluster for the store contract tests.
#   scripts/pg-test-cluster.sh start   -> prints the DSN on stdout, e.g.
#                                         postgresql://helhed@127.0.0.1:41234/postgres
#   scripts/pg-test-cluster.sh stop    -> stops it and deletes its directory
# Uses Debian's /usr/lib/postgresql/<version>/bin (package `postgresql`). The
# cluster lives in a temporary directory, listens on a free loopback port only,
# trusts local connections and has fsync off: for tests, never for data.
# initdb refuses to run as root, so as root the server runs as the `postgres`
# user (or $HELHED_PG_USER). The state file ($HELHED_PG_STATE, default
# $TMPDIR/helhed-pg-test-cluster.state) says which cluster `stop` stops; give
# each concurrent run its own HELHED_PG_STATE.
set -euo pipefail

STATE_FILE="${HELHED_PG_STATE:-${TMPDIR:-/tmp}/helhed-pg-test-cluster.state}"

find_bindir() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  echo "fejl: PostgreSQL-serverprogrammerne (initdb, pg_ctl) findes ikke under /usr/lib/postgresql;" \
       "installer Debian-pakken postgresql (scripts/install-deps.sh)" >&2
  return 1
}

# Runs a command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$OWNER" -- "$@"
  else
    "$@"
  fi
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( (RANDOM % 30000) + 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "fejl: fandt ingen ledig port på 127.0.0.1" >&2
  return 1
}

start() {
  if [ -f "$STATE_FILE" ]; then
    # A state file whose server is gone is left over from a killed run.
    if [ -f "$(sed -n 1p "$STATE_FILE")/data/postmaster.pid" ]; then
      echo "fejl: en testklynge kører allerede ($STATE_FILE); stop den med '$0 stop'," \
           "eller sæt HELHED_PG_STATE til en anden fil for at køre to" >&2
      exit 1
    fi
    rm -rf "$(sed -n 1p "$STATE_FILE")"
    rm -f "$STATE_FILE"
  fi
  local bindir dir port
  bindir=$(find_bindir)
  OWNER="$(id -un)"
  if [ "$(id -u)" -eq 0 ]; then
    OWNER="${HELHED_PG_USER:-postgres}"
    if ! id "$OWNER" >/dev/null 2>&1; then
      echo "fejl: brugeren $OWNER findes ikke; initdb kan ikke køre som root" >&2
      exit 1
    fi
  fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/helhed-pg.XXXXXX")
  chmod 0755 "$dir"
  [ "$(id -u)" -eq 0 ] && chown "$OWNER" "$dir"
  as_owner "$bindir/initdb" -D "$dir/data" -U helhed --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
  port=$(free_port)
  if ! as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >"$dir/pg_ctl.log" 2>&1; then
    cat "$dir/pg_ctl.log" "$dir/server.log" >&2 || true
    rm -rf "$dir"
    exit 1
  fi
  printf '%s\n%s\n%s\n%s\n' "$dir" "$bindir" "$OWNER" "$port" >"$STATE_FILE"
  echo "postgresql://helhed@127.0.0.1:$port/postgres"
}

stop() {
  local dir bindir
  if [ ! -f "$STATE_FILE" ]; then
    echo "ingen testklynge kører ($STATE_FILE findes ikke)" >&2
    return 0
  fi
  dir=$(sed -n 1p "$STATE_FILE")
  bindir=$(sed -n 2p "$STATE_FILE")
  OWNER=$(sed -n 3p "$STATE_FILE")
  as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
  rm -f "$STATE_FILE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "brug: $0 start|stop" >&2; exit 2 ;;
esac
