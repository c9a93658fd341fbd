#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The main job: set up, build, and check the bundled Fredericia plan against
# the rules of its grant frame. `helhed check` exits 1 when it finds errors in
# the plan, which is the expected outcome for this real document.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/build.sh
echo
echo "== helhed check examples/fredericia-2023.json =="
status=0
./build/helhed check examples/fredericia-2023.json || status=$?
if [ "$status" -gt 1 ]; then
  echo "helhed check kunne ikke læse planen (exit $status)" >&2
  exit "$status"
fi
echo
echo "Planen er tjekket (exit $status: 0 = ingen fejl, 1 = fejl fundet i planen)."
