#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Sets up and builds SalesFlow, then starts the desktop program on its embedded database
# (salesflow.db in the user's data folder). Extra arguments go to the program (e.g. --db FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec build/${SALESFLOW_PRESET:-release}/bin/salesflow "$@"
