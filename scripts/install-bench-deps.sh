#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what the benchmarks in bench/ compare against (not needed to build
# or test): wrk and nginx for the web benchmark, pandas and GNU time for the
# register benchmark. npm packages are installed by each bench script.
set -euo pipefail
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
bash "$(dirname "$0")/install-deps.sh"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y -qq --no-install-recommends wrk nginx python3-pandas time
