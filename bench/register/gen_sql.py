#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Turns data/indicators/indicators.json into the SQL select list (DuckDB and
# SQLite) and pandas conditions the benchmark peers use, so every peer does
# the same work as `helhed compute`: all indicators, per cell, then rolled up.
import json
import sys

FLAG = {"in_education", "employed", "taxable", "charged", "convicted"}


def condition(cond):
    parts = []
    for key, value in cond.items():
        if key == "age":
            parts.append(f"age BETWEEN {value[0]} AND {value[1]}")
        elif key in ("sex", "origin", "education"):
            parts.append(f"{key} IN ({', '.join(repr(v) for v in value)})")
        elif value == "present":
            parts.append(f"{key} IS NOT NULL")
        else:
            parts.append(f"{key} = {value}")
    return " AND ".join(parts) if parts else "TRUE"


def main():
    defs = json.load(open(sys.argv[1]))["indicators"]
    cols = []
    for d in defs:
        pop = condition(d["population"])
        if d["kind"] == "share":
            num = condition(d["numerator"])
            cols.append(f"SUM(CASE WHEN {pop} AND {num} THEN 1 ELSE 0 END) AS \"{d['id']}_num\"")
        cols.append(f"SUM(CASE WHEN {pop} THEN 1 ELSE 0 END) AS \"{d['id']}_den\"")
        if d["kind"] == "mean":
            cols.append(f"SUM(CASE WHEN {pop} THEN {d['value']} ELSE 0 END) AS \"{d['id']}_sum\"")
    print(",\n".join(cols))


if __name__ == "__main__":
    main()
