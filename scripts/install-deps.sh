#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs every Debian 12 package helhed needs to build, test and run.
# Idempotent: packages already present are skipped by apt-get.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

PACKAGES=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libfmt-dev nlohmann-json3-dev libcli11-dev
  libpugixml-dev libzip-dev
  libsqlite3-dev sqlite3
  libpq-dev postgresql postgresql-client
  libxlsxwriter-dev libcpp-httplib-dev libssl-dev zlib1g-dev libbrotli-dev
  libsodium-dev
  libgtest-dev libgmock-dev
  clang libclang-rt-14-dev pandoc
  chromium
  python3-jsonschema
  libreoffice-writer-nogui libreoffice-calc-nogui fonts-liberation2 poppler-utils
  python3-openpyxl librsvg2-dev
)

# The browser tests run on Node.js (>= 18, which Debian 12 ships); a machine
# that already has a newer node keeps it.
if ! command -v node >/dev/null 2>&1; then PACKAGES+=(nodejs); fi
if ! command -v npm >/dev/null 2>&1; then PACKAGES+=(npm); fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installerer Debian-pakker: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
