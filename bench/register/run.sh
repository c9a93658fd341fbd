#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Register engine benchmark (issue 4), one run on the same files:
#   helhed ingest + compute, helhed compute alone (from the columnar store),
#   DuckDB (@duckdb/node-api, SQL over the CSV), SQLite (sqlite3 import + SQL),
#   pandas (Debian python3-pandas), and a plain memory-read loop over the
#   store's columns. Wall time and peak memory from /usr/bin/time -v.
# Usage: bench/register/run.sh PERSONS YEARS [OUT_DIR]   e.g. 6000000 2024-2025
# Needs: a built build/helhed (HELHED=path to override), `npm install` in
# bench/, python3-pandas, sqlite3, time, g++.
set -euo pipefail
cd "$(dirname "$0")/../.."
PERSONS="$1"; YEARS="$2"; OUT="${3:-bench/out/register-$PERSONS-$YEARS}"
HELHED="${HELHED:-build/helhed}"
mkdir -p "$OUT"
csv="$OUT/register.csv"; store="$OUT/store"; select="$OUT/select.sql"
results="$OUT/results.tsv"
: > "$results"

measure() {  # name command...
  local name="$1"; shift
  /usr/bin/time -v -o "$OUT/$name.time" "$@" > "$OUT/$name.out" 2>&1
  local wall rss
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$OUT/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$OUT/$name.time")
  printf '%s\t%s\t%s\n' "$name" "$wall" "$rss" | tee -a "$results"
}

[ -f "$csv" ] || "$HELHED" synth --persons "$PERSONS" --years "$YEARS" --seed 1 --out "$csv"
python3 bench/register/gen_sql.py data/indicators/indicators.json > "$select"
g++ -O2 -std=c++20 -o "$OUT/memread" bench/register/memread.cc

rm -rf "$store" "$OUT/out.csv"
measure helhed_ingest "$HELHED" register ingest "$csv" --out "$store"
measure helhed_compute "$HELHED" compute --register "$store" --out "$OUT/out.csv"
measure duckdb node bench/register/duckdb_bench.mjs "$csv" "$select"
measure sqlite bash bench/register/sqlite_bench.sh "$csv" "$select" "$OUT/bench.db"
measure pandas /usr/bin/python3 bench/register/pandas_bench.py "$csv" data/indicators/indicators.json
"$OUT/memread" "$store" | tee "$OUT/memread.out"
grep Tællepas "$OUT/helhed_compute.out" | tee -a "$results"
du -sb "$store" | tee -a "$results"
echo "results in $results"
