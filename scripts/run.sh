#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The main job: set up and build, check the bundled Fredericia plan against
# the rules of its grant frame, then serve the web application with demo data
# (the Fredericia plan and one user per role) until Ctrl+C.
# HELHED_LISTEN (default 127.0.0.1:8080) and HELHED_DEMO_DB (default
# sqlite:demo.db) change where it listens and which database it fills.
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

LISTEN="${HELHED_LISTEN:-127.0.0.1:8080}"
DB="${HELHED_DEMO_DB:-sqlite:demo.db}"
cat <<TXT

== helhed serve --demo ==
Åbn http://${LISTEN}/ og log ind som en af demo-brugerne
(adgangskoden er "demo-" efterfulgt af brugernavnet):
  admin        demo-admin        administrator
  sekretariat  demo-sekretariat  sekretariat: redigerer delmål
  bestyrelse   demo-bestyrelse   bestyrelse: læser, registrerer beslutninger
  partner      demo-partner      partner: læser
  lbf          demo-lbf          Landsbyggefonden: godkender
Stop serveren med Ctrl+C.
TXT
exec ./build/helhed serve --demo --db "$DB" --listen "$LISTEN"
