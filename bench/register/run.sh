#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Register engine benchmark (issue 4), one run on the same files:
#   helhed ingest + compute, helhed compute alone (from the columnar store),
#   DuckDB (@duckdb/node-api, SQL over the CSV), SQLite (sqlite3 import + SQL),
#   pandas (Debian python3-pandas), a plain memory-read loop over the
#   store's columns, and the counting pass alone (count_bench, if built).
#   Wall time, CPU time (user + system, and its share of the wall time) and
#   peak memory from /usr/bin/time -v.
# Usage: bench/register/run.sh PERSONS YEARS [OUT_DIR]   e.g. 6000000 2024-2025
# Needs: a built build/helhed (HELHED=path to override), `npm install` in
# bench/, python3-pandas, sqlite3, time, g++.
# PANDAS_MEM_KB caps pandas' address space (default 8 GB) so that on a shared
# machine running out of memory stops pandas alone; a peer that fails is
# recorded with its exit status instead of ending the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
PERSONS="$1"; YEARS="$2"; OUT="${3:-bench/out/register-$PERSONS-$YEARS}"
HELHED="${HELHED:-build/helhed}"
PANDAS_MEM_KB="${PANDAS_MEM_KB:-8000000}"
mkdir -p "$OUT"
csv="$OUT/register.csv"; store="$OUT/store"; select="$OUT/select.sql"
results="$OUT/results.tsv"
: > "$results"

measure() {  # name command...
  local name="$1"; shift
  local status=0
  /usr/bin/time -v -o "$OUT/$name.time" "$@" > "$OUT/$name.out" 2>&1 || status=$?
  local wall rss cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/{print $2}' "$OUT/$name.time")
  rss=$(awk -F': ' '/Maximum resident set size/{print $2}' "$OUT/$name.time")
  # CPU seconds (user + system) and their share of the wall time: on a shared
  # machine they show whether a program found both cores.
  cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} /Percent of CPU/{p=$2} END{printf "%.2f\t%s", u+s, p}' "$OUT/$name.time")
  printf '%s\t%s\t%s\tcpu=%s\texit=%s\tload=%s\n' "$name" "$wall" "$rss" "$cpu" "$status" "$(cut -d' ' -f1-3 /proc/loadavg)" |
    tee -a "$results"
}

[ -f "$csv" ] || "$HELHED" synth --persons "$PERSONS" --years "$YEARS" --seed 1 --out "$csv"
python3 bench/register/gen_sql.py data/indicators/indicators.json > "$select"
g++ -O2 -std=c++20 -o "$OUT/memread" bench/register/memread.cc

rm -rf "$store" "$OUT/out.csv"
measure helhed_ingest "$HELHED" register ingest "$csv" --out "$store"
measure helhed_compute "$HELHED" compute --register "$store" --out "$OUT/out.csv"
measure duckdb node bench/register/duckdb_bench.mjs "$csv" "$select"
measure sqlite bash bench/register/sqlite_bench.sh "$csv" "$select" "$OUT/bench.db"
measure pandas bash -c 'ulimit -v "$0"; exec /usr/bin/python3 "$@"' "$PANDAS_MEM_KB" \
  bench/register/pandas_bench.py "$csv" data/indicators/indicators.json
"$OUT/memread" "$store" | tee "$OUT/memread.out"
# The counting pass alone, best of 5 in one process, wall and CPU time
# (build it with `cmake --build build --target count_bench`).
COUNT_BENCH="${COUNT_BENCH:-build/bench/register/count_bench}"
if [ -x "$COUNT_BENCH" ]; then "$COUNT_BENCH" "$store" | tee "$OUT/count_bench.out"; fi
grep Tællepas "$OUT/helhed_compute.out" | tee -a "$results" || true  # absent if compute failed
du -sb "$store" | tee -a "$results"
echo "results in $results"
