#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
# pandas peer (Debian python3-pandas): read the CSV, evaluate every
# indicator's population and numerator as boolean columns, sum per cell,
# then roll up to kommune, region and land.
import json
import sys

import pandas as pd

csv, indicators = sys.argv[1], sys.argv[2]
df = pd.read_csv(csv, dtype={"afdeling": "string", "kommune": "string"}, keep_default_na=False, na_values={"in_daycare": [""], "grade_9": [""], "voted": [""]})
df["afdeling"] = df["afdeling"].fillna("")


def cond(c):
    mask = pd.Series(True, index=df.index)
    for key, value in c.items():
        if key == "age":
            mask &= df["age"].between(value[0], value[1])
        elif key in ("sex", "origin", "education"):
            mask &= df[key].isin(value)
        elif value == "present":
            mask &= df[key].notna()
        else:
            mask &= df[key] == value
    return mask


cols = {}
for d in json.load(open(indicators))["indicators"]:
    pop = cond(d["population"])
    cols[d["id"] + "_den"] = pop.astype("int64")
    if d["kind"] == "share":
        cols[d["id"] + "_num"] = (pop & cond(d["numerator"])).astype("int64")
    if d["kind"] == "mean":
        cols[d["id"] + "_sum"] = df[d["value"]].where(pop, 0).fillna(0)
counters = pd.DataFrame(cols)
for key in ("year", "afdeling", "kommune", "region"):
    counters[key] = df[key]
cells = counters.groupby(["year", "afdeling", "kommune", "region"], sort=False).sum()
kommune = cells.groupby(["year", "kommune"]).sum()
region = cells.groupby(["year", "region"]).sum()
land = cells.groupby(["year"]).sum()
print("pandas rows:", len(cells) + len(kommune) + len(region) + len(land))
