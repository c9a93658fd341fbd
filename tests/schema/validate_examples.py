#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Validates plan files against data/schema/plan-1.schema.json with Debian's
# python3-jsonschema (draft 2020-12). Files are given as paths or
# directories (searched recursively for *.json; JSON that is not a
# helhed/plan@1 document, such as list inputs, is skipped). With --writer,
# each plan is first passed through that program (the C++ codec) and its
# output is validated instead. Exit 0 when every plan is valid, 1 otherwise.
import argparse
import copy
import json
import pathlib
import subprocess
import sys

import jsonschema

FORMAT_ID = "helhed/plan@1"


def plan_files(paths):
    for path in paths:
        path = pathlib.Path(path)
        if path.is_dir():
            yield from sorted(path.rglob("*.json"))
        elif path.exists():
            yield path


def self_check(validator):
    """The schema must refuse what the codec refuses; otherwise this test
    could pass on an empty schema."""
    base = {"format": FORMAT_ID, "name": "P", "grant_frame": "2019-26"}
    bad_cases = {
        "dato 30/12/2026": dict(base, period={"end": "30/12/2026"}),
        "ukendt nøgle": dict(base, parteis=[]),
        "forkert format": dict(base, format="helhed/plan@2"),
        "value og status": dict(base, sub_agreements=[{"focus_area": "B", "staff": [
            {"function": "F", "amount": {"unit": "fte", "value": 1, "status": "pending"}}]}]),
        "ukendt enhed": dict(base, overall_goals=[{"text": "M", "indicators": [
            {"name": "I", "unit": "procent"}]}]),
        "tom grant_frame": dict(base, grant_frame=""),
    }
    failures = []
    if list(validator.iter_errors(base)):
        failures.append("schemaet afviser den mindste gyldige plan")
    for name, document in bad_cases.items():
        if not list(validator.iter_errors(copy.deepcopy(document))):
            failures.append(f"schemaet accepterer en ugyldig plan ({name})")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--schema", required=True)
    parser.add_argument("--writer", help="program that prints a plan file in canonical form")
    parser.add_argument("--min-plans", type=int, default=1)
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()

    schema = json.loads(pathlib.Path(args.schema).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

    failures = self_check(validator)
    plans = 0
    for path in plan_files(args.paths):
        text = path.read_text(encoding="utf-8")
        try:
            document = json.loads(text)
        except json.JSONDecodeError as error:
            failures.append(f"{path}: ikke gyldig JSON: {error}")
            continue
        if not isinstance(document, dict) or document.get("format") != FORMAT_ID:
            continue
        plans += 1
        if args.writer:
            run = subprocess.run([args.writer, str(path)], capture_output=True, text=True)
            if run.returncode != 0:
                failures.append(f"{path}: {args.writer} fejlede: {run.stderr.strip()}")
                continue
            document = json.loads(run.stdout)
        for error in validator.iter_errors(document):
            pointer = "".join(f"/{part}" for part in error.absolute_path)
            failures.append(f"{path}: {pointer or '/'}: {error.message}")
        print(f"ok: {path}")

    if plans < args.min_plans:
        failures.append(f"kun {plans} planfiler fundet; forventede mindst {args.min_plans}")
    for failure in failures:
        print(failure, file=sys.stderr)
    print(f"{plans} planfiler valideret, {len(failures)} fejl")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
