#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# SQLite peer: import the CSV with the sqlite3 shell, then the same counters
# per cell, rolled up to kommune, region and land.
set -euo pipefail
csv="$1"; select_file="$2"; db="$3"
rm -f "$db"
select="$(cat "$select_file")"
sqlite3 "$db" <<SQL
CREATE TABLE p(year INT, person_id TEXT, afdeling TEXT, kommune TEXT, region INT, age INT, sex TEXT, origin TEXT,
  education TEXT, in_education INT, employed INT, gross_income INT, taxable INT, charged INT, convicted INT,
  in_daycare INT, grade_9 REAL, voted INT);
.mode csv
.import --skip 1 $csv p
UPDATE p SET in_daycare = NULLIF(in_daycare, ''), grade_9 = NULLIF(grade_9, ''), voted = NULLIF(voted, '');
CREATE TEMP TABLE cells AS SELECT year, afdeling, kommune, region, $select FROM p GROUP BY year, afdeling, kommune, region;
SELECT COUNT(*) FROM cells;
SQL
